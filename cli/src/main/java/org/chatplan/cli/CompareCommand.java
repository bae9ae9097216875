package org.chatplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chatplan.charts.report.CompareRow;
import org.chatplan.charts.report.HtmlReport;
import org.chatplan.cli.analysis.ComparisonOutput;
import org.chatplan.cli.analysis.Metrics;
import org.chatplan.cli.output.AtomicFile;
import org.chatplan.cli.output.Progress;
import org.chatplan.engine.analysis.Comparison;
import org.chatplan.engine.analysis.ComparisonResult;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Metric;
import org.chatplan.scenarios.LoadResult;
import org.chatplan.scenarios.Problem;
import org.chatplan.scenarios.ScenarioLibrary;
import org.chatplan.scenarios.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chatplan compare A B [...]}: scenarios side by side, with paired differences from the first. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Runs two or more scenarios with the same seed and replications (common random numbers) and "
        + "prints their outcomes side by side, with each one's paired difference from the first and whether "
        + "it is significant.",
        "Example: chatplan compare centralized follow-the-sun --report compare-report"})
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files or bundled names; the first "
      + "is the baseline.")
  List<String> scenarios;

  @Option(names = "--metrics", paramLabel = "KEYS", description = "Outcomes to compare, as JSON keys (default: "
      + "serviceLevel,asaSeconds,abandonRate,waitP90Seconds,occupancy,csat,paidHours,costPerContact).")
  String metrics;

  @Option(names = "--report", paramLabel = "DIR", description = "Write the HTML comparison report to DIR/index.html.")
  Path report;

  @picocli.CommandLine.Mixin RunOptions runOptions = new RunOptions();

  @picocli.CommandLine.Mixin Overrides overrides = new Overrides();

  @Option(names = "--force", description = "Overwrite a report that already exists.")
  boolean force;

  @Override public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (scenarios.size() < 2) {
      throw new UserError("compare: needs at least two scenarios, got " + scenarios.size() + "; maybe "
          + "`chatplan compare " + scenarios.get(0) + " " + other(scenarios.get(0)) + "`?");
    }
    int t = runOptions.threads();
    List<Metric> chosen = Metrics.parse("--metrics", metrics, Metrics.compareDefault());
    checkReport();
    List<Scenario> loaded = loadAll(err);
    RunSettings run = Scenarios.withRun(loaded.get(0), runOptions.replications, runOptions.seed).run();
    Comparison comparison = Comparison.of(names(scenarios), loaded, run);
    ComparisonResult result;
    try (Progress progress = Progress.start("comparing", comparison.totalReplications())) {
      result = comparison.run(t, progress::step);
    }
    ComparisonOutput.print(result, chosen, out);
    if (report != null) {
      List<CompareRow> rows = new ArrayList<>();
      chosen.forEach(m -> rows.add(new CompareRow(m, Metrics.better(m))));
      Path file = report.resolve(HtmlReport.INDEX);
      AtomicFile.write(file, HtmlReport.renderComparison(result.names(), result.results(), rows), force);
      out.println();
      out.println("Report written to " + file);
    }
    return Main.OK;
  }

  /** Loads every scenario and reports the errors of all of them at once. */
  private List<Scenario> loadAll(PrintWriter err) {
    List<Scenario> loaded = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>(); // after the errors, if any, as for one file
    for (String s : scenarios) {
      LoadResult r = ScenarioLoader.resolve(s, overrides.settings);
      for (Problem p : r.warnings()) {
        warnings.add(p.format());
      }
      for (Problem p : r.errors()) {
        // a --set line names no file: say which scenario it failed on
        String line = p.format();
        errors.add(line.startsWith("--set ") ? line + " (in scenario " + s + ")" : line);
      }
      loaded.add(r.scenario());
    }
    if (errors.isEmpty()) {
      String mixed = Scenarios.mixedCurrencies(scenarios, loaded);
      if (mixed != null) {
        errors.add("compare: " + mixed);
      }
    }
    if (!errors.isEmpty()) {
      errors.addAll(warnings);
      throw new UserError(errors);
    }
    warnings.forEach(err::println);
    return loaded;
  }

  private void checkReport() {
    if (report == null) {
      return;
    }
    AtomicFile.checkFolder("--report", report, HtmlReport.INDEX, force);
  }

  /**
   * Column names: a bundled name as given, a file by its name without extension; repeats get
   * " (2)", " (3)" so every column is told apart.
   */
  static List<String> names(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String g : given) {
      String name = g.strip();
      if (!ScenarioLibrary.names().contains(name)) {
        Path p = Path.of(name).getFileName();
        name = p == null ? name : p.toString().replaceFirst("\\.(ya?ml|json)$", "");
      }
      String unique = name;
      for (int k = 2; out.contains(unique); k++) {
        unique = name + " (" + k + ")";
      }
      out.add(unique);
    }
    return out;
  }

  private static String other(String first) {
    for (String n : ScenarioLibrary.names()) {
      if (!n.equals(first)) {
        return n;
      }
    }
    return first;
  }
}
