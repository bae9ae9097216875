package org.chatplan.charts.chart;

import java.time.ZoneId;
import java.util.Map;
import org.chatplan.charts.MetricText;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Service level per interval (answered within the target time / (answered + abandoned)) as the
 * replication mean with its 95% confidence band (mean ± half-width), against the scenario's target.
 * Intervals where no chat reached the queue have no service level: line and band break there (one
 * series per run of defined intervals, one legend entry), rather than bridge the gap with a line.
 */
public final class ServiceLevelChart {
  private ServiceLevelChart() {}

  public static JFreeChart create(ExperimentResult r, ZoneId zone) {
    Calendar cal = r.scenario().calendar();
    String name = "Service level (mean, shaded: 95% confidence band)";
    YIntervalSeriesCollection band = new YIntervalSeriesCollection();
    YIntervalSeries run = null;
    for (int i = 0; i < r.byInterval().size(); i++) {
      Map<Metric, MetricSummary> f = r.byInterval().get(i);
      double mean = Means.of(f, Metric.SERVICE_LEVEL) * 100;
      if (Double.isNaN(mean)) {
        run = null;
        continue;
      }
      if (run == null) {
        run = new YIntervalSeries(band.getSeriesCount() == 0 ? name : name + " " + band.getSeriesCount());
        band.addSeries(run);
      }
      double hw = Means.halfWidth(f, Metric.SERVICE_LEVEL) * 100;
      run.add(IntervalTime.midMillis(cal, i), mean, Math.max(0, mean - hw), Math.min(100, mean + hw));
    }
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    for (int k = 0; k < band.getSeriesCount(); k++) {
      renderer.setSeriesPaint(k, Palette.BLUE);
      renderer.setSeriesFillPaint(k, Palette.SKY_BLUE);
      renderer.setSeriesStroke(k, ChartStyle.line(0, 2f));
      renderer.setSeriesVisibleInLegend(k, k == 0);
    }
    renderer.setAlpha(0.35f);

    Targets t = r.scenario().targets();
    String target = "Target: " + MetricText.number(t.serviceLevel() * 100, 0) + "% within "
        + MetricText.number(t.withinSeconds(), 0) + " s";
    XYSeriesCollection refs = new XYSeriesCollection(flat(target, cal, t.serviceLevel() * 100));
    XYPlot plot = new XYPlot(band, IntervalTime.axis(cal, zone),
        ChartStyle.percentAxis("Service level (% answered within " + MetricText.number(t.withinSeconds(), 0) + " s)"),
        renderer);
    plot.setRenderer(1, ChartStyle.lines(Palette.reference()));
    plot.setDataset(1, refs);
    plot.getRenderer(1).setSeriesStroke(0, ChartStyle.line(1, 2f));
    MetricSummary whole = r.get(Metric.SERVICE_LEVEL);
    String sub = whole == null ? "No chat reached the agent queue: no service level"
        : "Whole window: " + MetricText.format(Metric.SERVICE_LEVEL, whole.mean()) + "% "
            + MetricText.formatHalfWidth(Metric.SERVICE_LEVEL, whole) + " (n=" + whole.n() + ")";
    return ChartStyle.chart("Service level per " + IntervalTime.intervalText(cal), sub, plot);
  }

  /** A horizontal line across the reported window. */
  static XYSeries flat(String name, Calendar cal, double y) {
    XYSeries s = new XYSeries(name);
    s.add(IntervalTime.startMillis(cal), y);
    s.add(IntervalTime.endMillis(cal), y);
    return s;
  }
}
