package org.chatplan.engine.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Gamma;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

class ErlangATest {

  /**
   * References computed independently with mpmath at 60 digits (script in docs/erlang.md): the
   * birth-death distribution summed directly, and the service level from the closed-form
   * hypoexponential CDF (partial fractions are exact at that precision) times P(answered | k).
   */
  @Test
  void matchesHighPrecisionReference() {
    ErlangAResult r = ErlangA.of(12, 0.04, 300, 120, 30);
    assertEquals(0.437036450389192, r.probWait(), 1e-12);
    assertEquals(0.13948297155329, r.abandonRate(), 1e-12);
    assertEquals(14.0097619070095, r.asaSeconds(), 1e-9);
    assertEquals(16.7379565863947, r.meanQueueSeconds(), 1e-9);
    assertEquals(0.704781036412382, r.serviceLevel(), 1e-9);
    assertEquals(0.215891218785571, r.probWaitExceedsThreshold(), 1e-9);
    assertEquals(0.86051702844671, r.occupancy(), 1e-12);

    ErlangAResult small = ErlangA.of(3, 1.0 / 60, 120, 90, 20);
    assertEquals(0.310022131939098, small.probWait(), 1e-12);
    assertEquals(0.120980081254812, small.abandonRate(), 1e-12);
    assertEquals(7.84291345058087, small.asaSeconds(), 1e-9);
    assertEquals(0.765397977798619, small.serviceLevel(), 1e-9);
    assertEquals(0.181145260681655, small.probWaitExceedsThreshold(), 1e-9);

    ErlangAResult mid = ErlangA.of(50, 0.5, 100, 60, 20);
    assertEquals(0.457965488953585, mid.probWait(), 1e-12);
    assertEquals(0.0634468513168732, mid.abandonRate(), 1e-12);
    assertEquals(3.60108516309383, mid.asaSeconds(), 1e-9);
    assertEquals(0.909070626042425, mid.serviceLevel(), 1e-9);
    assertEquals(0.0298772292128651, mid.probWaitExceedsThreshold(), 1e-9);
  }

  /** Palm's closed form via the incomplete gamma function (Mandelbaum and Zeltyn 2007, eq. for A(x, y)). */
  @Test
  void matchesPalmClosedForm() {
    int n = 20;
    double lambda = 0.11;
    double h = 180;
    double patience = 100;
    double gamma = 1 / patience;
    double x = lambda / gamma;
    double y = n / h / gamma;
    // S = sum_k prod_{j<=k} lambda / (N mu + j gamma) = Gamma(y+1) x^-y e^x P(y, x).
    double s = Math.exp(Gamma.logGamma(y + 1) - y * Math.log(x) + x) * Gamma.regularizedGammaP(y, x);
    double b = ErlangB.blocking(n, lambda * h);
    double pWait = s / (1 / b - 1 + s);
    double rho = lambda * h / n;
    double pAbandon = pWait * (1 - 1 / rho + 1 / (rho * s));
    ErlangA model = ErlangA.solve(n, lambda, h, patience);
    assertEquals(pWait, model.result(20).probWait(), 1e-10);
    assertEquals(pAbandon, model.abandonRate(), 1e-10);
  }

  @Test
  void patienceEqualToHandleTimeGivesPoissonOccupancy() {
    // gamma = mu: every customer in the system leaves at rate mu whether served or waiting, so the
    // number in system is that of M/M/infinity, Poisson(a) exactly.
    int n = 10;
    double a = 8;
    double h = 100;
    ErlangA model = ErlangA.solve(n, a / h, h, h);
    PoissonDistribution poisson = PoissonDistribution.of(a);
    double excess = 0;
    double busy = 0;
    for (int k = 0; k <= 200; k++) {
      excess += Math.max(k - n, 0) * poisson.probability(k);
      busy += Math.min(k, n) * poisson.probability(k);
      assertEquals(poisson.probability(k), model.probInSystem(k), 1e-14, "k=" + k);
    }
    ErlangAResult r = model.result(20);
    assertEquals(poisson.survivalProbability(n - 1), r.probWait(), 1e-13);
    assertEquals(excess / a, r.abandonRate(), 1e-13);
    assertEquals(busy / n, r.occupancy(), 1e-13);
  }

  @Test
  void vanishingAbandonmentApproachesErlangC() {
    double lambda = 100.0 / 1800;
    ErlangCResult c = ErlangC.of(14, lambda, 180, 20);
    ErlangAResult nearly = ErlangA.of(14, lambda, 180, 1e9, 20);
    assertEquals(c.probWait(), nearly.probWait(), 1e-6);
    assertEquals(c.serviceLevel(), nearly.serviceLevel(), 1e-6);
    assertEquals(c.asaSeconds(), nearly.asaSeconds(), 1e-4);
    assertTrue(nearly.abandonRate() < 1e-6);
    ErlangAResult never = ErlangA.of(14, lambda, 180, Double.POSITIVE_INFINITY, 20);
    assertEquals(c.probWait(), never.probWait(), 1e-12);
    assertEquals(c.serviceLevel(), never.serviceLevel(), 1e-10);
    assertEquals(c.asaSeconds(), never.asaSeconds(), 1e-9);
    assertEquals(c.probWaitExceeds(20), never.probWaitExceedsThreshold(), 1e-10);
    assertEquals(0.0, never.abandonRate());
  }

  @Test
  void serviceLevelMatchesIndependentOdeIntegration() {
    // Backward equations of the tagged customer, u_i(t) = P(answered by t | i ahead):
    // u_i' = (N mu + i gamma)(u_{i-1} - u_i) - gamma u_i, u_{-1} = 1, integrated by RK4.
    int n = 8;
    double lambda = 0.05;
    double h = 150;
    double patience = 45;
    double t = 25;
    ErlangA model = ErlangA.solve(n, lambda, h, patience);
    int k = model.truncation() - n + 1;
    double s = n / h;
    double g = 1 / patience;
    double[] u = new double[k];
    int steps = 25_000;
    double dt = t / steps;
    for (int step = 0; step < steps; step++) {
      double[] k1 = rhs(u, s, g);
      double[] k2 = rhs(axpy(u, k1, dt / 2), s, g);
      double[] k3 = rhs(axpy(u, k2, dt / 2), s, g);
      double[] k4 = rhs(axpy(u, k3, dt), s, g);
      for (int i = 0; i < k; i++) {
        u[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
      }
    }
    double sl = 0;
    for (int i = 0; i < n; i++) {
      sl += model.probInSystem(i);
    }
    for (int i = 0; i < k; i++) {
      sl += model.probInSystem(n + i) * u[i];
    }
    assertEquals(sl, model.serviceLevel(t), 1e-9);
  }

  private static double[] rhs(double[] u, double s, double g) {
    double[] d = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      double next = i == 0 ? 1 : u[i - 1];
      d[i] = (s + i * g) * (next - u[i]) - g * u[i];
    }
    return d;
  }

  private static double[] axpy(double[] u, double[] d, double a) {
    double[] out = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      out[i] = u[i] + a * d[i];
    }
    return out;
  }

  @Test
  void internalIdentitiesHold() {
    ErlangA model = ErlangA.solve(9, 0.06, 160, 70);
    ErlangAResult r = model.result(15);
    double sum = 0;
    for (int i = 0; i <= model.truncation(); i++) {
      sum += model.probInSystem(i);
    }
    assertEquals(1.0, sum, 1e-13);
    // P(answered) two ways: flow balance gamma E[Q] and the tagged customer's success odds.
    assertEquals(1 - r.abandonRate(), model.answeredFraction(), 1e-12);
    // Little's law: mean time in queue E[Q] / lambda against the tagged customer's expected sojourn.
    assertEquals(r.meanQueueSeconds(), model.meanTimeInQueueTagged(), 1e-9);
    // Served throughput mu E[busy] equals lambda (1 - P(abandon)).
    assertEquals(0.06 * (1 - r.abandonRate()), r.occupancy() * 9 / 160, 1e-13);
    assertEquals(1 - r.probWait(), model.serviceLevel(0), 1e-15);
    assertEquals(r.probWait(), model.probWaitExceeds(0), 1e-15);
    assertEquals(r.probWait(), model.probOfferedWaitExceeds(0), 1e-15);
    assertEquals(1 - r.abandonRate(), model.serviceLevel(1e5), 1e-12);
    assertEquals(0.0, model.probWaitExceeds(1e5), 1e-15);
    // Still in queue at t = offered wait beyond t and own patience beyond t.
    assertEquals(model.probOfferedWaitExceeds(40) * Math.exp(-40 / 70.0), model.probWaitExceeds(40), 1e-12);
  }

  @Test
  void fiveThousandAgentsStaySane() {
    double lambda = 4900.0 / 180;
    ErlangAResult r = ErlangA.of(5000, lambda, 180, 60, 20);
    assertTrue(r.probWait() > 0 && r.probWait() < ErlangC.probWait(5000, 4900));
    assertTrue(r.abandonRate() > 0 && r.abandonRate() < 0.01);
    assertTrue(Double.isFinite(r.asaSeconds()) && r.asaSeconds() >= 0 && r.asaSeconds() < 1);
    assertTrue(r.serviceLevel() > 0.95 && r.serviceLevel() <= 1);
    assertTrue(r.occupancy() > 0.97 && r.occupancy() < 0.98);
    // Overload beyond the agents: abandonment absorbs the excess, values stay finite.
    ErlangAResult over = ErlangA.of(5000, 6000.0 / 180, 180, 60, 20);
    assertTrue(over.abandonRate() > 1 - 5000.0 / 6000 - 1e-3 && over.abandonRate() < 0.2);
    assertTrue(Double.isFinite(over.asaSeconds()) && over.serviceLevel() >= 0 && over.occupancy() <= 1);
  }

  @Test
  void minAgentsIsTheBoundary() {
    double lambda = 100.0 / 1800;
    int n = ErlangA.minAgents(lambda, 180, 120, 0.8, 20, 0.05);
    ErlangA at = ErlangA.solve(n, lambda, 180, 120);
    ErlangA below = ErlangA.solve(n - 1, lambda, 180, 120);
    assertTrue(at.serviceLevel(20) >= 0.8 && at.abandonRate() <= 0.05);
    assertTrue(below.serviceLevel(20) < 0.8 || below.abandonRate() > 0.05);
    // Abandonment helps the service level: Erlang A never needs more agents than Erlang C (14).
    assertTrue(n <= 14);
    int big = ErlangA.minAgents(4900.0 / 180, 180, 60, 0.8, 20, 0.05);
    assertTrue(big > 4500 && big <= 5000); // 4656: patience 60 s makes SL cheap
    assertEquals(0, ErlangA.minAgents(0, 180, 60, 0.8, 20, 0.05));
  }

  @Test
  void unstableWithoutPatienceIsExplicit() {
    ErlangAResult r = ErlangA.of(10, 10.0 / 60, 60, Double.POSITIVE_INFINITY, 20);
    assertEquals(1.0, r.probWait());
    assertEquals(Double.POSITIVE_INFINITY, r.asaSeconds());
    assertEquals(0.0, r.serviceLevel());
    assertThrows(IllegalArgumentException.class, () -> ErlangA.solve(10, 10.0 / 60, 60, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> ErlangA.solve(10, 0.1, 60, 0));
  }

  @Test
  void noArrivals() {
    ErlangAResult r = ErlangA.of(4, 0, 180, 60, 20);
    assertEquals(0.0, r.probWait());
    assertEquals(0.0, r.abandonRate());
    assertEquals(0.0, r.asaSeconds());
    assertEquals(1.0, r.serviceLevel());
    assertEquals(0.0, r.occupancy());
  }
}
