package org.chatplan.engine.stats;

/** Count, mean and variance of observations by Welford's update; mergeable. */
public final class Tally {
  private long n;
  private double mean;
  private double m2;

  public void add(double x) {
    n++;
    double d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }

  /** Merges another tally into this one (Chan et al. parallel update). */
  public void combine(Tally o) {
    if (o.n == 0) {
      return;
    }
    long total = n + o.n;
    double d = o.mean - mean;
    mean += d * o.n / total;
    m2 += o.m2 + d * d * n * (double) o.n / total;
    n = total;
  }

  public long count() {
    return n;
  }

  /** Mean, or NaN with no observation. */
  public double mean() {
    return n == 0 ? Double.NaN : mean;
  }

  /** Sample variance (n - 1), or NaN below two observations. */
  public double variance() {
    return n < 2 ? Double.NaN : m2 / (n - 1);
  }
}
