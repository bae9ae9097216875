package org.chatplan.engine.stats;

/**
 * A small fixed histogram for per-interval wait percentiles, where one HdrHistogram per interval
 * would cost too much memory over long horizons. Bucket 0 holds waits of exactly zero (the chats
 * answered at once, most of them in a well-staffed interval, so a quantile that falls among them is
 * 0, as in the whole-window histograms); bucket 1 holds waits under one second; bucket i >= 2 covers
 * [1.15^(i-2), 1.15^(i-1)) seconds, so a quantile is within 15% of the truth; the last bucket is
 * open-ended (about 8 days).
 */
public final class CoarseHistogram {
  public static final int BUCKETS = 100;
  private static final double RATIO = 1.15;
  /** Bucket of the waits of zero. */
  public static final int ZERO = 0;
  /** UPPER[i] = 1.15^(i-1), the (exclusive) upper bound of bucket i >= 1; bucket 1 starts above 0. */
  private static final double[] UPPER = new double[BUCKETS];
  /** [binary exponent e of a wait >= 1 s] the bucket of 2^e, where the search for such a wait starts. */
  private static final int[] FROM_EXPONENT;

  static {
    for (int i = 1; i < BUCKETS; i++) {
      UPPER[i] = Math.pow(RATIO, i - 1);
    }
    FROM_EXPONENT = new int[Math.getExponent(UPPER[BUCKETS - 2]) + 1];
    int i = 2;
    for (int e = 0; e < FROM_EXPONENT.length; e++) {
      double w = Math.scalb(1.0, e);
      while (i < BUCKETS - 1 && w >= UPPER[i]) {
        i++;
      }
      FROM_EXPONENT[e] = i;
    }
  }

  private CoarseHistogram() {}

  /**
   * Bucket index of a wait. Runs for every chat that waits: instead of a logarithm, the wait's
   * binary exponent picks the bucket of the power of two below it, and at most five bucket bounds
   * are compared from there (1.15^5 > 2).
   */
  public static int bucket(double waitSeconds) {
    if (waitSeconds < 1) {
      return waitSeconds > 0 ? 1 : ZERO;
    }
    int e = Math.getExponent(waitSeconds);
    if (e >= FROM_EXPONENT.length) {
      return BUCKETS - 1;
    }
    int i = FROM_EXPONENT[e];
    while (i < BUCKETS - 1 && waitSeconds >= UPPER[i]) {
      i++;
    }
    return i;
  }

  /**
   * The p-quantile from counts {@code counts[offset .. offset + BUCKETS)}: 0 in the zero bucket,
   * 0.5 s under one second, else the geometric midpoint of its bucket.
   */
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
        return i == ZERO ? 0 : i == 1 ? 0.5 : Math.pow(RATIO, i - 1.5);
      }
    }
    return Math.pow(RATIO, BUCKETS - 2);
  }
}
