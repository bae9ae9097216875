package org.chatplan.charts.chart;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.charts.MetricText;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/**
 * One outcome measured at several values of a swept parameter (agents on shift, bot resolution,
 * concurrency...). {@code y} is in the units named by {@code metricLabel}; use
 * {@link #forMetric} to take label, unit and percent scaling from a {@link Metric}.
 *
 * @param parameter axis label of the swept parameter, with unit, e.g. "Agents per shift"
 * @param metricLabel axis label of the outcome, with unit, e.g. "Service level (%)"
 * @param points in the order to draw them (normally increasing x)
 * @param yMax the largest value the outcome can take (100 for a share in percent), where the chart
 *     clips its confidence bars; every outcome is at least 0
 */
public record SweepSeries(String parameter, String metricLabel, List<Point> points, double yMax) {
  /** An outcome with no upper limit. */
  public SweepSeries(String parameter, String metricLabel, List<Point> points) {
    this(parameter, metricLabel, points, Double.POSITIVE_INFINITY);
  }

  /** One run of the sweep: a short label for the point, the parameter value and the outcome. */
  public record Point(String label, double x, MetricSummary y) {
    public Point {
      if (y == null) {
        throw new IllegalArgumentException("sweep point " + label + " has no outcome");
      }
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        throw new IllegalArgumentException("sweep point " + label + " needs a finite x, got " + x);
      }
    }
  }

  public SweepSeries {
    if (points == null || points.isEmpty()) {
      throw new IllegalArgumentException("sweep of " + parameter + " needs at least one point");
    }
    points = List.copyOf(points);
  }

  /** A series for an engine metric: label and unit from {@link MetricText}, shares scaled to percent. */
  public static SweepSeries forMetric(String parameter, Metric metric, String currency, List<Point> raw) {
    double k = MetricText.scale(metric);
    List<Point> scaled = new ArrayList<>();
    for (Point p : raw) {
      MetricSummary y = p.y();
      scaled.add(new Point(p.label(), p.x(), new MetricSummary(y.mean() * k, y.halfWidth() * k, y.n())));
    }
    return new SweepSeries(parameter, MetricText.labelWithUnit(metric, currency), scaled,
        k == 100 ? 100 : Double.POSITIVE_INFINITY);
  }
}
