package org.chatplan.engine.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.TDistribution;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.Tally;

/**
 * Statistical assertions with a stated false-alarm rate: a simulated mean must cover the exact
 * value within a 99.9% Student-t interval over replications. With about 110 such checks in the suite
 * the chance that a correct model trips one is about 10%; the seeds are fixed, so a pass is stable.
 */
final class Bands {
  static final double CONFIDENCE = 0.999;

  private Bands() {}

  /** Half-width of the 99.9% interval of the replication values of m. */
  static double halfWidth(ExperimentResult r, Metric m) {
    Tally t = new Tally();
    for (double v : r.values(m)) {
      t.add(v);
    }
    double q = TDistribution.of(t.count() - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    return q * Math.sqrt(t.variance() / t.count());
  }

  static double mean(ExperimentResult r, Metric m) {
    Tally t = new Tally();
    for (double v : r.values(m)) {
      t.add(v);
    }
    return t.mean();
  }

  /** Asserts that the 99.9% interval of m covers {@code exact}. */
  static void covers(String label, ExperimentResult r, Metric m, double exact) {
    covers(label, r, m, exact, 0);
  }

  /**
   * As {@link #covers(String, ExperimentResult, Metric, double)}, the interval widened by a stated
   * measurement resolution {@code resolution} (e.g. a histogram's precision).
   */
  static void covers(String label, ExperimentResult r, Metric m, double exact, double resolution) {
    double mean = mean(r, m);
    double hw = halfWidth(r, m) + resolution;
    assertTrue(Math.abs(mean - exact) <= hw, () -> String.format(
        "%s %s: simulated %.5f +/- %.5f (99.9%%) does not cover exact %.5f", label, m.key(), mean, hw, exact));
  }
}
