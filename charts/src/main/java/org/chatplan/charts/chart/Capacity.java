package org.chatplan.charts.chart;

import java.util.Map;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/**
 * Staffed capacity in chats per interval: how many escalated chats the agents logged in could close
 * if every slot stayed full.
 *
 * <pre>
 * capacity(site, i) = agentsLoggedIn(site, i) * maxConcurrency * (throughput(maxConcurrency) / maxConcurrency)
 *                     * intervalSeconds / workPerChat
 * workPerChat       = sum_t w_t * meanHandle_t * (1 - triageSaves) / sum_t w_t,  w_t = share_t * (1 - botResolves_t)
 * </pre>
 *
 * The topic mix is the global one (region overrides and skills are ignored), so the line is an
 * approximation for orientation, not a staffing calculation.
 */
final class Capacity {
  private Capacity() {}

  /** Mean agent work (seconds at concurrency 1) of one chat that reaches an agent. */
  static double workPerChatSeconds(Scenario s) {
    boolean bot = s.bot().enabled();
    double weight = 0;
    double work = 0;
    for (Topic t : s.demand().topics()) {
      double w = t.share() * (bot ? 1 - t.botResolves() : 1);
      weight += w;
      work += w * t.handleTime().mean();
    }
    double mean = weight > 0 ? work / weight : Double.NaN;
    return bot ? mean * (1 - s.bot().triageSaves()) : mean;
  }

  /** Capacity of one site in one interval (chats per interval); NaN when the site is unknown. */
  static double siteChats(ExperimentResult r, int interval, Site site) {
    Map<String, Map<Metric, MetricSummary>> row = r.byIntervalSite().get(interval);
    Map<Metric, MetricSummary> figures = row.get(site.name());
    if (figures == null || !figures.containsKey(Metric.AGENTS_LOGGED_IN)) {
      return Double.NaN;
    }
    Concurrency c = r.scenario().agents().concurrency();
    int k = site.maxConcurrency();
    double rate = figures.get(Metric.AGENTS_LOGGED_IN).mean() * k * (c.throughputAt(k) / k);
    return rate * r.scenario().calendar().intervalSeconds() / workPerChatSeconds(r.scenario());
  }

  /** Capacity of all sites together in one interval (chats per interval). */
  static double totalChats(ExperimentResult r, int interval) {
    double sum = 0;
    for (Site site : r.scenario().agents().sites()) {
      double v = siteChats(r, interval, site);
      if (!Double.isNaN(v)) {
        sum += v;
      }
    }
    return sum;
  }
}
