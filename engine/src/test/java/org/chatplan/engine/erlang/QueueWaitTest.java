package org.chatplan.engine.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

class QueueWaitTest {

  @Test
  void poissonWindowMatchesThePmf() {
    for (double mean : new double[] {0.3, 7, 250, 12_345.6}) {
      double[] w = QueueWait.poissonWindow(mean);
      int first = (int) w[0];
      PoissonDistribution p = PoissonDistribution.of(mean);
      double sum = 0;
      for (int i = 1; i < w.length; i++) {
        sum += w[i];
        assertEquals(p.probability(first + i - 1), w[i], 1e-12 * Math.max(1, w[i]) + 1e-15, "mean " + mean);
      }
      assertEquals(1.0, sum, 1e-13);
      assertEquals(0, p.cumulativeProbability(first - 1), 1e-15);
    }
  }

  @Test
  void singlePhaseIsExponential() {
    // One arrival-state with nobody ahead: wait ~ Exp(s), own patience Exp(gamma).
    double s = 0.2;
    double g = 0.05;
    QueueWait w = new QueueWait(new double[] {1.0}, s, g);
    double t = 7;
    assertEquals(s / (s + g) * (1 - Math.exp(-(s + g) * t)), w.answeredWithin(t), 1e-13);
    assertEquals(Math.exp(-(s + g) * t), w.stillWaitingAt(t), 1e-13);
    assertEquals(Math.exp(-s * t), w.offeredWaitExceeds(t), 1e-13);
    assertEquals(s / (s + g), w.answeredAfterWaiting(), 1e-15);
    assertEquals(s / (s + g) / (s + g), w.waitOfAnsweredMass(), 1e-15);
    assertEquals(1 / (s + g), w.meanTimeInQueue(), 1e-15);
  }

  @Test
  void twoPhasesWithoutAbandonmentIsErlang() {
    // One ahead, gamma = 0: wait ~ Erlang(2, s), P(W <= t) = 1 - e^{-st}(1 + st).
    QueueWait w = new QueueWait(new double[] {0, 1.0}, 0.5, 0);
    assertEquals(1 - Math.exp(-1.5) * 2.5, w.answeredWithin(3), 1e-13);
    assertEquals(4.0, w.meanTimeInQueue(), 1e-13);
  }
}
