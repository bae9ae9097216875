package org.chatplan.engine.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExactChatModelTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  private static ExactChatModel solve(int n, double[] tp, ChatRouting routing, double lambda, double h, double pat) {
    return ExactChatModel.solve(new ChatModelSpec(n, tp, routing, lambda, h, pat));
  }

  private static void assertSameAsErlangA(ErlangAResult a, ExactChatResult e) {
    assertEquals(a.probWait(), e.probWait(), 1e-9, "probWait");
    assertEquals(a.abandonRate(), e.abandonRate(), 1e-9, "abandonRate");
    assertEquals(a.meanQueueSeconds(), e.meanQueueSeconds(), 1e-9 * Math.max(1, a.meanQueueSeconds()), "queue");
    assertEquals(a.asaSeconds(), e.asaSeconds(), 1e-9 * Math.max(1, a.asaSeconds()), "asa");
    assertEquals(a.serviceLevel(), e.serviceLevel(), 1e-9, "serviceLevel");
    assertEquals(a.probWaitExceedsThreshold(), e.probWaitExceedsThreshold(), 1e-9, "probWaitExceeds");
    assertEquals(a.occupancy(), e.occupancy(), 1e-9, "occupancy");
  }

  /** A caller with a time limit interrupts the solver: it stops instead of sweeping on. */
  @Test
  void anInterruptedSolveStops() {
    Thread.currentThread().interrupt();
    try {
      assertThrows(java.util.concurrent.CancellationException.class,
          () -> solve(5, new double[] {1, 1.5}, ChatRouting.LEAST_BUSY, 0.02, 200, 60));
    } finally {
      Thread.interrupted(); // clear the flag for the other tests
    }
  }

  @Test
  void singleChatIsErlangA() {
    double[][] cases = {{5, 0.02, 200, 60}, {12, 0.04, 300, 120}, {20, 0.2, 120, 30}, {3, 0.05, 100, 40}};
    for (double[] k : cases) {
      int n = (int) k[0];
      ExactChatResult e = solve(n, new double[] {1}, ChatRouting.LEAST_BUSY, k[1], k[2], k[3]).result(20);
      assertSameAsErlangA(ErlangA.of(n, k[1], k[2], k[3], 20), e);
      assertEquals(e.occupancy(), e.utilisation(), 1e-12);
    }
  }

  @Test
  void singleChatWithoutPatienceIsErlangC() {
    ExactChatResult e = solve(14, new double[] {1}, ChatRouting.RANDOM_FREE_SLOT, 100.0 / 1800, 180, INF).result(20);
    ErlangCResult c = ErlangC.of(14, 100.0 / 1800, 180, 20);
    assertEquals(c.probWait(), e.probWait(), 1e-9);
    assertEquals(c.serviceLevel(), e.serviceLevel(), 1e-9);
    assertEquals(c.asaSeconds(), e.asaSeconds(), 1e-8);
    assertEquals(c.occupancy(), e.occupancy(), 1e-9);
    assertEquals(0.0, e.abandonRate());
  }

  @Test
  void linearThroughputIsErlangAWithNcServers() {
    // throughput(k) = k: chats-in-service is a birth-death chain with death rate (chats) mu whatever
    // the routing, so the system is M/M/(N c)+M.
    for (ChatRouting routing : ChatRouting.values()) {
      for (int c = 2; c <= 4; c++) {
        double[] tp = new double[c];
        for (int k = 1; k <= c; k++) {
          tp[k - 1] = k;
        }
        ExactChatResult e = solve(4, tp, routing, 0.03 * c, 100, 50).result(15);
        assertSameAsErlangA(ErlangA.of(4 * c, 0.03 * c, 100, 50, 15), e);
        ExactChatResult noPatience = solve(3, tp, routing, 0.025 * c, 100, INF).result(15);
        assertSameAsErlangA(ErlangA.of(3 * c, 0.025 * c, 100, INF, 15), noPatience);
      }
    }
  }

  /**
   * N = 1, c = 2, throughput [1, 1.6], mu = 0.01/s, lambda = 0.008/s, no abandonment. With n chats in
   * the system (n <= 2 in service, n - 2 queued) the chain is birth-death; cut equations between n
   * and n + 1 give: lambda pi0 = mu pi1 -> pi1 = 0.8 pi0; lambda pi1 = 1.6 mu pi2 -> pi2 = 0.4 pi0;
   * lambda pi(2+q-1) = 1.6 mu pi(2+q) -> ratio 0.5 per queued chat. Sum: pi0 (1 + 0.8 + 0.4 * 2) = 1.
   */
  @Test
  void oneAgentTwoChatsByHand() {
    ExactChatModel model = solve(1, new double[] {1, 1.6}, ChatRouting.LEAST_BUSY, 0.008, 100, INF);
    double pi0 = 1 / 2.6;
    assertEquals(pi0, model.probability(new int[] {1, 0, 0}, 0), 1e-12);
    assertEquals(0.8 * pi0, model.probability(new int[] {0, 1, 0}, 0), 1e-12);
    assertEquals(0.4 * pi0, model.probability(new int[] {0, 0, 1}, 0), 1e-12);
    assertEquals(0.4 * pi0 * 0.125, model.probability(new int[] {0, 0, 1}, 3), 1e-12);
    assertEquals(0.0, model.probability(new int[] {0, 1, 0}, 1)); // no queue below the cap
    ExactChatResult r = model.result(20);
    double pWait = 0.8 * pi0; // pi2 * (1 + 0.5 + 0.25 + ...)
    assertEquals(pWait, r.probWait(), 1e-12);
    // E[q] = pi2 * sum q 0.5^q = 2 pi2; mean wait E[q] / lambda.
    assertEquals(0.8 * pi0 / 0.008, r.meanQueueSeconds(), 1e-9);
    assertEquals(0.8 * pi0 / 0.008, r.asaSeconds(), 1e-9);
    // With k ahead the wait is Erlang(k + 1, 0.016); geometric(1/2) odds over k make it Exp(0.008).
    assertEquals(1 - pWait * Math.exp(-0.008 * 20), r.serviceLevel(), 1e-10);
    assertEquals(pWait * Math.exp(-0.008 * 20), r.probWaitExceedsThreshold(), 1e-10);
    assertEquals(2.4 * pi0, r.meanChatsInService(), 1e-12); // pi1 + 2 P(n >= 2)
    assertEquals(1.2 * pi0, r.occupancy(), 1e-12);
    assertEquals(1.6 * pi0, r.utilisation(), 1e-12);
    assertEquals(1.5, r.meanConcurrency(), 1e-12);
  }

  @Test
  void probabilitiesSumToOneAndFlowsBalance() {
    double[] tp = {1, 1.7, 2.2, 2.5};
    for (ChatRouting routing : ChatRouting.values()) {
      ExactChatModel model = solve(5, tp, routing, 0.08, 120, 45);
      ExactChatResult r = model.result(30);
      double total = 0;
      List<int[]> levels = LevelStates.of(5, 4);
      for (int[] m : levels) {
        for (int q = 0; q <= r.queueStates(); q++) {
          total += model.probability(m, q);
        }
      }
      assertEquals(1.0, total, 1e-12);
      assertEquals(levels.size(), r.levelStates());
      // Completed chats per second = arrivals that did not abandon.
      assertEquals(0.08 * (1 - r.abandonRate()), model.completionRatePerSecond(), 1e-12);
      // Little's law on the queue: E[q] / lambda = the tagged customer's expected time in queue.
      assertEquals(r.meanQueueSeconds(), model.meanTimeInQueueTagged(), 1e-9);
      assertEquals(r.meanChatsInService() / (5 * 4), r.occupancy(), 1e-15);
      assertEquals(r.meanChatsInService() / (5 * r.utilisation()), r.meanConcurrency(), 1e-12);
      assertTrue(r.serviceLevel() <= 1 - r.abandonRate() + 1e-15);
    }
  }


  @Test
  void routingMattersWithConcaveThroughput() {
    double[] tp = {1, 1.5, 1.8};
    ExactChatResult least = solve(6, tp, ChatRouting.LEAST_BUSY, 0.12, 100, 60).result(20);
    ExactChatResult random = solve(6, tp, ChatRouting.RANDOM_FREE_SLOT, 0.12, 100, 60).result(20);
    // Spreading chats keeps agents on the steep part of the curve: more capacity, fewer waits.
    assertTrue(least.probWait() < random.probWait());
    assertTrue(least.utilisation() > random.utilisation());
    assertTrue(least.meanConcurrency() < random.meanConcurrency());
  }

  @Test
  void naiveShortcut() {
    double[] linear = {1, 2, 3};
    ChatModelSpec spec = new ChatModelSpec(4, linear, ChatRouting.LEAST_BUSY, 0.09, 100, 50);
    assertSameAsErlangA(ExactChatModel.naiveShortcut(spec, 20), ExactChatModel.solve(spec).result(20));
    // Concave curve: the shortcut runs every chat at throughput(c)/c, so it overstates the load.
    ChatModelSpec concave = new ChatModelSpec(4, new double[] {1, 1.5, 1.8}, ChatRouting.LEAST_BUSY, 0.06, 100, 50);
    ErlangAResult shortcut = ExactChatModel.naiveShortcut(concave, 20);
    ExactChatResult exact = ExactChatModel.solve(concave).result(20);
    assertEquals(12, shortcut.agents());
    assertEquals(100 * 3 / 1.8, shortcut.meanHandleSeconds(), 1e-12);
    assertTrue(shortcut.probWait() > exact.probWait());
    assertTrue(shortcut.serviceLevel() < exact.serviceLevel());
  }

  @Test
  void rejectsUnstableAndOversizedSystems() {
    // N mu throughput(c) = 2 * 0.01 * 1.6 = 0.032 < lambda with nobody abandoning.
    assertThrows(IllegalArgumentException.class,
        () -> solve(2, new double[] {1, 1.6}, ChatRouting.LEAST_BUSY, 0.04, 100, INF));
    assertThrows(IllegalArgumentException.class,
        () -> solve(200, new double[] {1, 2, 3, 4, 5, 6}, ChatRouting.LEAST_BUSY, 1, 100, 60));
    assertThrows(IllegalArgumentException.class,
        () -> new ChatModelSpec(2, new double[7], ChatRouting.LEAST_BUSY, 0.01, 100, 60));
    // Overload with patience is fine: abandonment absorbs the excess.
    ExactChatResult over = solve(2, new double[] {1, 1.6}, ChatRouting.LEAST_BUSY, 0.04, 100, 60).result(20);
    assertTrue(over.abandonRate() > 0.2 && over.abandonRate() < 1);
  }

  @Test
  void mediumSystemsSolveQuickly() {
    double[][] curves = {{1, 1.6, 2.0}, {1, 1.7, 2.2, 2.5, 2.7, 2.8}, {1, 1.8}, {1}};
    int[] agents = {20, 10, 30, 60};
    for (int i = 0; i < curves.length; i++) {
      int n = agents[i];
      double[] tp = curves[i];
      double lambda = 0.85 * n * tp[tp.length - 1] / 180;
      for (ChatRouting routing : ChatRouting.values()) {
        long start = System.nanoTime();
        ExactChatResult r = solve(n, tp, routing, lambda, 180, 90).result(30);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 2.0, "N=" + n + " c=" + tp.length + " took " + seconds + " s");
        assertTrue(r.probWait() > 0 && r.probWait() < 1 && r.serviceLevel() > 0 && r.serviceLevel() < 1);
      }
    }
  }

  @Test
  void noArrivals() {
    ExactChatResult r = solve(3, new double[] {1, 1.5}, ChatRouting.RANDOM_FREE_SLOT, 0, 100, 60).result(20);
    assertEquals(0.0, r.probWait());
    assertEquals(1.0, r.serviceLevel());
    assertEquals(0.0, r.meanConcurrency());
  }
}
