package org.chatplan.charts.chart;

import java.awt.Font;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chatplan.charts.MetricText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Cost per contact by channel (e.g. chat vs phone) as stacked bars, one segment per cost driver,
 * with the total printed above each bar. A channel that lacks a driver simply has no segment for it.
 */
public final class CostPerContactChart {
  private CostPerContactChart() {}

  public static JFreeChart create(List<CostSplit> channels, String currency) {
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("cost chart needs at least one channel");
    }
    Set<String> drivers = new LinkedHashSet<>();
    for (CostSplit c : channels) {
      drivers.addAll(c.perContactByDriver().keySet());
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String d : drivers) {
      for (CostSplit c : channels) {
        data.addValue(c.perContactByDriver().getOrDefault(d, 0.0), d, c.channel());
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.25);
    for (int i = 0; i < drivers.size(); i++) {
      renderer.setSeriesPaint(i, Palette.series(i));
    }
    double max = 0;
    for (CostSplit c : channels) {
      max = Math.max(max, c.total());
    }
    NumberAxis y = new NumberAxis("Cost per offered contact (" + currency + ")");
    y.setRange(0, max > 0 ? max * 1.18 : 1);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Channel"), y, renderer);
    for (CostSplit c : channels) {
      CategoryTextAnnotation total = new CategoryTextAnnotation(
          currency + " " + MetricText.number(c.total(), 2), c.channel(), c.total() + max * 0.05);
      total.setCategoryAnchor(CategoryAnchor.MIDDLE);
      total.setTextAnchor(TextAnchor.BOTTOM_CENTER);
      total.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
      plot.addAnnotation(total);
    }
    return ChartStyle.chart("Cost per contact by channel", "Stacked by cost driver; total above each bar", plot);
  }
}
