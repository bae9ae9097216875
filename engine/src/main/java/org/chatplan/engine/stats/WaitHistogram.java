package org.chatplan.engine.stats;

import org.HdrHistogram.DoubleHistogram;

/**
 * Wait-time distribution for percentiles, in seconds, with 2 significant digits (1% relative
 * error) over a range of 1 ms to 10^6 s. Backed by HdrHistogram, which records without
 * allocating once its buckets cover the range.
 */
public final class WaitHistogram {
  /** Waits under a millisecond are recorded as one millisecond: HdrHistogram needs a positive floor. */
  private static final double FLOOR_SECONDS = 1e-3;
  private final DoubleHistogram histogram = new DoubleHistogram(1_000_000_000L, 2);
  private long zeros;

  public void record(double waitSeconds) {
    if (waitSeconds < FLOOR_SECONDS) {
      zeros++;
    } else {
      histogram.recordValue(waitSeconds);
    }
  }

  public long count() {
    return zeros + histogram.getTotalCount();
  }

  /** The p-quantile (0 < p < 1) in seconds, or NaN when empty. Exact zeros are kept apart. */
  public double quantile(double p) {
    long total = count();
    if (total == 0) {
      return Double.NaN;
    }
    double rank = p * total;
    if (rank <= zeros) {
      return 0;
    }
    double pInRest = (rank - zeros) / histogram.getTotalCount();
    return histogram.getValueAtPercentile(Math.min(100, pInRest * 100));
  }

  public void combine(WaitHistogram other) {
    zeros += other.zeros;
    histogram.add(other.histogram);
  }
}
