package org.chatplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chatplan.charts.render.ChartFiles;
import org.chatplan.cli.analysis.Metrics;
import org.chatplan.cli.analysis.SweepOutput;
import org.chatplan.cli.analysis.SweepPoints;
import org.chatplan.cli.output.AtomicFile;
import org.chatplan.cli.output.FileName;
import org.chatplan.cli.output.Progress;
import org.chatplan.engine.analysis.Sweep;
import org.chatplan.engine.analysis.SweepAxis;
import org.chatplan.engine.analysis.SweepResult;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.run.Metric;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chatplan sweep}: one scenario run at every value of one or two fields, on common random numbers. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Runs a scenario at every value of one or two fields, all with the same seed and replications "
        + "(common random numbers: the same customers at every point), and tabulates the outcomes as "
        + "mean +/- 95%% half-width. Every point is validated before anything runs.",
        "VALUES: 1..5, 10..30:5, x0.8..x1.4 (factors of the current value), 5m..8m, true,false.",
        "Example: chatplan sweep follow-the-sun --set agents.sites[0].maxConcurrency=1..4 --chart conc.png"})
public final class SweepCommand implements Callable<Integer> {
  static final int CHART_WIDTH = 1000;
  static final int CHART_HEIGHT = 560;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file or bundled name "
      + "(default: follow-the-sun).")
  String scenario;

  @Option(names = "--set", paramLabel = "PATH=VALUES", description = "A field and its values; give one or two, "
      + "e.g. demand.regions[*].chatsPerWeek=x0.8..x1.4 or bot.enabled=true,false.")
  List<String> sets;

  @Option(names = "--metrics", paramLabel = "KEYS", description = "Outcomes to tabulate, as JSON keys (default: "
      + "serviceLevel,asaSeconds,abandonRate,costPerContact). The first one is charted.")
  String metrics;

  @Option(names = "--csv", paramLabel = "FILE", converter = FileName.class, description = "Write every outcome of every point as CSV.")
  Path csv;

  @Option(names = "--chart", paramLabel = "FILE", converter = FileName.class, description = "Draw the first metric against a one-field sweep, "
      + "with 95%% confidence bars (.png or .svg).")
  Path chart;

  @picocli.CommandLine.Mixin RunOptions runOptions = new RunOptions();

  @Option(names = "--force", description = "Overwrite output files that already exist.")
  boolean force;

  @Override public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int t = runOptions.threads();
    List<Metric> chosen = Metrics.parse("--metrics", metrics, Metrics.SWEEP_DEFAULT);
    List<SweepAxis> axes = SweepPoints.axes(sets);
    boolean svg = checkChart(axes);
    AtomicFile.checkWritable(csv, force);
    AtomicFile.checkWritable(chart, force);
    AtomicFile.checkDistinct("--csv", csv, "--chart", chart);
    SweepPoints.Loaded loaded = SweepPoints.load(Scenarios.nameOrDefault(scenario), axes, err);
    RunSettings run = Scenarios.withRun(loaded.base(), runOptions.replications, runOptions.seed).run();
    Sweep sweep = Sweep.of(axes, loaded.points(), run);
    SweepResult result;
    try (Progress progress = Progress.start("sweeping", sweep.totalReplications())) {
      result = sweep.run(t, progress::step);
    }
    SweepOutput.print(result, loaded.base(), chosen, out);
    if (csv != null) {
      AtomicFile.write(csv, SweepOutput.csv(result), force);
      out.println("CSV written to " + csv);
    }
    if (chart != null) {
      JFreeChart c = SweepOutput.chart(result, loaded.base(), chosen.get(0));
      if (svg) {
        AtomicFile.write(chart, ChartFiles.svg(c, CHART_WIDTH, CHART_HEIGHT), force);
      } else {
        AtomicFile.write(chart, ChartFiles.pngBytes(c, CHART_WIDTH, CHART_HEIGHT), force);
      }
      out.println("Chart written to " + chart);
    }
    return Main.OK;
  }

  /** True for SVG; refuses other extensions and two-field sweeps before anything runs. */
  private boolean checkChart(List<SweepAxis> axes) {
    if (chart == null) {
      return false;
    }
    String name = chart.getFileName() == null ? "" : chart.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".png") && !name.endsWith(".svg")) {
      throw new UserError("--chart " + chart + ": the file name must end in .png or .svg; maybe " + chart + ".png?");
    }
    if (axes.stream().filter(a -> a.values().size() > 1).count() > 1) {
      throw new UserError("--chart: draws one varying field; this sweep varies " + axes.size() + ". Maybe chart "
          + "one at a time, giving the other field a single value?");
    }
    return name.endsWith(".svg");
  }
}
