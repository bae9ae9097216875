package org.chatplan.engine.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chatplan.engine.model.Phone;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
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
  /** Each phone figure accumulated across replications as they are simulated, per breakdown. */
  private final Row total = new Row();
  private final Map<String, Row> byRegion = new LinkedHashMap<>();
  private final List<Row> byInterval = new ArrayList<>();

  PhoneFigures(Scenario phoneScenario, Phone phone) {
    site = phoneScenario.agents().sites().get(0);
    telecomPerMinute = phone.telecomPerMinute();
    ivrSeconds = phoneScenario.bot().handleTime().mean();
    weeks = phoneScenario.calendar().days() / 7.0;
    phoneScenario.demand().regions().forEach(r -> byRegion.put(r.name(), new Row()));
    for (int i = 0; i < phoneScenario.calendar().intervals(); i++) {
      byInterval.add(new Row());
    }
  }

  /**
   * Takes one whole replication of the phone run, in replication order: the run's result keeps
   * only the simulated figures' summaries, and the phone's own are made from whole replications.
   */
  @Override public void accept(ReplicationResult rep) {
    Map<String, Double> window = of(rep.total());
    window.put("agentsFte", window.get("paidHours") / (StaffingPlanner.HOURS_PER_FTE_WEEK * weeks));
    total.add(window);
    byRegion.forEach((name, row) -> row.add(of(rep.byRegion().get(name))));
    for (int i = 0; i < byInterval.size(); i++) {
      byInterval.get(i).add(of(rep.byInterval().get(i)));
    }
  }

  /** Summary, per interval and per region, across the replications this object was given. */
  PhoneResult.Breakdowns summarise() {
    Map<String, MetricSummary> summary = new LinkedHashMap<>();
    for (String key : PhoneBaseline.KEYS) {
      MetricSummary s = total.summary(key);
      summary.put(key, s.n() > 0 || key.equals("agentsFte") ? s : null);
    }
    List<Map<String, MetricSummary>> intervals = new ArrayList<>();
    byInterval.forEach(row -> intervals.add(row.defined()));
    Map<String, Map<String, MetricSummary>> regions = new LinkedHashMap<>();
    byRegion.forEach((name, row) -> regions.put(name, row.defined()));
    return new PhoneResult.Breakdowns(summary, intervals, regions);
  }

  /** Every figure of one breakdown, in {@link PhoneBaseline#KEYS} order, NaN left out. */
  private static final class Row {
    private final Map<String, Tally> byKey = new LinkedHashMap<>();

    Row() {
      PhoneBaseline.KEYS.forEach(key -> byKey.put(key, new Tally()));
    }

    void add(Map<String, Double> values) {
      byKey.forEach((key, tally) -> {
        double v = values.getOrDefault(key, Double.NaN);
        if (!Double.isNaN(v)) {
          tally.add(v);
        }
      });
    }

    MetricSummary summary(String key) {
      Tally t = byKey.get(key);
      return MetricSummary.of((int) t.count(), t.mean(), t.variance());
    }

    /** The figures defined in at least one replication. */
    Map<String, MetricSummary> defined() {
      Map<String, MetricSummary> out = new LinkedHashMap<>();
      byKey.forEach((key, t) -> {
        if (t.count() > 0) {
          out.put(key, summary(key));
        }
      });
      return out;
    }
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
