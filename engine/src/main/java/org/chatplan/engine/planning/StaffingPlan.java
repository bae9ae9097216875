package org.chatplan.engine.planning;

import java.util.List;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.stats.MetricSummary;

/**
 * What {@link StaffingPlanner} found: the agents each site needs on duty in every reporting interval
 * to meet the scenario's targets, what the simulation says that plan achieves, and how it compares
 * with the scenario's own shifts. Definitions and formulas are in docs/staffing.md.
 *
 * @param scenario the scenario planned (with the planner's replications)
 * @param intervals one entry per reporting interval of the window, in time order
 * @param sites one entry per site, in scenario order
 * @param met true when the simulated plan meets the targets in every interval
 * @param settled true when the search ended on its own: every interval met and no agent left that
 *     could be removed without missing; false when it stopped at the simulation cap
 * @param missedIntervals intervals where the returned plan still misses (empty when {@code met})
 * @param simulations simulation runs the planner made (each with every replication)
 * @param simulated the simulation of the returned plan (common random numbers with every run)
 */
public record StaffingPlan(Scenario scenario, List<IntervalRequirement> intervals, List<SiteRequirement> sites,
    boolean met, boolean settled, List<Integer> missedIntervals, int simulations, ExperimentResult simulated) {

  public StaffingPlan {
    intervals = List.copyOf(intervals);
    sites = List.copyOf(sites);
    missedIntervals = List.copyOf(missedIntervals);
  }

  /**
   * One reporting interval: its start, the service level and abandon rate the simulated plan
   * reaches over the chats handed off in it (mean, 95% half-width and n over replications), and one
   * cell per site. When some chats have a topic and language no site serves, these are the
   * figures of the other chats ({@code servableServiceLevel}, {@code servableAbandonRate}), the
   * ones the plan is held against.
   */
  public record IntervalRequirement(int interval, long startEpochSecond, MetricSummary serviceLevel,
      MetricSummary abandonRate, List<SiteCell> sites) {
    public IntervalRequirement {
      sites = List.copyOf(sites);
    }
  }

  /**
   * One site in one interval.
   *
   * @param site site name
   * @param analytic agents on duty the stationary model asks for (the planner's starting point)
   * @param required agents on duty the planner settled on
   * @param scheduled agents the site's own shifts put on duty on average over the interval, after
   *     shrinkage
   * @param gap {@code scheduled - required}: positive is over-staffed, negative under-staffed
   * @param occupancy simulated share of the site's chat slots in use (NaN with nobody on duty)
   */
  public record SiteCell(String site, int analytic, int required, double scheduled, double gap,
      MetricSummary occupancy) {}

  /**
   * A site over the whole window.
   *
   * @param site site name
   * @param shrinkage share of paid time not available for chats
   * @param requiredOnDutyHours sum over intervals of required agents times the interval length
   * @param requiredPaidHours {@code requiredOnDutyHours / (1 - shrinkage)}
   * @param requiredFte {@code requiredPaidHours / (40 h * weeks)}, weeks = reported days / 7
   * @param scheduledPaidHours paid hours of the site's own shifts in the window
   * @param scheduledFte {@code scheduledPaidHours / (40 h * weeks)}
   * @param peakRequired most agents required in any interval
   * @param intervalsUnder intervals where the shifts put fewer agents on duty than required
   * @param intervalsOver intervals where the shifts put at least one agent more than required
   */
  public record SiteRequirement(String site, double shrinkage, double requiredOnDutyHours, double requiredPaidHours,
      double requiredFte, double scheduledPaidHours, double scheduledFte, int peakRequired, int intervalsUnder,
      int intervalsOver) {}

  /** Required agents on duty per interval for site {@code s}, the form {@code Experiment} takes as a plan. */
  public int[] required(int s) {
    int[] out = new int[intervals.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = intervals.get(i).sites().get(s).required();
    }
    return out;
  }

  /** Every site's required agents, {@code [site][interval]}. */
  public int[][] plans() {
    int[][] out = new int[sites.size()][];
    for (int s = 0; s < out.length; s++) {
      out[s] = required(s);
    }
    return out;
  }

  /** Required FTE over all sites. */
  public double requiredFte() {
    return sites.stream().mapToDouble(SiteRequirement::requiredFte).sum();
  }

  /** Scheduled FTE over all sites. */
  public double scheduledFte() {
    return sites.stream().mapToDouble(SiteRequirement::scheduledFte).sum();
  }
}
