package org.chatplan.engine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatplan.engine.centre.Textbook;
import org.chatplan.engine.erlang.ChatModelSpec;
import org.chatplan.engine.erlang.ChatRouting;
import org.chatplan.engine.erlang.ErlangA;
import org.chatplan.engine.erlang.ExactChatModel;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Targets;
import org.junit.jupiter.api.Test;

class AnalyticStaffingTest {
  private static final Targets TARGETS = new Targets(0.8, 20, 0.05);

  /** Flat M/M/N+M: the planner's start in every interval is exactly Erlang A's minimum. */
  @Test
  void analyticStartIsErlangAForAFlatTextbookQueue() {
    Scenario s = Textbook.queue(2.5, 240, 180, 10, 1, 1, 7L);
    int expected = ErlangA.minAgents(2.5 / 60, 240, 180, 0.8, 20, 0.05);
    int[][] start = new StaffingPlanner(s).analyticStart();
    assertEquals(1, start.length);
    assertEquals(s.calendar().intervals(), start[0].length);
    for (int i = 0; i < start[0].length; i++) {
      assertEquals(expected, start[0][i], "interval " + i);
    }
    assertEquals(new AnalyticStaffing.Answer(expected, AnalyticStaffing.Model.ERLANG_A),
        AnalyticStaffing.minAgents(2.5 / 60, 240, 180, Concurrency.linear(1), 1, Routing.LEAST_BUSY, TARGETS));
  }

  /** Several chats per agent: the answer meets the targets in the exact chain and one agent fewer does not. */
  @Test
  void concurrentChatsUseTheExactChainAndAreMinimal() {
    Concurrency curve = Concurrency.slowdown(2, 0.15, 3, 0);
    double lambda = 3.0 / 60;
    AnalyticStaffing.Answer a = AnalyticStaffing.minAgents(lambda, 480, 240, curve, 3, Routing.LEAST_BUSY, TARGETS);
    assertEquals(AnalyticStaffing.Model.EXACT_CHAT, a.model());
    assertTrue(meets(a.agents(), curve.throughput(), lambda), "meets at " + a.agents());
    assertFalse(meets(a.agents() - 1, curve.throughput(), lambda), "misses at " + (a.agents() - 1));
    int slots = ErlangA.minAgents(lambda, 480 * 3 / curve.throughputAt(3), 240, 0.8, 20, 0.05);
    assertTrue(a.agents() <= (slots + 2) / 3, "no more than the N c slots shortcut");
  }

  @Test
  void nothingArrivingNeedsNobody() {
    assertEquals(0, AnalyticStaffing.minAgents(0, 300, 60, Concurrency.linear(2), 2, Routing.LEAST_BUSY, TARGETS)
        .agents());
  }

  private static boolean meets(int n, double[] curve, double lambda) {
    ExactChatModel m = ExactChatModel.solve(new ChatModelSpec(n, curve, ChatRouting.LEAST_BUSY, lambda, 480, 240));
    return m.serviceLevel(20) >= 0.8 && m.abandonRate() <= 0.05;
  }
}
