package org.chatplan.engine.planning;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Demand;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Phone;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.chatplan.engine.stats.MetricSummary;

/**
 * "What would the same customers cost and feel on the phone?" The same offered contacts go through
 * an IVR instead of the bot, reach one pooled phone team that takes one call per agent with the
 * phone handle time and patience, staffed per interval to the phone service-level target by the same
 * {@link StaffingPlanner} (Erlang A start, then simulation), and paid with phone wages, shrinkage
 * and telecom minutes including queue time. Model and formulas: docs/phone-baseline.md.
 */
public final class PhoneBaseline {
  /** Time every caller spends in the IVR menu before it resolves the call or hands it to the queue. */
  public static final double IVR_SECONDS = 45;
  /** Name of the single phone site. */
  public static final String SITE = "phone";
  /** Summary keys, in output order. */
  public static final List<String> KEYS = List.of("offered", "botResolved", "answered", "handled", "abandoned",
      "retries", "asaSeconds", "meanQueueSeconds", "serviceLevel", "waitP50Seconds", "waitP90Seconds",
      "waitP99Seconds", "abandonRate", "occupancy", "utilisation", "meanConcurrency", "csat", "csatAllContacts",
      "firstContactResolution", "paidHours", "overtimeHours", "agentsFte", "telecomMinutes", "costLabour",
      "telecomCost", "costTotal", "costPerContact", "costPerResolved");
  /** Summary keys that are the simulated phone centre's own figures, unchanged. */
  private static final List<Metric> AS_SIMULATED = List.of(Metric.RETRIES, Metric.MEAN_QUEUE_SECONDS,
      Metric.WAIT_P50_SECONDS, Metric.WAIT_P90_SECONDS, Metric.WAIT_P99_SECONDS, Metric.OCCUPANCY,
      Metric.UTILISATION, Metric.MEAN_CONCURRENCY, Metric.FIRST_CONTACT_RESOLUTION);

  private PhoneBaseline() {}

  /**
   * The phone scenario of a chat scenario: same calendar, run settings, regions (zones, profiles,
   * volumes, languages, retries, forecast error) and satisfaction curve; one topic "call" with the
   * phone handle time and {@code botResolves = ivrResolves}; the IVR as a bot of constant
   * {@value #IVR_SECONDS} s with no triage and no cost; one site "phone" (UTC, every skill, one
   * call per agent, the phone wage and shrinkage, no shifts of its own); patience = phone patience
   * for every region; targets = the phone service level, the scenario's abandon ceiling.
   */
  public static Scenario phoneScenario(Scenario chat) {
    Phone phone = chat.phone();
    if (phone == null) {
      throw new IllegalArgumentException("scenario '" + chat.name() + "' has no phone section; "
          + "maybe add phone: { handleTime: ..., hourlyCost: ... } to compare with phone support");
    }
    List<Region> regions = new ArrayList<>();
    for (Region r : chat.demand().regions()) {
      regions.add(new Region(r.name(), r.zone(), r.chatsPerWeek(), r.dayOfWeek(), r.hourOfDay(), r.languages(),
          Map.of(), phone.patience(), r.retry(), r.forecastErrorCv(), 0, r.silentAbandonDetectSeconds()));
    }
    Topic call = new Topic("call", 1, phone.handleTime(), phone.ivrResolves());
    double ivrCsat = chat.bot().enabled() ? chat.bot().csat() : chat.satisfaction().immediate();
    Bot ivr = new Bot(true, new DurationModel.Constant(IVR_SECONDS), 0, 0, ivrCsat);
    Site site = new Site(SITE, ZoneId.of("UTC"), phone.hourlyCost(), 0, 0, phone.shrinkage(), 1, Skills.all(),
        List.of(), 0);
    Agents agents = new Agents(Concurrency.linear(1), Routing.LONGEST_IDLE, null, List.of(site));
    Targets targets = new Targets(phone.serviceLevel(), phone.withinSeconds(), chat.targets().maxAbandon());
    return new Scenario(chat.name() + " (phone baseline)", "Phone baseline of: " + chat.name(), chat.currency(),
        chat.calendar(), chat.run(), targets, new Demand(List.of(call), regions), ivr, agents, chat.satisfaction(),
        null);
  }

  /** Staffs the phone scenario of {@code chat} per interval and reports it. */
  public static PhoneResult run(Scenario chat, StaffingPlanner.Options options) {
    return run(chat, options, i -> { });
  }

  /** As {@link #run(Scenario, StaffingPlanner.Options)}, telling {@code onSimulation} of each planning round. */
  public static PhoneResult run(Scenario chat, StaffingPlanner.Options options, java.util.function.IntConsumer onSimulation) {
    Scenario phoneScenario = phoneScenario(chat);
    StaffingPlan plan = new StaffingPlanner(phoneScenario, options).plan(onSimulation);
    return new PhoneResult(plan.scenario(), plan, summarise(plan.scenario(), chat.phone(), plan.simulated()));
  }

  /** {@link #run(Scenario, StaffingPlanner.Options)} with the planner's defaults. */
  public static PhoneResult run(Scenario chat) {
    return run(chat, StaffingPlanner.Options.defaults(chat));
  }

  /** The summary figures of a simulated phone scenario, per replication, then across them. */
  static Map<String, MetricSummary> summarise(Scenario phoneScenario, Phone phone, ExperimentResult r) {
    Site site = phoneScenario.agents().sites().get(0);
    double rate = phone.telecomPerMinute();
    double ivrSeconds = phoneScenario.bot().handleTime().mean();
    double weeks = phoneScenario.calendar().days() / 7.0;
    int n = r.replications().size();
    Map<String, double[]> values = new LinkedHashMap<>();
    for (String key : KEYS) {
      values.put(key, new double[n]);
    }
    for (int k = 0; k < n; k++) {
      ReplicationResult rep = r.replications().get(k);
      Figures f = rep.total();
      double offered = f.get(Metric.OFFERED);
      double ivrResolved = f.get(Metric.BOT_RESOLVED);
      double handled = f.get(Metric.HANDLED);
      double answered = f.get(Metric.ANSWERED);
      double abandoned = f.get(Metric.ABANDONED);
      double overtime = f.get(Metric.OVERTIME_HOURS);
      double onDuty = f.get(Metric.PAID_HOURS) - overtime;
      double paid = onDuty / (1 - site.shrinkage()) + overtime;
      double firstContacts = offered - f.get(Metric.RETRIES) - f.get(Metric.REPEAT_CONTACTS);
      double minutes = (firstContacts * ivrSeconds + zeroIfNaN(f.get(Metric.MEAN_QUEUE_SECONDS)) * (answered + abandoned)
          + zeroIfNaN(f.get(Metric.MEAN_HANDLE_SECONDS)) * handled) / 60;
      double labour = paid * site.hourlyCost();
      double telecom = minutes * rate;
      double total = labour + telecom;
      put(values, "offered", k, offered);
      put(values, "botResolved", k, ivrResolved);
      put(values, "answered", k, answered);
      put(values, "handled", k, handled);
      put(values, "abandoned", k, abandoned);
      put(values, "asaSeconds", k, f.get(Metric.ASA_SECONDS));
      put(values, "serviceLevel", k, f.get(Metric.SERVICE_LEVEL));
      put(values, "abandonRate", k, f.get(Metric.ABANDON_RATE));
      put(values, "csat", k, f.get(Metric.CSAT));
      put(values, "csatAllContacts", k, f.get(Metric.CSAT_ALL_CONTACTS));
      for (Metric m : AS_SIMULATED) {
        put(values, m.key(), k, f.get(m));
      }
      put(values, "paidHours", k, paid);
      put(values, "overtimeHours", k, overtime);
      put(values, "agentsFte", k, paid / (StaffingPlanner.HOURS_PER_FTE_WEEK * weeks));
      put(values, "telecomMinutes", k, minutes);
      put(values, "costLabour", k, labour);
      put(values, "telecomCost", k, telecom);
      put(values, "costTotal", k, total);
      put(values, "costPerContact", k, offered > 0 ? total / offered : Double.NaN);
      put(values, "costPerResolved", k, ivrResolved + handled > 0 ? total / (ivrResolved + handled) : Double.NaN);
    }
    Map<String, MetricSummary> out = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : values.entrySet()) {
      out.put(e.getKey(), MetricSummary.of(e.getValue()));
    }
    return out;
  }

  /**
   * Full-time equivalents a simulated chat run pays for: per replication, paid hours (shift hours
   * in the window, which already include shrinkage, plus overtime) / (40 h x weeks).
   */
  public static MetricSummary chatFte(ExperimentResult chat) {
    double weeks = chat.scenario().calendar().days() / 7.0;
    double[] paid = chat.values(Metric.PAID_HOURS);
    double[] fte = new double[paid.length];
    for (int i = 0; i < paid.length; i++) {
      fte[i] = paid[i] / (StaffingPlanner.HOURS_PER_FTE_WEEK * weeks);
    }
    return MetricSummary.of(fte);
  }

  /** FTE of a number of paid hours over a calendar's reported window. */
  public static double fte(double paidHours, Calendar calendar) {
    return paidHours / (StaffingPlanner.HOURS_PER_FTE_WEEK * calendar.days() / 7.0);
  }

  private static void put(Map<String, double[]> values, String key, int k, double v) {
    values.get(key)[k] = v;
  }

  private static double zeroIfNaN(double v) {
    return Double.isNaN(v) ? 0 : v;
  }
}
