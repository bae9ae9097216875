package org.chatplan.engine.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.centre.ShiftSchedule;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/** Turns a final staffing plan and its simulation into the {@link StaffingPlan} a planner reads. */
final class PlanReport {
  private PlanReport() {}

  static StaffingPlan build(Scenario scenario, int[][] analytic, int[][] plan, ExperimentResult r, boolean met,
      boolean settled, List<Integer> missed, int runs, TargetCheck check) {
    int sites = plan.length;
    int intervals = scenario.calendar().intervals();
    Calendar cal = scenario.calendar();
    double dt = cal.intervalSeconds();
    double w0 = cal.warmupSeconds();
    double weeks = cal.days() / 7.0;
    List<Site> siteList = scenario.agents().sites();
    double[][] scheduled = new double[sites][intervals];
    List<StaffingPlan.SiteRequirement> siteRows = new ArrayList<>();
    for (int s = 0; s < sites; s++) {
      Site site = siteList.get(s);
      ShiftSchedule sched = ShiftSchedule.of(site, cal);
      double keep = 1 - Workload.effectiveShrinkage(site);
      double onDuty = 0;
      int peak = 0;
      int under = 0;
      int over = 0;
      for (int i = 0; i < intervals; i++) {
        scheduled[s][i] = sched.paidSeconds(w0 + i * dt, w0 + (i + 1) * dt) / dt * keep;
        onDuty += plan[s][i] * dt / 3600;
        peak = Math.max(peak, plan[s][i]);
        if (scheduled[s][i] < plan[s][i] - 1e-9) {
          under++;
        } else if (scheduled[s][i] >= plan[s][i] + 1 - 1e-9) {
          over++;
        }
      }
      double paid = onDuty / (1 - site.shrinkage());
      double schedPaid = sched.paidSeconds(w0, cal.horizonSeconds()) / 3600;
      siteRows.add(new StaffingPlan.SiteRequirement(site.name(), site.shrinkage(), onDuty, paid,
          paid / (StaffingPlanner.HOURS_PER_FTE_WEEK * weeks), schedPaid, schedPaid / (StaffingPlanner.HOURS_PER_FTE_WEEK * weeks), peak, under, over));
    }
    List<StaffingPlan.IntervalRequirement> rows = new ArrayList<>();
    for (int i = 0; i < intervals; i++) {
      Map<Metric, MetricSummary> total = r.byInterval().get(i);
      List<StaffingPlan.SiteCell> cells = new ArrayList<>();
      int k = 0;
      for (Map<Metric, MetricSummary> siteRow : r.byIntervalSite().get(i).values()) {
        cells.add(new StaffingPlan.SiteCell(siteList.get(k).name(), analytic[k][i], plan[k][i], scheduled[k][i],
            scheduled[k][i] - plan[k][i], orNaN(siteRow.get(Metric.OCCUPANCY))));
        k++;
      }
      rows.add(new StaffingPlan.IntervalRequirement(i, cal.reportStartEpochSecond() + (long) (i * dt),
          orNaN(total.get(check.serviceLevel())), orNaN(total.get(check.abandonRate())), cells));
    }
    return new StaffingPlan(scenario, rows, siteRows, met, settled, missed, runs, r);
  }

  private static MetricSummary orNaN(MetricSummary m) {
    return m == null ? new MetricSummary(Double.NaN, Double.NaN, 0) : m;
  }
}
