package org.chatplan.engine.centre;

import static org.chatplan.engine.centre.Pools.agent;
import static org.chatplan.engine.centre.Pools.router;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatplan.engine.model.Routing;
import org.junit.jupiter.api.Test;

/** Which agent gets a chat, across two sites, by hand (docs/model.md, "Routing"). */
class RouterTest {
  private static final int[] BOTH = {0, 1};

  @Test
  void longestIdleTakesTheAgentIdleLongestAtEitherSite() {
    AgentPool pool = new AgentPool(2, 2, 8);
    agent(pool, 0, 0, 5);
    int earlier = agent(pool, 1, 0, 3);
    agent(pool, 1, 1, 0); // busy with one chat: not idle, however long ago it got it
    assertEquals(earlier, router(Routing.LONGEST_IDLE, pool).pick(BOTH));
    AgentPool other = new AgentPool(2, 2, 8);
    int first = agent(other, 0, 0, 2);
    agent(other, 1, 0, 3);
    assertEquals(first, router(Routing.LONGEST_IDLE, other).pick(BOTH));
  }

  @Test
  void longestIdleWithNobodyIdlePicksAnAgentWithAFreeSlotAtRandom() {
    AgentPool pool = new AgentPool(2, 2, 8);
    int a = agent(pool, 0, 1, 0);
    int b = agent(pool, 1, 1, 7);
    Router r = router(Routing.LONGEST_IDLE, pool);
    int picksOfA = 0;
    int n = 4000;
    for (int i = 0; i < n; i++) {
      int p = r.pick(BOTH);
      assertTrue(p == a || p == b, "an agent with a free slot");
      picksOfA += p == a ? 1 : 0;
    }
    // uniform over the two agents with a free slot: 3.3 sd of Binomial(4000, 1/2)
    assertEquals(n / 2.0, picksOfA, 3.3 * Math.sqrt(n / 4.0));
  }

  @Test
  void leastBusyTakesTheLowestLoadThenTheEarliestAtThatLoad() {
    AgentPool pool = new AgentPool(2, 2, 8);
    agent(pool, 0, 1, 0);           // one chat since t = 0
    int idle = agent(pool, 1, 0, 9); // idle only since t = 9, but holds nothing
    assertEquals(idle, router(Routing.LEAST_BUSY, pool).pick(BOTH));
    AgentPool tie = new AgentPool(2, 2, 8);
    agent(tie, 0, 1, 4);
    int earlier = agent(tie, 1, 1, 2);
    assertEquals(earlier, router(Routing.LEAST_BUSY, tie).pick(BOTH));
    assertEquals(-1, router(Routing.LEAST_BUSY, new AgentPool(2, 2, 8)).pick(BOTH), "nobody on shift");
  }
}
