package org.chatplan.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

  @Test
  void handComputedPairedInterval() {
    // Differences 1, 2, 3, 2: mean 2, sample sd sqrt(2/3), t(0.975, 3) = 3.182446305284263
    // (R: qt(0.975, 3)), half-width 3.182446305284263 * sqrt(2/3) / 2 = 1.299243.
    PairedDifference d = PairedDifference.of(new double[] {10, 20, 30, 40}, new double[] {11, 22, 33, 42});
    assertEquals(2.0, d.mean(), 1e-15);
    assertEquals(4, d.n());
    assertEquals(3.182446305284263 * Math.sqrt(2.0 / 3) / 2, d.halfWidth(), 1e-12);
    assertTrue(d.significant());
    assertEquals(25.0, d.baseline().mean(), 1e-12);
    assertEquals(27.0, d.alternative().mean(), 1e-12);
  }

  @Test
  void welchIntervalMatchesTheFormula() {
    // a = 1, 2, 3 (var 1), b = 2, 4, 6, 8 (var 20/3): se^2 = 1/3 + 5/3 = 2, nu = 4 / ((1/9)/2 + (25/9)/3)
    // = 4 / (0.0555.. + 0.9259..) = 4.0755; t(0.975, 4.0755) from Commons Statistics.
    double hw = PairedDifference.welchHalfWidth(new double[] {1, 2, 3}, new double[] {2, 4, 6, 8});
    double nu = 4.0 / ((1.0 / 9) / 2 + (25.0 / 9) / 3);
    double t = org.apache.commons.statistics.distribution.TDistribution.of(nu).inverseCumulativeProbability(0.975);
    assertEquals(t * Math.sqrt(2), hw, 1e-12);
    assertTrue(t > 2.7 && t < 2.78, "t(0.975, ~4.08) is about 2.76, got " + t);
  }

  @Test
  void identicalRunsDifferByExactlyZeroAndAreNotSignificant() {
    double[] v = {0.81, 0.86, 0.79, 0.90};
    PairedDifference d = PairedDifference.of(v, v.clone());
    assertEquals(0.0, d.mean());
    assertEquals(0.0, d.halfWidth());
    assertFalse(d.significant());
  }

  @Test
  void aConstantShiftIsSignificantWithZeroWidth() {
    PairedDifference d = PairedDifference.of(new double[] {1, 5, 9}, new double[] {2, 6, 10});
    assertEquals(1.0, d.mean(), 1e-15);
    assertEquals(0.0, d.halfWidth(), 1e-15);
    assertTrue(d.significant());
    assertTrue(d.unpairedHalfWidth() > 5, "independent samples this spread cannot tell 1 apart from 0");
  }

  @Test
  void replicationsUndefinedOnEitherSideAreLeftOut() {
    PairedDifference d = PairedDifference.of(new double[] {1, Double.NaN, 3, 4}, new double[] {2, 5, Double.NaN, 6});
    assertEquals(2, d.n());
    assertEquals(1.5, d.mean(), 1e-15);
  }

  @Test
  void onePairHasNoIntervalAndIsNeverSignificant() {
    PairedDifference d = PairedDifference.of(new double[] {1}, new double[] {3});
    assertEquals(2.0, d.mean());
    assertTrue(Double.isNaN(d.halfWidth()));
    assertTrue(Double.isNaN(d.unpairedHalfWidth()));
    assertFalse(d.significant());
  }

  @Test
  void differentReplicationCountsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PairedDifference.of(new double[3], new double[4]));
    assertTrue(e.getMessage().contains("3 and 4"), e.getMessage());
  }
}
