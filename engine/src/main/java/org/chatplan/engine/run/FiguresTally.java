package org.chatplan.engine.run;

import java.util.EnumMap;
import java.util.Map;
import org.chatplan.engine.stats.MetricSummary;

/**
 * Every metric of one breakdown, accumulated across replications as they arrive (Welford, NaN
 * skipped), so that a run keeps one row of accumulators per breakdown instead of every
 * replication's rows. Fed in replication order, it gives exactly what {@link MetricSummary#of}
 * gives on the same values in an array (the same updates in the same order).
 */
final class FiguresTally {
  private static final Metric[] METRICS = Metric.values();
  private final int[] n = new int[METRICS.length];
  private final double[] mean = new double[METRICS.length];
  private final double[] m2 = new double[METRICS.length];

  void add(Figures f) {
    for (int m = 0; m < METRICS.length; m++) {
      double x = f.get(METRICS[m]);
      if (!Double.isNaN(x)) {
        n[m]++;
        double d = x - mean[m];
        mean[m] += d / n[m];
        m2[m] += d * (x - mean[m]);
      }
    }
  }

  /** Summaries of the metrics defined in at least one replication, in {@link Metric} order. */
  Map<Metric, MetricSummary> summary() {
    Map<Metric, MetricSummary> out = new EnumMap<>(Metric.class);
    for (int m = 0; m < METRICS.length; m++) {
      if (n[m] > 0) {
        out.put(METRICS[m], MetricSummary.of(n[m], mean[m], n[m] < 2 ? Double.NaN : m2[m] / (n[m] - 1)));
      }
    }
    return out;
  }
}
