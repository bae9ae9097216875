package org.chatplan.cli.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chatplan.charts.chart.SweepChart;
import org.chatplan.charts.chart.SweepSeries;
import org.chatplan.engine.analysis.SweepAxis;
import org.chatplan.engine.analysis.SweepPoint;
import org.chatplan.engine.analysis.SweepResult;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.jfree.chart.JFreeChart;

/** The console table, the CSV and the chart of a sweep. */
public final class SweepOutput {
  private SweepOutput() {}

  private static final Pattern NUMERIC = Pattern.compile("(x?)(-?[0-9]*\\.?[0-9]+)([smhd]?)");

  /** Header lines and the table of the chosen metrics, one row per point (fits 100 columns). */
  public static void print(SweepResult r, Scenario base, List<Metric> metrics, PrintWriter out) {
    out.println("Sweep of " + base.name());
    for (SweepAxis a : r.axes()) {
      out.println(TextTable.clip("  " + a.parameter() + " = " + String.join(", ", a.values()), TextTable.WIDTH));
    }
    out.printf("%d point(s), each %d replication(s) with seed %d.%n", r.points().size(), r.run().replications(),
        r.run().seed());
    boolean customersChange = r.axes().stream().anyMatch(a -> a.parameter().startsWith("demand.")
        || a.parameter().startsWith("calendar."));
    out.println(customersChange
        ? "Common random numbers: every point draws from the same streams, but the swept field changes the\n"
            + "customers themselves. Cells: mean +/- 95% half-width."
        : "Common random numbers: the same customers at every point. Cells: mean +/- 95% half-width.");
    out.println();
    List<String> keys = new ArrayList<>(SweepPoints.shortNames(r.axes().stream().map(a -> a.parameter()).toList()));
    List<String> heads = new ArrayList<>();
    metrics.forEach(m -> heads.add(Metrics.header(m, base.currency())));
    TextTable t = new TextTable(keys, heads);
    for (SweepPoint p : r.points()) {
      List<String> cells = new ArrayList<>();
      for (Metric m : metrics) {
        cells.add(Metrics.cell(m, p.result().get(m)));
      }
      t.row(p.values(), cells);
    }
    t.print(out);
    out.flush();
  }

  /**
   * One row per point: the swept values, the replications, then the mean and 95% half-width of every
   * whole-window metric any point reports (engine units: fractions, seconds), in {@link Metric} order.
   */
  public static String csv(SweepResult r) {
    Set<Metric> present = EnumSet.noneOf(Metric.class);
    for (SweepPoint p : r.points()) {
      present.addAll(p.result().total().keySet());
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (SweepAxis a : r.axes()) {
      schema.addColumn(a.parameter());
    }
    schema.addColumn("replications").addColumn("seed");
    for (Metric m : present) {
      schema.addColumn(m.key()).addColumn(m.key() + "HalfWidth");
    }
    List<List<String>> rows = new ArrayList<>();
    for (SweepPoint p : r.points()) {
      List<String> row = new ArrayList<>(p.values());
      row.add(Integer.toString(p.result().replications().size()));
      row.add(Long.toString(p.result().seed()));
      for (Metric m : present) {
        MetricSummary s = p.result().get(m);
        row.add(s == null || Double.isNaN(s.mean()) ? "" : Double.toString(s.mean()));
        row.add(s == null || Double.isNaN(s.halfWidth()) ? "" : Double.toString(s.halfWidth()));
      }
      rows.add(row);
    }
    try {
      // Strict checking quotes only the values that need it (Jackson otherwise quotes every long value).
      return new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema.build())
          .writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the sweep CSV", e);
    }
  }

  /**
   * The chart of {@code metric} against the swept field that takes more than one value (the first
   * field if none does; the caller refuses sweeps where two fields vary): x is the value when every value is a
   * number, a factor ({@code x1.2}) or a duration with one unit, otherwise the point's position
   * (1, 2, ...), which the chart names with the value. A horizontal target line is drawn for service level
   * and abandon rate.
   */
  public static JFreeChart chart(SweepResult r, Scenario base, Metric metric) {
    int k = 0;
    for (int i = 0; i < r.axes().size(); i++) {
      if (r.axes().get(i).values().size() > 1) {
        k = i;
      }
    }
    SweepAxis axis = r.axes().get(k);
    double[] x = numericValues(axis.values());
    String unit = commonUnit(axis.values());
    String label = axis.parameter() + (x == null ? "" : unit.isEmpty() ? "" : " (" + unit + ")");
    List<SweepSeries.Point> points = new ArrayList<>();
    for (int i = 0; i < r.points().size(); i++) {
      SweepPoint p = r.points().get(i);
      points.add(new SweepSeries.Point(p.values().get(k), x == null ? i + 1 : x[i], p.get(metric)));
    }
    // A swept target differs from point to point: one line at the base's target would mislead.
    boolean targetSwept = r.axes().stream().anyMatch(a -> a.parameter().startsWith("targets.") && a.values().size() > 1);
    double target = targetSwept ? Double.NaN : switch (metric) {
      case SERVICE_LEVEL, SERVABLE_SERVICE_LEVEL -> 100 * base.targets().serviceLevel();
      case ABANDON_RATE, SERVABLE_ABANDON_RATE -> 100 * base.targets().maxAbandon();
      default -> Double.NaN;
    };
    return SweepChart.create(SweepSeries.forMetric(label, metric, base.currency(), points), target);
  }

  /** The numbers behind the values, or null when they are not all numbers of one form. */
  static double[] numericValues(List<String> values) {
    double[] out = new double[values.size()];
    String form = null;
    for (int i = 0; i < values.size(); i++) {
      Matcher m = NUMERIC.matcher(values.get(i).strip());
      if (!m.matches()) {
        return null;
      }
      String f = m.group(1) + "|" + m.group(3);
      if (form != null && !form.equals(f)) {
        return null;
      }
      form = f;
      out[i] = new BigDecimal(m.group(2)).doubleValue();
    }
    return out;
  }

  /** "factor", a duration unit, or "" for plain numbers. */
  private static String commonUnit(List<String> values) {
    Matcher m = NUMERIC.matcher(values.get(0).strip());
    if (!m.matches()) {
      return "";
    }
    if (!m.group(1).isEmpty()) {
      return "factor";
    }
    return switch (m.group(3)) {
      case "s" -> "seconds";
      case "m" -> "minutes";
      case "h" -> "hours";
      case "d" -> "days";
      default -> "";
    };
  }
}
