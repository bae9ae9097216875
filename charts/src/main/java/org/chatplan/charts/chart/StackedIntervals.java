package org.chatplan.charts.chart;

import java.awt.Color;
import java.time.ZoneId;
import java.util.List;
import org.chatplan.engine.model.Calendar;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Stacked areas per interval with reference lines drawn on top: the shape shared by the
 * "offered by region" and "answered by site" charts.
 */
final class StackedIntervals {
  /** One band of the stack or one reference line: a value per interval (NaN = no value). */
  record Layer(String name, Color colour, double[] values) {}

  private StackedIntervals() {}

  static JFreeChart chart(String title, String subtitle, String yLabel, Calendar cal, ZoneId zone,
      List<Layer> stack, List<Layer> lines) {
    DefaultTableXYDataset areas = new DefaultTableXYDataset(false);
    StackedXYAreaRenderer2 areaRenderer = new StackedXYAreaRenderer2();
    for (int s = 0; s < stack.size(); s++) {
      areas.addSeries(series(cal, stack.get(s), true));
      areaRenderer.setSeriesPaint(s, stack.get(s).colour());
    }
    areaRenderer.setRoundXCoordinates(true);
    XYSeriesCollection refs = new XYSeriesCollection();
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    for (int s = 0; s < lines.size(); s++) {
      refs.addSeries(series(cal, lines.get(s), false));
      lineRenderer.setSeriesPaint(s, lines.get(s).colour());
      lineRenderer.setSeriesStroke(s, ChartStyle.line(s == 0 ? 0 : s, 2.5f));
    }
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(areas, IntervalTime.axis(cal, zone), y, areaRenderer);
    plot.setRenderer(1, lineRenderer);
    plot.setDataset(1, refs);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    return ChartStyle.chart(title, subtitle, plot);
  }

  /** Per-interval series; stacked series need a value everywhere, so NaN becomes 0 there. */
  private static XYSeries series(Calendar cal, Layer layer, boolean stacked) {
    XYSeries s = new XYSeries(layer.name(), false, false);
    double[] v = layer.values();
    for (int i = 0; i < v.length; i++) {
      double x = IntervalTime.midMillis(cal, i);
      if (!Double.isNaN(v[i])) {
        s.add(x, v[i]);
      } else if (stacked) {
        s.add(x, 0.0);
      }
    }
    return s;
  }
}
