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
    return of((int) t.count(), t.mean(), t.variance());
  }

  /** The summary of {@code n} values with this mean and sample variance (NaN below two values). */
  public static MetricSummary of(int n, double mean, double variance) {
    if (n == 0) {
      return new MetricSummary(Double.NaN, Double.NaN, 0);
    }
    if (n == 1) {
      return new MetricSummary(mean, Double.NaN, 1);
    }
    double q = studentT975(n - 1);
    double sd = Math.sqrt(Math.max(0, variance));
    return new MetricSummary(mean, q * sd / Math.sqrt(n), n);
  }

  /**
   * The 97.5% quantile of Student's t with {@code df} degrees of freedom, for every confidence
   * interval of the project. Tabulated once for whole df up to the usual replication counts: a run
   * summarises every metric of every interval and breakdown, and inverting the t distribution each
   * time was measured at 40% of the CPU of a default {@code chatplan run}.
   */
  public static double studentT975(double df) {
    boolean tabulated = df < T975_TABLE && df == Math.rint(df); // Welch's degrees of freedom are not whole
    return tabulated ? T975.VALUES[(int) df] : TDistribution.of(df).inverseCumulativeProbability(0.975);
  }

  /** Degrees of freedom below which the quantile is tabulated. */
  static final int T975_TABLE = 256;

  /** Built on first use (lazy holder: thread-safe, no lock afterwards). */
  private static final class T975 {
    static final double[] VALUES = new double[T975_TABLE];

    static {
      VALUES[0] = Double.NaN;
      for (int df = 1; df < T975_TABLE; df++) {
        VALUES[df] = TDistribution.of(df).inverseCumulativeProbability(0.975);
      }
    }
  }

  /** True when {@code value} lies within mean +/- halfWidth. */
  public boolean covers(double value) {
    return Math.abs(value - mean) <= halfWidth;
  }
}
