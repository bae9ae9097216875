package org.chatplan.engine.planning;

import java.time.ZoneId;
import java.util.ArrayList;
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
import org.chatplan.engine.run.Metric;
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
  public static PhoneResult run(Scenario chat, PlannerOptions options) {
    return run(chat, options, i -> { });
  }

  /** As {@link #run(Scenario, PlannerOptions)}, telling {@code onSimulation} of each planning round. */
  public static PhoneResult run(Scenario chat, PlannerOptions options, java.util.function.IntConsumer onSimulation) {
    return run(chat, planner(chat, options), onSimulation);
  }

  /**
   * The phone side's planner, its analytic start made (milliseconds): throws what that throws
   * ({@link org.chatplan.engine.erlang.LoadTooLargeException} for a load no staffing covers), so a
   * command can make it before simulating the chat side and refuse such input at once.
   */
  public static StaffingPlanner planner(Scenario chat, PlannerOptions options) {
    return new StaffingPlanner(phoneScenario(chat), options);
  }

  /** Staffs the phone side with a planner from {@link #planner} and reports it. */
  public static PhoneResult run(Scenario chat, StaffingPlanner planner, java.util.function.IntConsumer onSimulation) {
    // The phone's own figures (paid hours, telecom, costs) are made from whole replications, which
    // the planner's results do not keep: they are taken as each simulation's replications finish.
    Scenario phoneScenario = planner.scenario();
    StaffingPlanner.Observed<PhoneFigures> observed =
        planner.plan(onSimulation, () -> new PhoneFigures(phoneScenario, chat.phone()));
    StaffingPlan plan = observed.plan();
    PhoneResult.Breakdowns figures = observed.observer().summarise();
    return new PhoneResult(plan.scenario(), plan, figures.summary(), figures.byInterval(), figures.byRegion());
  }

  /** {@link #run(Scenario, PlannerOptions)} with the planner's defaults. */
  public static PhoneResult run(Scenario chat) {
    return run(chat, PlannerOptions.defaults(chat));
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
}
