package org.chatplan.charts.chart;

import org.chatplan.charts.MetricText;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The scenario's satisfaction curve, satisfied% = floor + (immediate - floor) * exp(-wait /
 * waitTolerance), with this run's point (ASA, CSAT of answered chats) and its 95% confidence bars in
 * both directions. The point need not sit on the curve: CSAT averages the curve over every wait (not
 * at the mean wait) and subtracts wrong-answer and translation penalties.
 */
public final class CsatWaitChart {
  private static final int STEPS = 120;

  private CsatWaitChart() {}

  public static JFreeChart create(ExperimentResult r) {
    Satisfaction sat = r.scenario().satisfaction();
    MetricSummary asa = r.get(Metric.ASA_SECONDS);
    MetricSummary csat = r.get(Metric.CSAT);
    double p90 = Means.of(r.total(), Metric.WAIT_P90_SECONDS);
    double xMax = Math.max(4 * sat.waitToleranceSeconds(), 1.25 * finite(p90));
    if (asa != null) {
      xMax = Math.max(xMax, 1.5 * (finite(asa.mean()) + finite(asa.halfWidth())));
    }
    XYSeries curve = new XYSeries("Satisfaction curve: floor + (immediate − floor)·exp(−wait / "
        + MetricText.number(sat.waitToleranceSeconds(), 0) + " s)");
    for (int i = 0; i <= STEPS; i++) {
      double w = xMax * i / STEPS;
      curve.add(w, sat.afterWait(w) * 100);
    }
    XYSeriesCollection lines = new XYSeriesCollection(curve);
    lines.addSeries(flat("Floor " + MetricText.number(sat.floor() * 100, 0) + "%", xMax, sat.floor() * 100));

    XYIntervalSeriesCollection point = new XYIntervalSeriesCollection();
    XYIntervalSeries run = new XYIntervalSeries("This run: ASA vs CSAT of answered chats (bars: 95% CI)");
    if (asa != null && csat != null && !Double.isNaN(asa.mean()) && !Double.isNaN(csat.mean())) {
      double ax = finite(asa.halfWidth());
      double cy = finite(csat.halfWidth());
      run.add(asa.mean(), asa.mean() - ax, asa.mean() + ax,
          csat.mean() * 100, (csat.mean() - cy) * 100, (csat.mean() + cy) * 100);
    }
    point.addSeries(run);
    XYErrorRenderer marker = new XYErrorRenderer();
    marker.setDefaultLinesVisible(false);
    marker.setSeriesPaint(0, Palette.VERMILLION);
    marker.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
    marker.setErrorPaint(Palette.VERMILLION);
    marker.setErrorStroke(ChartStyle.line(0, 1.5f));
    marker.setCapLength(8);

    NumberAxis x = new NumberAxis("Wait before an agent answers (s)");
    x.setRange(0, xMax);
    XYPlot plot = new XYPlot(point, x, ChartStyle.percentAxis("Satisfied (%)"), marker);
    plot.setRenderer(1, ChartStyle.lines(Palette.BLUE, Palette.reference()));
    plot.setDataset(1, lines);
    plot.getRenderer(1).setSeriesStroke(1, ChartStyle.line(2, 1.5f));
    String sub = asa == null || csat == null ? "No chat was answered: no run point"
        : "This run: ASA " + MetricText.format(Metric.ASA_SECONDS, asa.mean()) + " s, CSAT "
            + MetricText.format(Metric.CSAT, csat.mean()) + "% (n=" + csat.n() + "); immediate answer "
            + MetricText.number(sat.immediate() * 100, 0) + "%";
    return ChartStyle.chart("CSAT vs wait", sub, plot);
  }

  private static XYSeries flat(String name, double xMax, double y) {
    XYSeries s = new XYSeries(name);
    s.add(0, y);
    s.add(xMax, y);
    return s;
  }

  private static double finite(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? 0 : v;
  }
}
