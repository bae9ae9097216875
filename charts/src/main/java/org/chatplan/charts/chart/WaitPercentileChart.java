package org.chatplan.charts.chart;

import java.time.ZoneId;
import org.chatplan.charts.MetricText;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Queue-wait percentiles per interval (p50, p90, p99 of the wait of answered chats, by interval of
 * hand-off; replication means), with the service-level target time as a reference line.
 */
public final class WaitPercentileChart {
  private static final Metric[] PERCENTILES = {Metric.WAIT_P50_SECONDS, Metric.WAIT_P90_SECONDS, Metric.WAIT_P99_SECONDS};

  private WaitPercentileChart() {}

  public static JFreeChart create(ExperimentResult r, ZoneId zone) {
    Calendar cal = r.scenario().calendar();
    XYSeriesCollection waits = new XYSeriesCollection();
    for (Metric m : PERCENTILES) {
      XYSeries s = new XYSeries(MetricText.label(m));
      for (int i = 0; i < r.byInterval().size(); i++) {
        // An interval without answered chats is a null point: the line breaks there.
        double v = Means.of(r.byInterval().get(i), m);
        s.add(IntervalTime.midMillis(cal, i), Double.isNaN(v) ? null : (Number) v);
      }
      waits.addSeries(s);
    }
    double within = r.scenario().targets().withinSeconds();
    waits.addSeries(ServiceLevelChart.flat("Target wait " + MetricText.number(within, 0) + " s", cal, within));
    NumberAxis y = new NumberAxis("Wait in queue (s)");
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(waits, IntervalTime.axis(cal, zone), y,
        ChartStyle.lines(Palette.BLUISH_GREEN, Palette.ORANGE, Palette.VERMILLION, Palette.reference()));
    plot.getRenderer().setSeriesStroke(3, ChartStyle.line(1, 1.5f));
    plot.getRenderer().setSeriesStroke(1, ChartStyle.line(0, 2f));
    plot.getRenderer().setSeriesStroke(2, ChartStyle.line(3, 2f));
    String sub = "Wait of answered chats, by interval of hand-off (mean of " + r.replications().size()
        + " replications); whole window p90 " + MetricText.format(Metric.WAIT_P90_SECONDS, Means.of(r.total(), Metric.WAIT_P90_SECONDS)) + " s";
    return ChartStyle.chart("Wait percentiles per " + IntervalTime.intervalText(cal), sub, plot);
  }
}
