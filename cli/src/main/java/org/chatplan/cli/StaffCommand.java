package org.chatplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chatplan.cli.output.AtomicFile;
import org.chatplan.cli.output.FileName;
import org.chatplan.cli.output.Progress;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.planning.StaffingPlan;
import org.chatplan.engine.planning.PlannerOptions;
import org.chatplan.engine.planning.StaffingPlanner;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.chatplan.scenarios.validate.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chatplan staff}: the agents each site needs per interval, against the scenario's shifts. */
@Command(name = "staff", mixinStandardHelpOptions = true,
    description = "Finds the fewest agents each site needs on duty in every interval to meet the "
        + "scenario's targets (analytic start, corrected by simulating the whole horizon), compares "
        + "them with the scenario's shifts and optionally writes the per-interval requirements as CSV. "
        + "See docs/staffing.md.")
public final class StaffCommand implements Callable<Integer> {
  /** CSV columns, in order. */
  static final List<String> COLUMNS = columns("serviceLevel", "abandonRate");
  /** The columns when the plan is held against the servable chats, named as in the JSON result. */
  static final List<String> SERVABLE_COLUMNS = columns("servableServiceLevel", "servableAbandonRate");

  private static List<String> columns(String serviceLevel, String abandonRate) {
    return List.of("intervalStart", "interval", "site", "requiredAgents", "scheduledAgents", "gap", serviceLevel,
        serviceLevel + "HalfWidth", abandonRate, abandonRate + "HalfWidth", "occupancy", "analyticAgents");
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file or bundled name "
      + "(default: follow-the-sun).")
  String scenario;

  @Option(names = "--csv", paramLabel = "FILE", converter = FileName.class, description = "Write the per-interval requirements as CSV.")
  Path csv;

  @picocli.CommandLine.Mixin RunOptions runOptions = new RunOptions();

  @picocli.CommandLine.Mixin Overrides overrides = new Overrides();

  @Option(names = "--force", description = "Overwrite an output file that already exists.")
  boolean force;

  @Option(names = "--max-simulations", paramLabel = "N", description = "Cap on planning simulations (default: 30). "
      + "Long horizons may need more: each simulation settles a share of the intervals.")
  Integer maxSimulations;

  @Override public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int t = runOptions.threads();
    AtomicFile.checkWritable(csv, force);
    Scenario s = Scenarios.withRun(Scenarios.load(scenario, overrides.settings, err), runOptions.replications, runOptions.seed);
    PlannerOptions options = PlannerOptions.defaults(s).withThreads(t);
    if (maxSimulations != null) {
      if (maxSimulations < 1) {
        throw new UserError("--max-simulations: must be at least 1, got " + maxSimulations);
      }
      options = options.withMaxSimulations(maxSimulations);
    }
    StaffingPlan plan;
    try (Progress progress = Progress.start("planning", options.maxSimulations())) {
      plan = new StaffingPlanner(s, options).plan(k -> progress.step());
    }
    print(plan, out);
    if (csv != null) {
      AtomicFile.write(csv, toCsv(plan), force);
      out.println("CSV written to " + csv);
    }
    out.flush();
    return Main.OK;
  }

  /** The console table: fits 100 columns. */
  static void print(StaffingPlan plan, PrintWriter out) {
    Scenario s = plan.scenario();
    Calendar cal = s.calendar();
    Targets t = s.targets();
    out.printf("%s%n", s.name());
    out.printf("Staffing to %s within %s s, abandon rate <= %s;%n%s, %d intervals of %s min%n",
        target(t.serviceLevel()), num(t.withinSeconds()), target(t.maxAbandon()),
        org.chatplan.cli.output.SummaryTable.window(cal), cal.intervals(), num(cal.intervalSeconds() / 60));
    int reps = s.run().replications();
    boolean servableOnly = servableOnly(plan);
    if (servableOnly && !plan.simulated().total().containsKey(Metric.SERVABLE_SERVICE_LEVEL)) {
      out.printf("No chat reached a queue that some site serves: every topic and language with demand is served by "
          + "no site, so there is nothing to staff for (`chatplan validate` names them).%n");
    } else if (plan.met()) {
      out.printf("Every interval meets the targets (%d simulation(s) of %d replication(s), seed %d).%n",
          plan.simulations(), reps, s.run().seed());
      if (!plan.settled()) {
        out.printf("(the cap of %d simulations came while agents were still being removed: the plan may be above "
            + "the minimum; --max-simulations allows more rounds)%n", plan.simulations());
      }
    } else {
      out.printf("Still missing in %d interval(s) after %d simulation(s) of %d replication(s), seed %d: %s%n",
          plan.missedIntervals().size(), plan.simulations(), reps, s.run().seed(), first(plan.missedIntervals()));
      out.printf("(the plan below is the last one simulated; --max-simulations allows more rounds)%n");
    }
    if (reps < 2) {
      out.printf("(with 1 replication no interval goes below the stationary answer: cutting there needs a 95%% "
          + "bound, which takes 2 or more)%n");
    }
    out.println("-".repeat(96));
    out.printf("%-16s %12s %12s %9s %10s %12s %13s %5s%n", "Site", "required FTE", "sched. FTE", "gap FTE",
        "peak agts", "paid hours", "interv. under", "over");
    for (StaffingPlan.SiteRequirement r : plan.sites()) {
      out.printf("%-16s %12.1f %12.1f %+9.1f %10d %12s %13d %5d%n", clip(r.site(), 16), r.requiredFte(),
          r.scheduledFte(), r.scheduledFte() - r.requiredFte(), r.peakRequired(),
          String.format("%,.0f", r.requiredPaidHours()), r.intervalsUnder(), r.intervalsOver());
    }
    if (plan.sites().size() > 1) {
      double paid = plan.sites().stream().mapToDouble(StaffingPlan.SiteRequirement::requiredPaidHours).sum();
      int peak = 0;
      for (StaffingPlan.IntervalRequirement iv : plan.intervals()) {
        peak = Math.max(peak, iv.sites().stream().mapToInt(StaffingPlan.SiteCell::required).sum());
      }
      out.printf("%-16s %12.1f %12.1f %+9.1f %10d %12s%n", "all sites", plan.requiredFte(), plan.scheduledFte(),
          plan.scheduledFte() - plan.requiredFte(), peak, String.format("%,.0f", paid));
    }
    out.println("-".repeat(96));
    double minSl = Double.POSITIVE_INFINITY;
    double maxAbandon = Double.NEGATIVE_INFINITY; // stays so when no chat reached the queue: "-", not 0%
    for (StaffingPlan.IntervalRequirement iv : plan.intervals()) {
      if (!Double.isNaN(iv.serviceLevel().mean())) {
        minSl = Math.min(minSl, iv.serviceLevel().mean());
      }
      if (!Double.isNaN(iv.abandonRate().mean())) {
        maxAbandon = Math.max(maxAbandon, iv.abandonRate().mean());
      }
    }
    out.printf("With the plan%s: lowest interval service level %s, highest interval abandon rate %s.%n",
        servableOnly ? ", chats some site serves" : "", Double.isInfinite(minSl) ? "-" : pct(minSl),
        Double.isInfinite(maxAbandon) ? "-" : pct(maxAbandon));
    if (servableOnly) {
      MetricSummary unservable = plan.simulated().total().get(Metric.UNSERVABLE);
      out.printf("Targets are held against the chats some site serves: %s contacts a run (mean, retries included) "
          + "reached queues whose topic and language no site serves, and no staffing answers them.%n",
          String.format("%,.0f", unservable.mean()));
    }
    out.println("FTE = paid hours / 40 h per week; required paid hours = agents on duty / (1 - shrinkage).");
    out.println("Interv. under: shifts (after shrinkage) below the requirement; over: at least one agent above.");
  }

  /** True when the plan was held against the servable chats: the run reports unservable ones only then. */
  private static boolean servableOnly(StaffingPlan plan) {
    return plan.simulated().total().containsKey(Metric.UNSERVABLE);
  }

  /** The per-interval requirements, one row per interval and site. */
  static String toCsv(StaffingPlan plan) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    // the figures the plan was held against (see StaffingPlan.IntervalRequirement)
    (servableOnly(plan) ? SERVABLE_COLUMNS : COLUMNS).forEach(schema::addColumn);
    List<List<String>> rows = new ArrayList<>();
    for (StaffingPlan.IntervalRequirement iv : plan.intervals()) {
      String start = Instant.ofEpochSecond(iv.startEpochSecond()).toString();
      for (StaffingPlan.SiteCell c : iv.sites()) {
        rows.add(List.of(start, Integer.toString(iv.interval()), c.site(), Integer.toString(c.required()),
            round(c.scheduled()), round(c.gap()), cell(iv.serviceLevel().mean()), cell(iv.serviceLevel().halfWidth()),
            cell(iv.abandonRate().mean()), cell(iv.abandonRate().halfWidth()), cell(mean(c.occupancy())),
            Integer.toString(c.analytic())));
      }
    }
    try {
      return new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema.build())
          .writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write CSV", e);
    }
  }

  private static double mean(MetricSummary m) {
    return m == null ? Double.NaN : m.mean();
  }

  private static String cell(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  private static String round(double v) {
    return Double.toString(Math.round(v * 1000) / 1000.0);
  }

  /** A target as the planner wrote it (0.05% stays 0.05%, not 0.1%). */
  private static String target(double fraction) {
    return Numbers.format(Math.round(fraction * 1e11) / 1e9) + "%";
  }

  private static String pct(double fraction) {
    return num(100 * fraction) + "%";
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format("%.1f", v);
  }

  private static String first(List<Integer> intervals) {
    List<Integer> head = intervals.subList(0, Math.min(10, intervals.size()));
    return head + (intervals.size() > head.size() ? " ..." : "");
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "~";
  }
}
