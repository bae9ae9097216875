package org.chatplan.engine.planning;

import java.util.Map;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/**
 * Whether a simulated interval meets the scenario's targets: over all its chats by the mean (or by
 * the pessimistic end of the 95% interval), and with no region missing them beyond its own 95%
 * interval (a region's chats in one interval are few, so only a significant miss counts).
 */
final class TargetCheck {
  private static final double EPS = 1e-12;
  private final Scenario scenario;
  private final boolean confidenceBound;

  TargetCheck(Scenario scenario, boolean confidenceBound) {
    this.scenario = scenario;
    this.confidenceBound = confidenceBound;
  }

  boolean regionsChecked() {
    return scenario.demand().regions().size() > 1;
  }

  /**
   * True when interval i meets the targets over all its chats (by the criterion) and no region's
   * chats miss them significantly (the whole 95% interval on the wrong side of the target).
   */
  boolean meets(ExperimentResult r, int i) {
    if (!meetsRow(r.byInterval().get(i))) {
      return false;
    }
    if (regionsChecked()) {
      for (Map<Metric, MetricSummary> row : r.byIntervalRegion().get(i).values()) {
        if (regionMisses(row)) {
          return false;
        }
      }
    }
    return true;
  }

  boolean meetsRow(Map<Metric, MetricSummary> row) {
    Targets t = scenario.targets();
    MetricSummary sl = row.get(Metric.SERVICE_LEVEL);
    MetricSummary ab = row.get(Metric.ABANDON_RATE);
    if (sl == null || sl.n() == 0) {
      return true; // nothing reached the queue in any replication
    }
    boolean bound = confidenceBound;
    double slValue = bound ? sl.mean() - halfWidth(sl) : sl.mean();
    double abValue = ab == null ? 0 : bound ? ab.mean() + halfWidth(ab) : ab.mean();
    return slValue >= t.serviceLevel() - EPS && abValue <= t.maxAbandon() + EPS;
  }

  /** A region's chats in one interval are few: only a miss beyond the 95% half-width counts. */
  boolean regionMisses(Map<Metric, MetricSummary> row) {
    Targets t = scenario.targets();
    MetricSummary sl = row.get(Metric.SERVICE_LEVEL);
    MetricSummary ab = row.get(Metric.ABANDON_RATE);
    if (sl == null || sl.n() < 2) {
      return false;
    }
    return sl.mean() + halfWidth(sl) < t.serviceLevel() - EPS
        || (ab != null && ab.n() >= 2 && ab.mean() - halfWidth(ab) > t.maxAbandon() + EPS);
  }

  private static double halfWidth(MetricSummary m) {
    return Double.isNaN(m.halfWidth()) ? 0 : m.halfWidth();
  }
}
