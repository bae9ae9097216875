package org.chatplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chatplan.charts.report.HtmlReport;
import org.chatplan.cli.output.AtomicFile;
import org.chatplan.cli.output.FileName;
import org.chatplan.cli.output.IntervalCsv;
import org.chatplan.cli.output.PhoneSection;
import org.chatplan.engine.planning.PhoneBaseline;
import org.chatplan.engine.planning.PhoneResult;
import org.chatplan.engine.planning.PlannerOptions;
import org.chatplan.engine.planning.StaffingPlanner;
import org.chatplan.cli.output.Progress;
import org.chatplan.cli.output.ResultJson;
import org.chatplan.cli.output.SummaryTable;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chatplan run}: simulate a scenario and report. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Simulates a scenario (a file or a bundled name; default: follow-the-sun) and "
        + "prints a summary; optionally writes JSON and a per-interval CSV.")
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file or bundled name.")
  String scenario;

  @picocli.CommandLine.Mixin RunOptions runOptions = new RunOptions();

  @Option(names = "--json", paramLabel = "FILE", converter = FileName.class, description = "Write the full result as JSON.")
  Path json;

  @Option(names = "--csv", paramLabel = "FILE", converter = FileName.class, description = "Write the per-interval table as CSV.")
  Path csv;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write a self-contained HTML report (DIR/index.html) with charts, tables, the scenario and definitions.")
  Path report;

  @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the report's time axes (default UTC), e.g. Europe/Berlin.")
  String zone;

  @picocli.CommandLine.Mixin Overrides overrides = new Overrides();

  @Option(names = "--no-phone", description = "Skip the phone baseline (staffing the phone side takes a few simulations).")
  boolean noPhone;

  @Option(names = "--force", description = "Overwrite output files that already exist.")
  boolean force;

  @Override public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int t = runOptions.threads();
    AtomicFile.checkWritable(json, force);
    AtomicFile.checkWritable(csv, force);
    AtomicFile.checkDistinct("--json", json, "--csv", csv);
    AtomicFile.checkFolder("--report", report, HtmlReport.INDEX, force);
    if (report != null) {
      AtomicFile.checkDistinct("--json", json, "--report", report.resolve(HtmlReport.INDEX));
      AtomicFile.checkDistinct("--csv", csv, "--report", report.resolve(HtmlReport.INDEX));
    }
    java.time.ZoneId axisZone = Reports.zone(zone);
    Scenario s = Scenarios.withRun(Scenarios.load(scenario, overrides.settings, err), runOptions.replications, runOptions.seed);
    var phoneOptions = PlannerOptions.defaults(s).withThreads(t);
    // made before the chat run: a phone load no staffing covers is refused at once
    StaffingPlanner phonePlanner = s.phone() != null && !noPhone ? PhoneBaseline.planner(s, phoneOptions) : null;
    ExperimentResult result;
    try (Progress progress = Progress.start("simulating", s.run().replications())) {
      result = new Experiment(s).run(t, i -> progress.step());
    }
    SummaryTable.print(result, out);
    PhoneResult phone = null;
    if (phonePlanner != null) {
      try (Progress progress = Progress.start("phone baseline", phoneOptions.maxSimulations())) {
        phone = PhoneBaseline.run(s, phonePlanner, i -> progress.step());
      }
      PhoneSection.print(result, phone, out);
    }
    if (json != null) {
      PhoneResult phoneResult = phone;
      AtomicFile.write(json, stream -> ResultJson.write(result, phoneResult, stream), force);
      out.println("JSON written to " + json);
    }
    if (csv != null) {
      AtomicFile.write(csv, stream -> IntervalCsv.write(result, stream), force);
      out.println("CSV written to " + csv);
    }
    if (report != null) {
      Reports.writeRun(report, result, Scenarios.text(scenario, overrides.settings, runOptions.replications, runOptions.seed), axisZone,
          phone == null ? null : PhoneSection.comparison(result, phone), force);
      out.println("Report written to " + report.resolve(HtmlReport.INDEX));
    }
    return Main.OK;
  }
}
