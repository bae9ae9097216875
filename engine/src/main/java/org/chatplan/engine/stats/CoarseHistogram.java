package org.chatplan.engine.stats;

/**
 * A small fixed histogram for per-interval wait percentiles, where one HdrHistogram per interval
 * would cost too much memory over long horizons. Bucket 0 holds waits under one second; bucket i
 * >= 1 covers [1.15^(i-1), 1.15^i) seconds, so a quantile is within 15% of the truth; the last
 * bucket is open-ended (about 9 days).
 */
public final class CoarseHistogram {
  public static final int BUCKETS = 100;
  private static final double RATIO = 1.15;
  private static final double LOG_RATIO = Math.log(RATIO);

  private CoarseHistogram() {}

  /** Bucket index of a wait. */
  public static int bucket(double waitSeconds) {
    if (waitSeconds < 1) {
      return 0;
    }
    int b = 1 + (int) (Math.log(waitSeconds) / LOG_RATIO);
    return Math.min(b, BUCKETS - 1);
  }

  /** The p-quantile from counts {@code counts[offset .. offset + BUCKETS)}, geometric midpoint of its bucket. */
  public static double quantile(long[] counts, int offset, double p) {
    long total = 0;
    for (int i = 0; i < BUCKETS; i++) {
      total += counts[offset + i];
    }
    if (total == 0) {
      return Double.NaN;
    }
    double rank = p * total;
    long cumulative = 0;
    for (int i = 0; i < BUCKETS; i++) {
      cumulative += counts[offset + i];
      if (cumulative >= rank && counts[offset + i] > 0) {
        return i == 0 ? 0.5 : Math.pow(RATIO, i - 0.5);
      }
    }
    return Math.pow(RATIO, BUCKETS - 1);
  }
}
