package org.chatplan.engine.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangCTest {

  @Test
  void callCentreHelperWorkedExample() {
    // Call Centre Helper, "Erlang C Formula - Made Simple with an Easy Worked Example": 100 calls in
    // 30 minutes, 180 s AHT (10 Erlangs), 80/20 target; with 14 agents the article gets P(wait)
    // 0.1741 and service level 88.8%, and 14 is its answer for 80/20. The rows for 11 and 13 agents
    // and the ASA are exact values recomputed with mpmath (11: 0.68212, 39.0%; 13: 79.6%; ASA 7.836 s).
    double lambda = 100.0 / 1800;
    ErlangCResult r = ErlangC.of(14, lambda, 180, 20);
    assertEquals(0.1741, r.probWait(), 5e-5);
    assertEquals(0.888, r.serviceLevel(), 5e-4);
    assertEquals(7.836, r.asaSeconds(), 5e-4);
    assertEquals(10.0 / 14, r.occupancy(), 1e-12);
    assertEquals(0.6821, ErlangC.of(11, lambda, 180, 20).probWait(), 5e-5);
    assertEquals(0.390, ErlangC.of(11, lambda, 180, 20).serviceLevel(), 5e-4);
    assertEquals(0.796, ErlangC.of(13, lambda, 180, 20).serviceLevel(), 5e-4);
    assertEquals(14, ErlangC.minAgents(lambda, 180, 0.80, 20));
  }

  @Test
  void westbayWorkedExample() {
    // Worked example of the Westbay Engineers "Erlang-C formula" page: 360 calls per half hour,
    // 240 s duration (48 Erlangs), 55 agents, 15 s target; it reports roughly 24% waiting, ASA about
    // 8 s and a service level near 85%. Exact values (mpmath, 40 digits): 0.23870094, 8.1840321 s,
    // 0.84588309 -- asserted here to full precision.
    ErlangCResult r = ErlangC.of(55, 360.0 / 1800, 240, 15);
    assertEquals(0.2387009363780092, r.probWait(), 1e-12);
    assertEquals(8.184032104388887, r.asaSeconds(), 1e-9);
    assertEquals(0.8458830921705803, r.serviceLevel(), 1e-12);
    assertEquals(48.0 / 55, r.occupancy(), 1e-12);
  }

  @Test
  void standardTableValue() {
    // C(10, 8) = 0.4092 as printed in Erlang C (M/M/c delay probability) tables; exact
    // 0.409180150796444 recomputed with mpmath.
    assertEquals(0.40918015079644353, ErlangC.probWait(10, 8), 1e-13);
  }

  @Test
  void singleServerIsMm1() {
    // M/M/1 textbook closed forms: P(wait) = rho, W_q = rho / (mu - lambda), P(W > t) = rho e^{-(mu-lambda)t}.
    double lambda = 0.7;
    ErlangCResult r = ErlangC.of(1, lambda, 1.0, 2.0);
    assertEquals(0.7, r.probWait(), 1e-14);
    assertEquals(0.7 / 0.3, r.asaSeconds(), 1e-12);
    assertEquals(1 - 0.7 * Math.exp(-0.6), r.serviceLevel(), 1e-14);
    assertEquals(lambda * 0.7 / 0.3, r.meanQueueLength(), 1e-12); // L_q = rho^2 / (1 - rho)
  }

  @Test
  void waitQuantileInvertsTheServiceLevel() {
    ErlangCResult r = ErlangC.of(14, 100.0 / 1800, 180, 20);
    assertEquals(0.0, r.waitQuantileSeconds(0.5));
    assertEquals(0.0, r.waitQuantileSeconds(1 - r.probWait()));
    for (double p : new double[] {0.85, 0.9, 0.95, 0.99}) {
      double w = r.waitQuantileSeconds(p);
      assertTrue(w > 0);
      assertEquals(p, r.serviceLevelWithin(w), 1e-12);
    }
    assertEquals(Double.POSITIVE_INFINITY, r.waitQuantileSeconds(1.0));
    assertEquals(r.serviceLevel(), r.serviceLevelWithin(20), 1e-15);
  }

  @Test
  void unstableLoadIsExplicit() {
    ErlangCResult r = ErlangC.of(10, 10.0 / 60, 60, 20); // a = 10 = N
    assertEquals(1.0, r.probWait());
    assertEquals(Double.POSITIVE_INFINITY, r.asaSeconds());
    assertEquals(Double.POSITIVE_INFINITY, r.meanQueueSeconds());
    assertEquals(0.0, r.serviceLevel());
    assertEquals(1.0, r.occupancy());
    assertEquals(Double.POSITIVE_INFINITY, r.waitQuantileSeconds(0.5));
    assertEquals(1.0, r.probWaitExceeds(1000));
  }

  @Test
  void fiveThousandAgentsStaySane() {
    // C(5000, 4900) = 0.0999378772344877 (mpmath, 60 digits).
    ErlangCResult r = ErlangC.of(5000, 4900.0 / 180, 180, 20);
    assertEquals(0.0999378772344877, r.probWait(), 1e-12);
    assertTrue(Double.isFinite(r.asaSeconds()) && r.asaSeconds() > 0);
    assertTrue(r.serviceLevel() > 0.9 && r.serviceLevel() < 1);
    assertEquals(0.98, r.occupancy(), 1e-12);
    int n = ErlangC.minAgents(4900.0 / 180, 180, 0.8, 20);
    assertTrue(n > 4900 && n <= 5000);
    assertTrue(ErlangC.of(n, 4900.0 / 180, 180, 20).serviceLevel() >= 0.8);
    assertTrue(ErlangC.of(n - 1, 4900.0 / 180, 180, 20).serviceLevel() < 0.8);
  }

  @Test
  void minAgentsHonoursAsaCap() {
    double lambda = 100.0 / 1800;
    // 14 agents give ASA 7.84 s, 15 give 3.67 s (mpmath): an ASA cap of 5 s needs 15.
    assertEquals(15, ErlangC.minAgents(lambda, 180, 0.8, 20, 5.0));
    assertEquals(14, ErlangC.minAgents(lambda, 180, 0.8, 20, 8.0));
    assertEquals(0, ErlangC.minAgents(0, 180, 0.8, 20));
    // SL 1 is reached only once C(N, a) underflows below double resolution; that N is still finite.
    int all = ErlangC.minAgents(lambda, 180, 1.0, 20);
    assertEquals(1.0, ErlangC.of(all, lambda, 180, 20).serviceLevel());
    assertThrows(IllegalArgumentException.class, () -> ErlangC.minAgents(lambda, 180, 1.5, 20));
  }

  @Test
  void noArrivalsMeansNoWait() {
    ErlangCResult r = ErlangC.of(3, 0, 180, 20);
    assertEquals(0.0, r.probWait());
    assertEquals(0.0, r.asaSeconds());
    assertEquals(1.0, r.serviceLevel());
    assertEquals(0.0, r.occupancy());
  }
}
