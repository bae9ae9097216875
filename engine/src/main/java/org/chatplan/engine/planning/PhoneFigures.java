package org.chatplan.engine.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chatplan.engine.model.Phone;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.chatplan.engine.stats.MetricSummary;
import org.chatplan.engine.stats.Tally;

/**
 * The phone baseline's figures from its simulation (formulas in docs/phone-baseline.md): the
 * simulated centre's own figures plus paid hours grossed up for shrinkage, telecom minutes and the
 * costs, for the whole window, each interval (the hours and minutes of that interval) and each
 * region (customer-side figures and telecom minutes: a region pays no agent of its own).
 */
final class PhoneFigures implements Consumer<ReplicationResult> {
  /** The simulated centre's own figures, unchanged, by JSON key. */
  private static final List<Metric> AS_SIMULATED = List.of(Metric.OFFERED, Metric.BOT_RESOLVED, Metric.ANSWERED,
      Metric.HANDLED, Metric.ABANDONED, Metric.RETRIES, Metric.ASA_SECONDS, Metric.MEAN_QUEUE_SECONDS,
      Metric.SERVICE_LEVEL, Metric.WAIT_P50_SECONDS, Metric.WAIT_P90_SECONDS, Metric.WAIT_P99_SECONDS,
      Metric.ABANDON_RATE, Metric.OCCUPANCY, Metric.UTILISATION, Metric.MEAN_CONCURRENCY, Metric.CSAT,
      Metric.CSAT_ALL_CONTACTS, Metric.FIRST_CONTACT_RESOLUTION, Metric.OVERTIME_HOURS);

  private final Site site;
  private final double telecomPerMinute;
  private final double ivrSeconds;
  private final double weeks;
  /** Per interval, each phone figure accumulated across replications as they are simulated. */
  private final List<Map<String, Tally>> byInterval = new ArrayList<>();

  PhoneFigures(Scenario phoneScenario, Phone phone) {
    site = phoneScenario.agents().sites().get(0);
    telecomPerMinute = phone.telecomPerMinute();
    ivrSeconds = phoneScenario.bot().handleTime().mean();
    weeks = phoneScenario.calendar().days() / 7.0;
    for (int i = 0; i < phoneScenario.calendar().intervals(); i++) {
      Map<String, Tally> row = new LinkedHashMap<>();
      PhoneBaseline.KEYS.forEach(key -> row.put(key, new Tally()));
      byInterval.add(row);
    }
  }

  /**
   * Takes one whole replication of the phone run, in replication order: its per-interval phone
   * figures are accumulated here, since the run's result keeps only the simulated figures' summaries.
   */
  @Override public void accept(ReplicationResult rep) {
    for (int i = 0; i < byInterval.size(); i++) {
      Map<String, Double> f = of(rep.byInterval().get(i));
      byInterval.get(i).forEach((key, tally) -> {
        double v = f.getOrDefault(key, Double.NaN);
        if (!Double.isNaN(v)) {
          tally.add(v);
        }
      });
    }
  }

  /**
   * Summary, per interval and per region of a simulated phone scenario, across replications; the
   * per-interval figures are those this object was given (see {@link #accept}).
   */
  PhoneResult.Breakdowns summarise(ExperimentResult r) {
    Map<String, MetricSummary> total = across(r, ReplicationResult::total);
    double[] fte = new double[r.replications().size()];
    for (int k = 0; k < fte.length; k++) {
      fte[k] = of(r.replications().get(k).total()).getOrDefault("paidHours", Double.NaN)
          / (StaffingPlanner.HOURS_PER_FTE_WEEK * weeks);
    }
    Map<String, MetricSummary> summary = new LinkedHashMap<>();
    for (String key : PhoneBaseline.KEYS) {
      summary.put(key, key.equals("agentsFte") ? MetricSummary.of(fte) : total.get(key));
    }
    List<Map<String, MetricSummary>> intervals = new ArrayList<>();
    for (Map<String, Tally> row : byInterval) {
      Map<String, MetricSummary> out = new LinkedHashMap<>();
      row.forEach((key, t) -> {
        if (t.count() > 0) {
          out.put(key, MetricSummary.of((int) t.count(), t.mean(), t.variance()));
        }
      });
      intervals.add(out);
    }
    Map<String, Map<String, MetricSummary>> byRegion = new LinkedHashMap<>();
    for (String region : r.byRegion().keySet()) {
      byRegion.put(region, across(r, rep -> rep.byRegion().get(region)));
    }
    return new PhoneResult.Breakdowns(summary, intervals, byRegion);
  }

  /** Every figure of one breakdown, across replications, in {@link PhoneBaseline#KEYS} order. */
  private Map<String, MetricSummary> across(ExperimentResult r, Function<ReplicationResult, Figures> row) {
    int n = r.replications().size();
    Map<String, double[]> values = new LinkedHashMap<>();
    for (String key : PhoneBaseline.KEYS) {
      values.put(key, new double[n]);
    }
    for (int k = 0; k < n; k++) {
      Map<String, Double> f = of(row.apply(r.replications().get(k)));
      for (Map.Entry<String, double[]> e : values.entrySet()) {
        e.getValue()[k] = f.getOrDefault(e.getKey(), Double.NaN);
      }
    }
    Map<String, MetricSummary> out = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : values.entrySet()) {
      MetricSummary s = MetricSummary.of(e.getValue());
      if (s.n() > 0) {
        out.put(e.getKey(), s);
      }
    }
    return out;
  }

  /**
   * One replication's phone figures of one breakdown. Paid hours: the simulated on-duty hours (plans
   * carry no shrinkage) grossed up by 1 / (1 - shrinkage), plus overtime; NaN where the breakdown
   * has no agents (a region). Telecom minutes: IVR time of first contacts + queue time + talk time.
   */
  Map<String, Double> of(Figures f) {
    Map<String, Double> v = new LinkedHashMap<>();
    for (Metric m : AS_SIMULATED) {
      v.put(m.key(), f.get(m));
    }
    double offered = f.get(Metric.OFFERED);
    double handled = f.get(Metric.HANDLED);
    double answered = f.get(Metric.ANSWERED);
    double abandoned = f.get(Metric.ABANDONED);
    double overtime = f.get(Metric.OVERTIME_HOURS);
    double paid = (f.get(Metric.PAID_HOURS) - overtime) / (1 - site.shrinkage()) + overtime;
    double firstContacts = offered - f.get(Metric.RETRIES) - f.get(Metric.REPEAT_CONTACTS);
    double minutes = (firstContacts * ivrSeconds + zeroIfNaN(f.get(Metric.MEAN_QUEUE_SECONDS)) * (answered + abandoned)
        + zeroIfNaN(f.get(Metric.MEAN_HANDLE_SECONDS)) * handled) / 60;
    double labour = paid * site.hourlyCost();
    double telecom = minutes * telecomPerMinute;
    double total = labour + telecom;
    double resolved = f.get(Metric.BOT_RESOLVED) + handled;
    v.put("paidHours", paid);
    v.put("telecomMinutes", minutes);
    v.put("costLabour", labour);
    v.put("telecomCost", telecom);
    v.put("costTotal", total);
    v.put("costPerContact", offered > 0 ? total / offered : Double.NaN);
    v.put("costPerResolved", resolved > 0 ? total / resolved : Double.NaN);
    return v;
  }

  private static double zeroIfNaN(double v) {
    return Double.isNaN(v) ? 0 : v;
  }
}
