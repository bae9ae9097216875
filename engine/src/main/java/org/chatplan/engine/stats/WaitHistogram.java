package org.chatplan.engine.stats;

import org.HdrHistogram.Histogram;

/**
 * Wait-time distribution for percentiles: HdrHistogram over whole milliseconds with 2 significant
 * digits (1% relative precision) up to about 115 days; longer waits are recorded at that ceiling.
 * Recording is an index computation and an increment: no allocation, no auto-resizing.
 */
public final class WaitHistogram {
  private static final long HIGHEST_MILLIS = 10_000_000_000L;
  private final Histogram histogram = new Histogram(1, HIGHEST_MILLIS, 2);
  /** Waits under half a millisecond (answered at once): kept apart, HdrHistogram needs values >= 1. */
  private long zeros;

  public void record(double waitSeconds) {
    long ms = Math.round(waitSeconds * 1000);
    if (ms < 1) {
      zeros++;
    } else {
      histogram.recordValue(Math.min(ms, HIGHEST_MILLIS));
    }
  }

  /** Records {@code n} waits of zero at once (answered at once, counted elsewhere). */
  public void recordZeros(long n) {
    zeros += n;
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
    return histogram.getValueAtPercentile(Math.min(100, pInRest * 100)) / 1000.0;
  }

  public void combine(WaitHistogram other) {
    zeros += other.zeros;
    histogram.add(other.histogram);
  }
}
