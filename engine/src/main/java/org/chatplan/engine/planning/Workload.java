package org.chatplan.engine.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.centre.ArrivalSchedule;
import org.chatplan.engine.centre.ShiftSchedule;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Topic;

/**
 * Expected agent demand per reporting interval and site, computed from the scenario alone (no
 * randomness). See docs/staffing.md, "Demand per interval and site".
 *
 * <ol>
 *   <li>Region r's chats arriving in [a - lag, b - lag) reach the agent queue in interval [a, b),
 *       where lag is the bot's mean conversation time (0 without a bot).
 *   <li>They split over topics (the region's mix, else the global shares) and languages; a topic
 *       keeps {@code 1 - botResolves} of its chats (all of them without a bot), and each needs the
 *       topic's mean handle time times {@code 1 - triageSaves}.
 *   <li>A (topic, language) queue goes to the sites that serve both, pro rata to each site's
 *       scheduled agents on duty in the interval (its own shifts after shrinkage), or in equal parts
 *       when none of them is scheduled. A queue no site serves directly goes to the sites with the
 *       topic through translation (handle time times the translation factor), else nowhere.
 * </ol>
 *
 * Retries and repeat contacts are left out: the simulation that corrects the analytic start carries
 * them.
 */
final class Workload {
  final int sites;
  final int intervals;
  final int regions;
  /** [s][i] expected chats handed to site s's agents in interval i. */
  final double[][] handoffs;
  /** [s][i] expected agent work in seconds at concurrency 1 for those chats. */
  final double[][] workSeconds;
  /** [s][i] sum over those chats of their abandonment rate 1/patience (per second). */
  final double[][] abandonRateSum;
  /** [r][s][i] share of region r's hand-offs in interval i that goes to site s. */
  final double[][][] regionShare;
  /** [s][i] true when site s alone serves some queue with demand in interval i. */
  final boolean[][] soleServer;

  private Workload(int sites, int intervals, int regions) {
    this.sites = sites;
    this.intervals = intervals;
    this.regions = regions;
    handoffs = new double[sites][intervals];
    workSeconds = new double[sites][intervals];
    abandonRateSum = new double[sites][intervals];
    regionShare = new double[regions][sites][intervals];
    soleServer = new boolean[sites][intervals];
  }

  static Workload of(Scenario scenario) {
    Calendar cal = scenario.calendar();
    List<Site> siteList = scenario.agents().sites();
    List<Region> regionList = scenario.demand().regions();
    List<Topic> topics = scenario.demand().topics();
    int nSites = siteList.size();
    int nIntervals = cal.intervals();
    Workload w = new Workload(nSites, nIntervals, regionList.size());

    double dt = cal.intervalSeconds();
    double w0 = cal.warmupSeconds();
    boolean bot = scenario.bot().enabled();
    double lag = bot ? scenario.bot().handleTime().mean() : 0;
    double triage = bot ? 1 - scenario.bot().triageSaves() : 1;
    var translation = scenario.agents().translation();

    double[][] onDuty = new double[nSites][nIntervals];
    for (int s = 0; s < nSites; s++) {
      Site site = siteList.get(s);
      ShiftSchedule sched = ShiftSchedule.of(site, cal);
      double keep = 1 - effectiveShrinkage(site);
      for (int i = 0; i < nIntervals; i++) {
        onDuty[s][i] = sched.paidSeconds(w0 + i * dt, w0 + (i + 1) * dt) / dt * keep;
      }
    }

    List<String> languages = new ArrayList<>();
    for (Region r : regionList) {
      for (String l : r.languages().keySet()) {
        if (!languages.contains(l)) {
          languages.add(l);
        }
      }
    }
    // Eligible sites and handle-time factor per (topic, language) queue.
    int nq = topics.size() * languages.size();
    int[][] eligible = new int[nq][];
    double[] factor = new double[nq];
    for (int t = 0; t < topics.size(); t++) {
      for (int l = 0; l < languages.size(); l++) {
        int q = t * languages.size() + l;
        List<Integer> direct = new ArrayList<>();
        List<Integer> translated = new ArrayList<>();
        for (int s = 0; s < nSites; s++) {
          var skills = siteList.get(s).skills();
          if (skills.servesTopic(topics.get(t).name())) {
            (skills.servesLanguage(languages.get(l)) ? direct : translated).add(s);
          }
        }
        if (!direct.isEmpty() || translation == null) {
          eligible[q] = direct.stream().mapToInt(Integer::intValue).toArray();
          factor[q] = 1;
        } else {
          eligible[q] = translated.stream().mapToInt(Integer::intValue).toArray();
          factor[q] = translation.handleTimeFactor();
        }
      }
    }

    for (int r = 0; r < regionList.size(); r++) {
      Region region = regionList.get(r);
      ArrivalSchedule arrivals = ArrivalSchedule.of(region, cal);
      double gamma = region.patience() == null ? 0 : 1 / region.patience().mean();
      double[] topicShare = topicShares(region, topics);
      double[] languageShare = new double[languages.size()];
      double langSum = 0;
      for (Map.Entry<String, Double> e : region.languages().entrySet()) {
        langSum += e.getValue();
      }
      for (Map.Entry<String, Double> e : region.languages().entrySet()) {
        languageShare[languages.indexOf(e.getKey())] = e.getValue() / langSum;
      }
      for (int i = 0; i < nIntervals; i++) {
        double from = w0 + i * dt - lag;
        double chats = arrivals.expectedArrivals(from, from + dt);
        double regionTotal = 0;
        double[] toSite = new double[nSites];
        for (int t = 0; t < topics.size(); t++) {
          Topic topic = topics.get(t);
          double escalated = bot ? 1 - topic.botResolves() : 1;
          for (int l = 0; l < languages.size(); l++) {
            double lambda = chats * topicShare[t] * languageShare[l] * escalated;
            int q = t * languages.size() + l;
            if (lambda <= 0 || eligible[q].length == 0) {
              continue;
            }
            double work = topic.handleTime().mean() * triage * factor[q];
            double scheduled = 0;
            for (int s : eligible[q]) {
              scheduled += onDuty[s][i];
            }
            for (int s : eligible[q]) {
              double share = scheduled > 0 ? onDuty[s][i] / scheduled : 1.0 / eligible[q].length;
              double part = lambda * share;
              w.handoffs[s][i] += part;
              w.workSeconds[s][i] += part * work;
              w.abandonRateSum[s][i] += part * gamma;
              toSite[s] += part;
              regionTotal += part;
            }
            if (eligible[q].length == 1) {
              w.soleServer[eligible[q][0]][i] = true;
            }
          }
        }
        for (int s = 0; s < nSites; s++) {
          w.regionShare[r][s][i] = regionTotal > 0 ? toSite[s] / regionTotal : 0;
        }
      }
    }
    return w;
  }

  /** Mean handle time at concurrency 1 of site s's chats in interval i (0 when there are none). */
  double meanWorkSeconds(int s, int i) {
    return handoffs[s][i] > 0 ? workSeconds[s][i] / handoffs[s][i] : 0;
  }

  /** Mean patience of site s's chats in interval i: 1 / (mean abandonment rate); +Infinity for none. */
  double meanPatienceSeconds(int s, int i) {
    double gamma = handoffs[s][i] > 0 ? abandonRateSum[s][i] / handoffs[s][i] : 0;
    return gamma > 0 ? 1 / gamma : Double.POSITIVE_INFINITY;
  }

  /** Shrinkage the simulator applies to a site's own shifts: none for an {@code agents: N} site. */
  static double effectiveShrinkage(Site site) {
    return site.usesShifts() ? site.shrinkage() : 0;
  }

  private static double[] topicShares(Region region, List<Topic> topics) {
    double[] w = new double[topics.size()];
    double sum = 0;
    for (int t = 0; t < topics.size(); t++) {
      Topic topic = topics.get(t);
      w[t] = region.topicMix().isEmpty() ? topic.share() : region.topicMix().getOrDefault(topic.name(), 0.0);
      sum += w[t];
    }
    for (int t = 0; t < w.length; t++) {
      w[t] = sum > 0 ? w[t] / sum : 0;
    }
    return w;
  }
}
