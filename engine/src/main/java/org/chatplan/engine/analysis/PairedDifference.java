package org.chatplan.engine.analysis;

import org.chatplan.engine.stats.MetricSummary;
import org.chatplan.engine.stats.Tally;

/**
 * How much a figure changes from a baseline to an alternative, measured on common random numbers.
 *
 * <p>With d_r = alternative_r - baseline_r for each replication r where both are defined, the
 * difference is mean(d) with the Student-t 95% half-width t(0.975, n - 1) * sd(d) / sqrt(n). Because
 * both runs of replication r see the same customers, d_r does not carry the customer-to-customer
 * noise the two share, and this interval is usually much narrower than the unpaired (Welch) one,
 * which is given beside it for comparison. It is exactly 0 when a scenario is compared with itself.
 *
 * @param baseline the baseline's summary over its replications
 * @param alternative the alternative's summary over its replications
 * @param mean mean of the per-replication differences (alternative minus baseline); NaN when no
 *     replication has both values
 * @param halfWidth paired 95% half-width; NaN when fewer than 2 pairs
 * @param n number of pairs used
 * @param unpairedHalfWidth Welch 95% half-width of the difference of means, as if the two runs were
 *     independent; NaN when either side has fewer than 2 values
 */
public record PairedDifference(MetricSummary baseline, MetricSummary alternative, double mean, double halfWidth,
    int n, double unpairedHalfWidth) {

  /**
   * Pairs {@code baseline[r]} with {@code alternative[r]}; replications where either is NaN (a
   * figure undefined in that run, e.g. ASA with nobody answered) are left out.
   *
   * @throws IllegalArgumentException when the arrays have different lengths (different replications)
   */
  public static PairedDifference of(double[] baseline, double[] alternative) {
    if (baseline.length != alternative.length) {
      throw new IllegalArgumentException("paired values need the same replications on both sides, got "
          + baseline.length + " and " + alternative.length + "; maybe the runs used different --replications?");
    }
    Tally d = new Tally();
    for (int r = 0; r < baseline.length; r++) {
      if (!Double.isNaN(baseline[r]) && !Double.isNaN(alternative[r])) {
        d.add(alternative[r] - baseline[r]);
      }
    }
    int n = (int) d.count();
    double mean = n == 0 ? Double.NaN : d.mean();
    double hw = n < 2 ? Double.NaN : MetricSummary.studentT975(n - 1) * Math.sqrt(Math.max(0, d.variance()) / n);
    return new PairedDifference(MetricSummary.of(baseline), MetricSummary.of(alternative), mean, hw, n,
        welchHalfWidth(baseline, alternative));
  }

  /**
   * True when the 95% interval excludes 0: the change is unlikely to be noise. False for an exact
   * zero difference, and when fewer than 2 pairs make the interval undefined.
   */
  public boolean significant() {
    return n >= 2 && !Double.isNaN(halfWidth) && Math.abs(mean) > halfWidth;
  }

  /** Lower end of the paired interval. */
  public double lower() {
    return mean - halfWidth;
  }

  /** Upper end of the paired interval. */
  public double upper() {
    return mean + halfWidth;
  }

  /**
   * Welch's half-width for mean(b) - mean(a) from two independent samples: t(0.975, nu) *
   * sqrt(va/na + vb/nb), with the Welch-Satterthwaite degrees of freedom nu. NaN values are skipped.
   */
  static double welchHalfWidth(double[] a, double[] b) {
    Tally ta = tally(a);
    Tally tb = tally(b);
    if (ta.count() < 2 || tb.count() < 2) {
      return Double.NaN;
    }
    double qa = Math.max(0, ta.variance()) / ta.count();
    double qb = Math.max(0, tb.variance()) / tb.count();
    double se2 = qa + qb;
    if (se2 == 0) {
      return 0;
    }
    double nu = se2 * se2 / (qa * qa / (ta.count() - 1) + qb * qb / (tb.count() - 1));
    return MetricSummary.studentT975(nu) * Math.sqrt(se2);
  }

  private static Tally tally(double[] values) {
    Tally t = new Tally();
    for (double v : values) {
      if (!Double.isNaN(v)) {
        t.add(v);
      }
    }
    return t;
  }
}
