package org.chatplan.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationModelTest {

  /**
   * Erlang by cv, from a few phases (summed) to a million (drawn as a gamma) and 10^12 (a cv of 1e-6:
   * the phase count once overflowed an int and the model silently became exponential). Bands: 5
   * standard errors of the sample mean, and of the sample variance of a gamma (excess kurtosis 6/k).
   */
  @ParameterizedTest
  @CsvSource({"0.5, 4", "0.05, 400", "0.001, 1000000", "0.000001, 1000000000000"})
  void erlangHasTheMeanAndCvAskedFor(double cv, long phases) {
    DurationModel m = DurationModel.of("erlang", 480, cv);
    assertEquals(phases, assertInstanceOf(DurationModel.Erlang.class, m).phases());
    assertEquals(cv, m.cv(), cv * 1e-9);
    ContinuousSampler s = m.sampler(RandomSource.XO_SHI_RO_256_PP.create(20271124L));
    int n = 100_000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double x = s.sample();
      assertTrue(x > 0);
      double d = x - 480; // centred: at cv 1e-6 raw squares would cancel to noise
      sum += d;
      sumSq += d * d;
    }
    double mean = 480 + sum / n;
    double var = (sumSq - sum * sum / n) / (n - 1);
    double sd = cv * 480;
    assertEquals(480, mean, 5 * sd / Math.sqrt(n));
    double varSe = sd * sd * Math.sqrt(2.0 / (n - 1) + 6.0 / phases / n);
    assertEquals(sd * sd, var, 5 * varSe);
  }
}
