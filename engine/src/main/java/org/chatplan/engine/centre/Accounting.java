package org.chatplan.engine.centre;

import org.chatplan.engine.stats.CoarseHistogram;
import org.chatplan.engine.stats.WaitHistogram;

/**
 * Counts what happens to chats of the reported window, per breakdown (total, region, topic,
 * language, site) and per interval (by region and by site). Group indices: 0 total, then regions,
 * topics, languages, sites. Chats are attributed to the interval of their arrival (offered) or
 * hand-off to the queue (everything after). Nothing is kept per chat.
 */
final class Accounting {
  final int regions;
  final int topics;
  final int languages;
  final int sites;
  final int groups;
  final int intervals;
  /** [group * COUNT + counter]. */
  final double[] totals;
  /** [(interval * (regions + sites) + row) * COUNT + counter], rows: regions then sites. */
  final double[] byInterval;
  final long[] intervalWaits;
  final WaitHistogram[] waits;

  Accounting(int regions, int topics, int languages, int sites, int intervals) {
    this.regions = regions;
    this.topics = topics;
    this.languages = languages;
    this.sites = sites;
    this.groups = 1 + regions + topics + languages + sites;
    this.intervals = intervals;
    totals = new double[groups * Counter.COUNT];
    byInterval = new double[intervals * (regions + sites) * Counter.COUNT];
    intervalWaits = new long[intervals * CoarseHistogram.BUCKETS];
    waits = new WaitHistogram[groups];
    for (int g = 0; g < groups; g++) {
      waits[g] = new WaitHistogram();
    }
  }

  int regionGroup(int r) {
    return 1 + r;
  }

  int topicGroup(int t) {
    return 1 + regions + t;
  }

  int languageGroup(int l) {
    return 1 + regions + topics + l;
  }

  int siteGroup(int s) {
    return 1 + regions + topics + languages + s;
  }

  /** Adds to the total, the chat's region, topic and language, and the region row of its interval. */
  void add(int counter, int region, int topic, int language, int interval, double value) {
    totals[counter] += value;
    totals[regionGroup(region) * Counter.COUNT + counter] += value;
    totals[topicGroup(topic) * Counter.COUNT + counter] += value;
    totals[languageGroup(language) * Counter.COUNT + counter] += value;
    if (interval >= 0) {
      byInterval[(interval * (regions + sites) + region) * Counter.COUNT + counter] += value;
    }
  }

  /** Adds to the site's group and the site row of the interval. */
  void addSite(int counter, int site, int interval, double value) {
    totals[siteGroup(site) * Counter.COUNT + counter] += value;
    if (interval >= 0) {
      byInterval[(interval * (regions + sites) + regions + site) * Counter.COUNT + counter] += value;
    }
  }

  void recordWait(int region, int topic, int language, int site, int interval, double wait) {
    waits[0].record(wait);
    waits[regionGroup(region)].record(wait);
    waits[topicGroup(topic)].record(wait);
    waits[languageGroup(language)].record(wait);
    waits[siteGroup(site)].record(wait);
    if (interval >= 0) {
      intervalWaits[interval * CoarseHistogram.BUCKETS + CoarseHistogram.bucket(wait)]++;
    }
  }

  double total(int group, int counter) {
    return totals[group * Counter.COUNT + counter];
  }

  double interval(int interval, int row, int counter) {
    return byInterval[(interval * (regions + sites) + row) * Counter.COUNT + counter];
  }
}
