package org.chatplan.engine.centre;

import org.chatplan.engine.stats.CoarseHistogram;
import org.chatplan.engine.stats.WaitHistogram;

/**
 * Counts what happens to chats of the reported window, per breakdown (total, region, topic,
 * language, site) and per interval (by region and by site). Group indices: 0 total, then regions,
 * topics, languages, sites. Chats are attributed to the interval of their arrival (offered) or
 * hand-off to the queue (everything after). Nothing is kept per chat.
 *
 * <p>What runs for every chat is kept to the fewest writes, and the rest is derived once, by
 * {@link #close}, before anything is read: a chat answered at once counts only IMMEDIATE and its
 * CSAT (it is also answered and within target, added at close), and the site totals are the sums of
 * the sites' interval rows (every chat an agent touches is in the reported window).
 */
final class Accounting {
  final int regions;
  final int topics;
  final int languages;
  final int sites;
  final int groups;
  final int intervals;
  /** [cell * COUNT + counter], cell = (region * topics + topic) * languages + language: one write per event. */
  private final double[] cells;
  /** [site * COUNT + counter], summed from the interval rows at close. */
  private final double[] siteTotals;
  /** [(interval * (regions + sites) + row) * COUNT + counter], rows: regions then sites. */
  final double[] byInterval;
  final long[] intervalWaits;
  final WaitHistogram[] waits;
  private final WaitHistogram[] cellSiteWaits;
  private boolean closed;

  Accounting(int regions, int topics, int languages, int sites, int intervals) {
    this.regions = regions;
    this.topics = topics;
    this.languages = languages;
    this.sites = sites;
    this.groups = 1 + regions + topics + languages + sites;
    this.intervals = intervals;
    cells = new double[regions * topics * languages * Counter.COUNT];
    siteTotals = new double[sites * Counter.COUNT];
    byInterval = new double[intervals * (regions + sites) * Counter.COUNT];
    intervalWaits = new long[intervals * CoarseHistogram.BUCKETS];
    cellSiteWaits = new WaitHistogram[regions * topics * languages * sites];
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

  /**
   * Adds to the chat's (region, topic, language) cell and the region row of its interval; the
   * total and the region, topic and language breakdowns are sums of cells, taken at read-out.
   */
  void add(int counter, int region, int topic, int language, int interval, double value) {
    addCell(counter, cellOf(region, topic, language), region, interval, value);
  }

  /** The (region, topic, language) cell index. */
  int cellOf(int region, int topic, int language) {
    return (region * topics + topic) * languages + language;
  }

  /** As {@link #add}, with the cell index already known (a chat keeps its own). */
  void addCell(int counter, int cell, int region, int interval, double value) {
    cells[cell * Counter.COUNT + counter] += value;
    if (interval >= 0) {
      byInterval[rowAt(interval, region) + counter] += value;
    }
  }

  /**
   * One answered chat of the reported window (interval >= 0), counted on its cell, its interval's
   * region row and its site's row: at once (IMMEDIATE and CSAT; answered and within target are
   * added at close) or after a wait (answered, CSAT, within target, the wait). The row offsets are
   * computed once: this runs for every chat.
   */
  void answer(int cell, int region, int site, int interval, double wait, double csat, boolean withinTarget) {
    int cellAt = cell * Counter.COUNT;
    int rowAt = rowAt(interval, region);
    int siteRowAt = rowAt(interval, regions + site);
    if (wait == 0) {
      bump(cellAt, rowAt, siteRowAt, Counter.IMMEDIATE, 1);
      bump(cellAt, rowAt, siteRowAt, Counter.CSAT_SUM, csat);
      return;
    }
    bump(cellAt, rowAt, siteRowAt, Counter.ANSWERED, 1);
    bump(cellAt, rowAt, siteRowAt, Counter.CSAT_SUM, csat);
    if (withinTarget) {
      bump(cellAt, rowAt, siteRowAt, Counter.WITHIN_TARGET, 1);
    }
    bump(cellAt, rowAt, siteRowAt, Counter.WAIT_SUM, wait);
    bump(cellAt, rowAt, -1, Counter.QUEUE_SUM, wait); // the queue sum has no site side
    recordWait(cell, site, interval, wait);
  }

  /** One chat of the reported window (interval >= 0) finished its service at {@code site}. */
  void handle(int cell, int region, int site, int interval, double seconds) {
    int rowAt = rowAt(interval, region);
    int cellAt = cell * Counter.COUNT;
    bump(cellAt, rowAt, rowAt(interval, regions + site), Counter.HANDLED, 1);
    bump(cellAt, rowAt, -1, Counter.HANDLE_SUM, seconds);
  }

  /** Offset in {@link #byInterval} of an interval's row: rows 0.. are regions, then sites. */
  private int rowAt(int interval, int row) {
    return (interval * (regions + sites) + row) * Counter.COUNT;
  }

  /** Adds to counter k of a cell, its region's interval row and, if siteRowAt >= 0, a site's. */
  private void bump(int cellAt, int rowAt, int siteRowAt, int k, double value) {
    cells[cellAt + k] += value;
    byInterval[rowAt + k] += value;
    if (siteRowAt >= 0) {
      byInterval[siteRowAt + k] += value;
    }
  }

  /**
   * Records a positive wait, once, in the histogram of the chat's (cell, site); the breakdown
   * histograms are sums of those, taken at read-out. Waits of zero, most of them in a well-staffed
   * centre, are not recorded one by one: they are the IMMEDIATE counters.
   */
  private void recordWait(int cell, int site, int interval, double wait) {
    int k = cell * sites + site;
    WaitHistogram h = cellSiteWaits[k];
    if (h == null) {
      h = new WaitHistogram(); // once per (cell, site) that ever waits
      cellSiteWaits[k] = h;
    }
    h.record(wait);
    intervalWaits[interval * CoarseHistogram.BUCKETS + CoarseHistogram.bucket(wait)]++;
  }

  /**
   * Derives what was not written per chat, once, before read-out: immediate answers added to
   * ANSWERED and WITHIN_TARGET (a wait of 0 is within any target), the site totals summed from the
   * sites' interval rows, and the breakdown histograms: the (cell, site) histograms summed into
   * total, region, topic, language and site, plus the waits of zero (the IMMEDIATE counts).
   */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    addImmediate(cells);
    addImmediate(byInterval);
    for (int i = 0; i < intervals; i++) {
      for (int s = 0; s < sites; s++) {
        int rowAt = rowAt(i, regions + s);
        for (int k = 0; k < Counter.COUNT; k++) {
          siteTotals[s * Counter.COUNT + k] += byInterval[rowAt + k];
        }
      }
    }
    for (int k = 0; k < cellSiteWaits.length; k++) {
      WaitHistogram h = cellSiteWaits[k];
      if (h != null) {
        int site = k % sites;
        int cell = k / sites;
        int language = cell % languages;
        int topic = (cell / languages) % topics;
        int region = cell / (languages * topics);
        waits[0].combine(h);
        waits[regionGroup(region)].combine(h);
        waits[topicGroup(topic)].combine(h);
        waits[languageGroup(language)].combine(h);
        waits[siteGroup(site)].combine(h);
        cellSiteWaits[k] = null;
      }
    }
    for (int g = 0; g < groups; g++) {
      waits[g].recordZeros(Math.round(total(g, Counter.IMMEDIATE)));
    }
    int zeroBucket = CoarseHistogram.bucket(0);
    for (int i = 0; i < intervals; i++) {
      double n = 0;
      for (int r = 0; r < regions; r++) {
        n += interval(i, r, Counter.IMMEDIATE);
      }
      intervalWaits[i * CoarseHistogram.BUCKETS + zeroBucket] += Math.round(n);
    }
  }

  /** In every row of {@code rows}: answered and within target include the immediate answers. */
  private static void addImmediate(double[] rows) {
    for (int at = 0; at < rows.length; at += Counter.COUNT) {
      double immediate = rows[at + Counter.IMMEDIATE];
      rows[at + Counter.ANSWERED] += immediate;
      rows[at + Counter.WITHIN_TARGET] += immediate;
    }
  }

  /** A counter of a breakdown group (0 total, then regions, topics, languages, sites). */
  double total(int group, int counter) {
    if (group >= siteGroup(0)) {
      return siteTotals[(group - siteGroup(0)) * Counter.COUNT + counter];
    }
    int onlyRegion = group >= 1 && group <= regions ? group - 1 : -1;
    int onlyTopic = group > regions && group <= regions + topics ? group - 1 - regions : -1;
    int onlyLanguage = group > regions + topics ? group - 1 - regions - topics : -1;
    double sum = 0;
    for (int r = 0; r < regions; r++) {
      for (int t = 0; t < topics; t++) {
        for (int l = 0; l < languages; l++) {
          if ((onlyRegion < 0 || r == onlyRegion) && (onlyTopic < 0 || t == onlyTopic)
              && (onlyLanguage < 0 || l == onlyLanguage)) {
            sum += cells[((r * topics + t) * languages + l) * Counter.COUNT + counter];
          }
        }
      }
    }
    return sum;
  }

  double interval(int interval, int row, int counter) {
    return byInterval[rowAt(interval, row) + counter];
  }
}
