package org.chatplan.engine.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A figure across replications: mean, 95% confidence half-width by Student t with n - 1 degrees of
 * freedom, and n. Replications where the figure is undefined (NaN, e.g. ASA with no answered chat)
 * are left out of n.
 */
public record MetricSummary(double mean, double halfWidth, int n) {

  /** Summarises per-replication values, skipping NaN. */
  public static MetricSummary of(double[] values) {
    Tally t = new Tally();
    for (double v : values) {
      if (!Double.isNaN(v)) {
        t.add(v);
      }
    }
    int n = (int) t.count();
    if (n == 0) {
      return new MetricSummary(Double.NaN, Double.NaN, 0);
    }
    if (n == 1) {
      return new MetricSummary(t.mean(), Double.NaN, 1);
    }
    double q = TDistribution.of(n - 1).inverseCumulativeProbability(0.975);
    double sd = Math.sqrt(Math.max(0, t.variance()));
    return new MetricSummary(t.mean(), q * sd / Math.sqrt(n), n);
  }

  /** True when {@code value} lies within mean +/- halfWidth. */
  public boolean covers(double value) {
    return Math.abs(value - mean) <= halfWidth;
  }
}
