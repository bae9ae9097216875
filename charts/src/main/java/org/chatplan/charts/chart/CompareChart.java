package org.chatplan.charts.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.chatplan.charts.MetricText;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Several scenarios side by side: one panel per chosen metric (each with its own axis and unit),
 * one bar per scenario in that scenario's colour, with 95% confidence bars (mean ± half-width).
 * Scenario names run along the shared bottom axis and the legend.
 */
public final class CompareChart {
  private CompareChart() {}

  /** Pixel height that gives each metric panel room: use it when rendering. */
  public static int suggestedHeight(int metrics) {
    return 140 + 190 * metrics;
  }

  public static JFreeChart create(List<String> names, List<ExperimentResult> results, List<Metric> metrics) {
    if (names.size() != results.size() || names.isEmpty()) {
      throw new IllegalArgumentException("need one name per result and at least one, got "
          + names.size() + " names for " + results.size() + " results");
    }
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("choose at least one metric to compare");
    }
    String currency = results.get(0).scenario().currency();
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis("Scenario"));
    plot.setGap(12);
    for (Metric m : metrics) {
      DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
      double top = 0;
      for (int i = 0; i < results.size(); i++) {
        MetricSummary s = results.get(i).get(m);
        Double mean = s == null || Double.isNaN(s.mean()) ? null : MetricText.display(m, s.mean());
        Double hw = s == null || Double.isNaN(s.halfWidth()) ? null : MetricText.display(m, s.halfWidth());
        data.add(mean, hw, MetricText.label(m), names.get(i));
        top = Math.max(top, Math.abs(mean == null ? 0 : mean) + (hw == null ? 0 : hw));
      }
      NumberAxis y = new NumberAxis(MetricText.labelWithUnit(m, currency));
      // Every compared figure is 0 or more, and a share at most 100%: the axis stops there, so a wide
      // interval's whisker is cut where the outcome ends (no wait below 0 s), as in the sweep chart.
      boolean share = MetricText.scale(m) == 100;
      y.setRange(0, top == 0 ? 1 : share ? Math.min(100, top * 1.05) : top * 1.05);
      CategoryPlot panel = new CategoryPlot(data, null, y, new ByScenario());
      ChartStyle.style(panel);
      plot.add(panel, 1);
    }
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < names.size(); i++) {
      legend.add(new LegendItem(names.get(i), null, null, null, new Rectangle2D.Double(-5, -5, 10, 10),
          Palette.series(i)));
    }
    plot.setFixedLegendItems(legend);
    return ChartStyle.chart("Scenarios compared", "Bars: mean over replications; whiskers: 95% confidence interval",
        plot);
  }

  /** Colours each bar by its scenario (the column), not by series. */
  private static final class ByScenario extends StatisticalBarRenderer {
    private static final long serialVersionUID = 1L;

    ByScenario() {
      setBarPainter(new StandardBarPainter());
      setShadowVisible(false);
      setMaximumBarWidth(0.12);
      setErrorIndicatorPaint(Color.BLACK);
      setDrawBarOutline(false);
    }

    @Override public Paint getItemPaint(int row, int column) {
      return Palette.series(column);
    }
  }
}
