package org.chatplan.charts.chart;

import java.awt.geom.Ellipse2D;
import java.util.List;
import org.chatplan.charts.MetricText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * An outcome against a swept parameter: replication means joined by a line, 95% confidence bars
 * (mean ± half-width; none where n &lt; 2), each point labelled, and an optional target line.
 */
public final class SweepChart {
  /** Most points whose values are written next to them. */
  static final int MAX_LABELLED_POINTS = 15;

  private SweepChart() {}

  /** Without a target line. */
  public static JFreeChart create(SweepSeries sweep) {
    return create(sweep, Double.NaN);
  }

  /** With a horizontal target at {@code target} (in the outcome's units); NaN draws none. */
  public static JFreeChart create(SweepSeries sweep, double target) {
    XYIntervalSeries s = new XYIntervalSeries(sweep.metricLabel() + " (mean, bars: 95% CI)");
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int nMin = Integer.MAX_VALUE;
    int nMax = 0;
    // The series keeps its items sorted by x; labels are looked up in that same order (a sweep may
    // list its values in any order, e.g. 12..8).
    List<SweepSeries.Point> byX = sweep.points().stream()
        .sorted(java.util.Comparator.comparingDouble(SweepSeries.Point::x)).toList();
    for (SweepSeries.Point p : byX) {
      double m = p.y().mean();
      double hw = Double.isNaN(p.y().halfWidth()) ? 0 : p.y().halfWidth();
      // the 95% interval as drawn stays within what the outcome can be (no wait below 0 s)
      s.add(p.x(), p.x(), p.x(), m, Math.max(Math.min(0, m), m - hw), Math.min(Math.max(sweep.yMax(), m), m + hw));
      lo = Math.min(lo, p.x());
      hi = Math.max(hi, p.x());
      nMin = Math.min(nMin, p.y().n());
      nMax = Math.max(nMax, p.y().n());
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(s);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(true);
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesPaint(0, Palette.BLUE);
    renderer.setSeriesStroke(0, ChartStyle.line(0, 2f));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    renderer.setErrorPaint(Palette.BLUE);
    renderer.setCapLength(8);
    renderer.setDefaultItemLabelGenerator((dataset, series, item) -> byX.get(item).label());
    // Past a dozen or so points the labels run into each other; the axis carries the values then.
    renderer.setDefaultItemLabelsVisible(byX.size() <= MAX_LABELLED_POINTS);
    renderer.setDefaultItemLabelFont(ChartStyle.TICK);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_LEFT));

    NumberAxis x;
    if (positions(byX)) {
      x = valueNames(sweep.parameter(), byX);
    } else {
      x = new NumberAxis(sweep.parameter());
      x.setAutoRangeIncludesZero(false);
      x.setAutoRangeStickyZero(false); // else a sweep from 0 starts the axis at 0 and halves that point's bar
      x.setLowerMargin(0.06);
      x.setUpperMargin(0.12);
      if (wholeNumbers(sweep)) {
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      }
    }
    NumberAxis y = new NumberAxis(sweep.metricLabel());
    y.setAutoRangeIncludesZero(false);
    boolean none = nMax == 0;
    if (none) { // only the target line would set the range: ticks like "8E1" around one value
      double top = !Double.isNaN(target) ? target * 1.25 : Double.isFinite(sweep.yMax()) ? sweep.yMax() : 1;
      y.setRange(0, Math.max(1, top)); // a count has no upper limit: an empty axis from 0 to 1
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    if (!Double.isNaN(target)) {
      XYSeries t = new XYSeries("Target " + MetricText.number(target, target == Math.rint(target) ? 0 : 1));
      t.add(lo, target);
      t.add(hi, target);
      plot.setRenderer(1, ChartStyle.lines(Palette.reference()));
      plot.setDataset(1, new XYSeriesCollection(t));
      plot.getRenderer(1).setSeriesStroke(0, ChartStyle.line(1, 1.5f));
    }
    return ChartStyle.chart(sweep.metricLabel() + " vs " + sweep.parameter(), none
        ? sweep.points().size() + " runs: not defined in any replication at any point, nothing to draw"
        : sweep.points().size() + " runs, n = " + (nMin == nMax ? nMin : nMin + "–" + nMax) + " replications each",
        plot);
  }

  /** Points at 1, 2, ..., n: values that are not numbers (true/false, zone names) placed in order. */
  private static boolean positions(List<SweepSeries.Point> byX) {
    for (int i = 0; i < byX.size(); i++) {
      if (byX.get(i).x() != i + 1) {
        return false;
      }
    }
    return true;
  }

  /** An axis whose ticks are the points' values, not their positions 1, 2, ... */
  private static NumberAxis valueNames(String name, List<SweepSeries.Point> byX) {
    String[] names = new String[byX.size() + 1];
    names[0] = "";
    for (int i = 0; i < byX.size(); i++) {
      names[i + 1] = byX.get(i).label();
    }
    SymbolAxis axis = new SymbolAxis(name, names);
    axis.setGridBandsVisible(false);
    axis.setRange(0.5, byX.size() + 0.5); // names[0] is a placeholder: positions start at 1
    return axis;
  }

  private static boolean wholeNumbers(SweepSeries sweep) {
    for (SweepSeries.Point p : sweep.points()) {
      if (p.x() != Math.rint(p.x())) {
        return false;
      }
    }
    return true;
  }
}
