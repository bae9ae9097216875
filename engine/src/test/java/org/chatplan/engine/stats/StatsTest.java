package org.chatplan.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void tallyMatchesTwoPassFormulasAndCombines() {
    double[] x = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
    Tally all = new Tally();
    Tally a = new Tally();
    Tally b = new Tally();
    for (int i = 0; i < x.length; i++) {
      all.add(x[i]);
      (i < 4 ? a : b).add(x[i]);
    }
    assertEquals(3.9, all.mean(), 1e-12);
    assertEquals(6.1, all.variance(), 1e-12); // sum of squared deviations 54.9 / 9
    a.combine(b);
    assertEquals(all.mean(), a.mean(), 1e-12);
    assertEquals(all.variance(), a.variance(), 1e-12);
  }

  /**
   * The tabulated t quantiles are the distribution's own, on both sides of the table's edge, and
   * match published values (t_{0.975} with 1, 9, 29 and 120 degrees of freedom).
   */
  @Test
  void studentQuantileTableMatchesTheDistribution() {
    for (int df = 1; df < MetricSummary.T975_TABLE + 20; df++) {
      assertEquals(org.apache.commons.statistics.distribution.TDistribution.of(df).inverseCumulativeProbability(0.975),
          MetricSummary.studentT975(df), 0.0, "df " + df);
    }
    assertEquals(12.7062, MetricSummary.studentT975(1), 5e-5);
    assertEquals(2.2622, MetricSummary.studentT975(9), 5e-5);
    assertEquals(2.0452, MetricSummary.studentT975(29), 5e-5);
    assertEquals(1.9799, MetricSummary.studentT975(120), 5e-5);
    assertEquals(org.apache.commons.statistics.distribution.TDistribution.of(7.3).inverseCumulativeProbability(0.975),
        MetricSummary.studentT975(7.3), 0.0, "Welch's fractional df go to the distribution");
  }

  @Test
  void timeWeightedAreaIsTheIntegral() {
    TimeWeighted w = new TimeWeighted();
    w.set(0, 2);
    w.add(10, 3); // 5 from 10 on
    assertEquals(2 * 10 + 5 * 5, w.flush(15), 0);
    assertEquals(5 * 5, w.flush(20), 0);
  }

  @Test
  void metricSummaryUsesStudentT() {
    MetricSummary s = MetricSummary.of(new double[] {1, 2, 3, 4, 5});
    // mean 3, sd sqrt(2.5), t(0.975, 4) = 2.776445
    assertEquals(3, s.mean(), 1e-12);
    assertEquals(2.776445105 * Math.sqrt(2.5) / Math.sqrt(5), s.halfWidth(), 1e-8);
    assertEquals(5, s.n());
    MetricSummary withNaN = MetricSummary.of(new double[] {1, Double.NaN, 3});
    assertEquals(2, withNaN.n());
  }

  @Test
  void waitHistogramQuantilesOfAnExponentialWithAtomAtZero() {
    SplittableRandom r = new SplittableRandom(3);
    WaitHistogram h = new WaitHistogram();
    int n = 400_000;
    for (int i = 0; i < n; i++) {
      h.record(r.nextDouble() < 0.5 ? 0 : -30 * Math.log(1 - r.nextDouble()));
    }
    assertEquals(0, h.quantile(0.4), 0);
    // P(W > w) = 0.5 exp(-w/30): p90 = 30 ln 5 = 48.28, p99 = 30 ln 50 = 117.36
    assertEquals(30 * Math.log(5), h.quantile(0.9), 0.02 * 48.28);
    assertEquals(30 * Math.log(50), h.quantile(0.99), 0.02 * 117.36);
  }

  /** Bucket i >= 2 is [1.15^(i-2), 1.15^(i-1)); bucket 1 is (0, 1) s, bucket 0 exactly 0; the last is open-ended. */
  @Test
  void coarseBucketsFollowTheirBounds() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
    for (int k = 0; k < 200_000; k++) {
      double w = Math.exp(rnd.nextDouble(-3, 17)); // 0.05 s to 280 days
      int b = CoarseHistogram.bucket(w);
      if (w < 1) {
        assertEquals(1, b, "wait " + w);
      } else if (b == CoarseHistogram.BUCKETS - 1) {
        assertTrue(w >= Math.pow(1.15, b - 2), "wait " + w);
      } else {
        assertTrue(b >= 2 && w >= Math.pow(1.15, b - 2) && w < Math.pow(1.15, b - 1), "wait " + w + " bucket " + b);
      }
    }
    for (int i = 1; i < CoarseHistogram.BUCKETS - 2; i++) {
      double bound = Math.pow(1.15, i);
      assertEquals(i + 2, CoarseHistogram.bucket(bound), "at 1.15^" + i);
      assertEquals(i + 1, CoarseHistogram.bucket(Math.nextDown(bound)), "just under 1.15^" + i);
    }
    assertEquals(2, CoarseHistogram.bucket(1.0));
    assertEquals(1, CoarseHistogram.bucket(Double.MIN_VALUE));
    assertEquals(CoarseHistogram.ZERO, CoarseHistogram.bucket(0));
  }

  /** An interval where most chats are answered at once has a median wait of 0, not "under a second". */
  @Test
  void coarseQuantileOfTheZeroWaitsIsZero() {
    long[] counts = new long[CoarseHistogram.BUCKETS];
    counts[CoarseHistogram.bucket(0)] += 80;
    counts[CoarseHistogram.bucket(0.3)] += 5;
    for (int i = 0; i < 15; i++) {
      counts[CoarseHistogram.bucket(40)]++;
    }
    assertEquals(0, CoarseHistogram.quantile(counts, 0, 0.5));
    assertEquals(0, CoarseHistogram.quantile(counts, 0, 0.8));
    assertEquals(0.5, CoarseHistogram.quantile(counts, 0, 0.85));
    double p90 = CoarseHistogram.quantile(counts, 0, 0.9);
    assertTrue(Math.abs(p90 - 40) / 40 < 0.15, "p90 " + p90);
  }

  @Test
  void coarseHistogramIsWithinItsBucketWidth() {
    long[] counts = new long[CoarseHistogram.BUCKETS];
    for (int i = 1; i <= 1000; i++) {
      counts[CoarseHistogram.bucket(i)]++;
    }
    double p50 = CoarseHistogram.quantile(counts, 0, 0.5);
    assertTrue(Math.abs(p50 - 500) / 500 < 0.15, "p50 " + p50);
  }
}
