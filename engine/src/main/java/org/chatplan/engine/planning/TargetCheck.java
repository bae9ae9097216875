package org.chatplan.engine.planning;

import java.util.Map;
import org.chatplan.engine.centre.CentreLayout;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/**
 * Whether a simulated interval meets the scenario's targets: over all its chats as its {@link Judge}
 * says, and with no region missing them beyond its own 95% interval (a region's chats in one
 * interval are few, so only a significant miss counts).
 */
final class TargetCheck {
  private static final double EPS = 1e-12;
  /** The normal 97.5% quantile: two-sided 95%, as the replications' half-widths. */
  private static final double Z = 1.959963984540054;
  private final Scenario scenario;
  private final Judge judge;
  /** The figures held against the targets: the servable chats' when some chats no site can serve. */
  private final Metric serviceLevel;
  private final Metric abandonRate;

  /** How an interval's figures over all its chats are held against the targets. */
  enum Judge {
    /** The mean over replications. */
    MEAN,
    /** The pessimistic end of the replications' 95% t interval. */
    BOUND,
    /**
     * Confirmed: the worse of the replications' bound and a Wilson bound on the pooled chats (the
     * t bound alone collapses when every replication shows the same share); one replication
     * confirms nothing, and neither does an interval where no chat reached the queue. What a cut
     * below the stationary answer must pass.
     */
    CONFIRMED
  }

  TargetCheck(Scenario scenario, Judge judge) {
    this.scenario = scenario;
    this.judge = judge;
    // Chats no site can serve only leave, whatever the staffing: counting them would have the
    // planner add agents without end for intervals no agent can fix.
    boolean servableOnly = new CentreLayout(scenario).hasUnservableChats();
    serviceLevel = servableOnly ? Metric.SERVABLE_SERVICE_LEVEL : Metric.SERVICE_LEVEL;
    abandonRate = servableOnly ? Metric.SERVABLE_ABANDON_RATE : Metric.ABANDON_RATE;
  }

  /** The service level the targets are held against (see the constructor). */
  Metric serviceLevel() {
    return serviceLevel;
  }

  /** The abandon rate the targets are held against. */
  Metric abandonRate() {
    return abandonRate;
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
    MetricSummary sl = row.get(serviceLevel);
    MetricSummary ab = row.get(abandonRate);
    if (sl == null || sl.n() == 0) {
      // nothing reached the queue in any replication: no miss, but no evidence either, so not a
      // confirmation that fewer agents than the stationary answer would do
      return judge != Judge.CONFIRMED;
    }
    if (judge == Judge.MEAN) {
      return sl.mean() >= t.serviceLevel() - EPS && (ab == null || ab.mean() <= t.maxAbandon() + EPS);
    }
    if (judge == Judge.CONFIRMED && sl.n() < 2) {
      return false; // one replication gives no bound: nothing is confirmed by it
    }
    double slLow = sl.mean() - halfWidth(sl);
    double abHigh = ab == null ? 0 : ab.mean() + halfWidth(ab);
    if (judge == Judge.CONFIRMED) {
      double chats = queued(row);
      slLow = Math.min(slLow, wilson(sl.mean(), chats, -1));
      abHigh = ab == null ? abHigh : Math.max(abHigh, wilson(ab.mean(), chats, +1));
    }
    return slLow >= t.serviceLevel() - EPS && abHigh <= t.maxAbandon() + EPS;
  }

  /**
   * Chats of the row that reached the queue (answered + abandoned, less those no site can serve:
   * the denominator of both targets), pooled over the replications. Unservable chats still waiting
   * at the end are subtracted too, though they are in neither count: that can only make the number
   * a little low, and the bound a little wider.
   */
  private static double queued(Map<Metric, MetricSummary> row) {
    MetricSummary answered = row.get(Metric.ANSWERED);
    MetricSummary abandoned = row.get(Metric.ABANDONED);
    if (answered == null || abandoned == null) {
      return 0;
    }
    MetricSummary unservable = row.get(Metric.UNSERVABLE);
    double stranded = unservable == null || unservable.n() == 0 ? 0 : unservable.mean();
    return (answered.mean() + abandoned.mean() - stranded) * answered.n();
  }

  /**
   * The Wilson score bound (95%, lower for {@code side} -1, upper for +1) of a share observed as
   * {@code p} over {@code n} chats. The replications' t bound alone collapses when every
   * replication shows the same share (100% answered in time: half-width 0), which says nothing
   * about a 99.9% target from a few thousand chats; this bound does (all of 3,000 chats in time
   * bounds the share below 99.87%).
   */
  static double wilson(double p, double n, int side) {
    if (!(n > 0)) {
      return side < 0 ? 0 : 1;
    }
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return centre + side * half;
  }

  /** A region's chats in one interval are few: only a miss beyond the 95% half-width counts. */
  boolean regionMisses(Map<Metric, MetricSummary> row) {
    Targets t = scenario.targets();
    MetricSummary sl = row.get(serviceLevel);
    MetricSummary ab = row.get(abandonRate);
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
