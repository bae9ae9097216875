package org.chatplan.charts.chart;

import java.time.ZoneId;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Occupancy (busy slot time / available slot time) and utilisation (time with at least one chat /
 * logged-in time) per interval on the left axis in percent, mean concurrency (busy slot time / time
 * with at least one chat) on the right axis in chats per busy agent. Replication means, all sites.
 */
public final class OccupancyChart {
  private OccupancyChart() {}

  public static JFreeChart create(ExperimentResult r, ZoneId zone) {
    Calendar cal = r.scenario().calendar();
    XYSeriesCollection shares = new XYSeriesCollection();
    shares.addSeries(series(r, Metric.OCCUPANCY, "Occupancy (%)", 100));
    shares.addSeries(series(r, Metric.UTILISATION, "Utilisation (%)", 100));
    XYSeriesCollection level = new XYSeriesCollection(
        series(r, Metric.MEAN_CONCURRENCY, "Mean concurrency (chats per busy agent, right axis)", 1));

    XYPlot plot = new XYPlot(shares, IntervalTime.axis(cal, zone),
        ChartStyle.percentAxis("Occupancy, utilisation (%)"), ChartStyle.lines(Palette.BLUE, Palette.SKY_BLUE));
    int maxSlots = 1;
    for (Site s : r.scenario().agents().sites()) {
      maxSlots = Math.max(maxSlots, s.maxConcurrency());
    }
    NumberAxis right = new NumberAxis("Mean concurrency (chats per busy agent)");
    right.setRange(0, maxSlots + 0.25);
    plot.setRangeAxis(1, right);
    plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    plot.setRenderer(1, ChartStyle.lines(Palette.ORANGE));
    plot.setDataset(1, level);
    plot.mapDatasetToRangeAxis(1, 1);
    plot.getRenderer(1).setSeriesStroke(0, ChartStyle.line(3, 2f));
    return ChartStyle.chart("Occupancy and concurrency per " + IntervalTime.intervalText(cal),
        "All sites together; right axis up to the highest site maxConcurrency (" + maxSlots + ")", plot);
  }

  private static XYSeries series(ExperimentResult r, Metric m, String name, double scale) {
    Calendar cal = r.scenario().calendar();
    XYSeries s = new XYSeries(name);
    for (int i = 0; i < r.byInterval().size(); i++) {
      // An interval without a value is a null point: the line breaks there instead of bridging it.
      double v = Means.of(r.byInterval().get(i), m);
      s.add(IntervalTime.midMillis(cal, i), Double.isNaN(v) ? null : (Number) (v * scale));
    }
    return s;
  }
}
