package org.chatplan.charts.chart;

import java.util.Map;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/** Reads replication means and half-widths out of result maps, NaN where a figure is absent. */
final class Means {
  private Means() {}

  /** Mean of {@code m} in {@code figures}, or NaN when the map or the metric is missing. */
  static double of(Map<Metric, MetricSummary> figures, Metric m) {
    MetricSummary s = figures == null ? null : figures.get(m);
    return s == null ? Double.NaN : s.mean();
  }

  /** Half-width of {@code m}, 0 when undefined (n &lt; 2) so a band collapses onto the mean. */
  static double halfWidth(Map<Metric, MetricSummary> figures, Metric m) {
    MetricSummary s = figures == null ? null : figures.get(m);
    return s == null || Double.isNaN(s.halfWidth()) ? 0 : s.halfWidth();
  }
}
