package org.chatplan.engine.centre;

import static org.chatplan.engine.centre.Pools.agent;
import static org.chatplan.engine.centre.Pools.router;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ties between sites: agents of two sites that reached a level at the same instant (shifts that
 * start on the same hour, the common case) go to the site listed first among the queue's eligible
 * sites (docs/model.md, "Routing"). Nothing pinned that before, so a flipped comparison moved chats
 * between sites unseen.
 */
class RouterTiesTest {
  /** Both routings, idle agents of two sites since the same instant: the order of the eligible sites decides. */
  @ParameterizedTest
  @EnumSource(Routing.class)
  void aTieGoesToTheSiteListedFirst(Routing routing) {
    AgentPool pool = new AgentPool(2, 2, 8);
    int atZero = agent(pool, 0, 0, 5);
    int atOne = agent(pool, 1, 0, 5);
    Router r = router(routing, pool);
    assertEquals(atZero, r.pick(new int[] {0, 1}));
    assertEquals(atOne, r.pick(new int[] {1, 0}), "the order of the eligible sites, not the site index");
  }

  /** Least-busy the same at load 1, once nobody is idle. */
  @Test
  void leastBusyGivesATieAtLoadOneToTheSiteListedFirst() {
    AgentPool busy = new AgentPool(2, 2, 8);
    int busyZero = agent(busy, 0, 1, 7);
    int busyOne = agent(busy, 1, 1, 7);
    Router rb = router(Routing.LEAST_BUSY, busy);
    assertEquals(busyZero, rb.pick(new int[] {0, 1}));
    assertEquals(busyOne, rb.pick(new int[] {1, 0}));
  }

  /**
   * Not a tie, but the same cross-site blind spot: with nobody idle, longest-idle counts the free
   * slots of every site. Here the only one is at site 1, so it is picked whatever the draw.
   */
  @Test
  void longestIdleFindsTheOnlyFreeSlotAtTheSecondSite() {
    AgentPool pool = new AgentPool(2, 2, 8);
    int b = agent(pool, 1, 1, 0);
    Router r = router(Routing.LONGEST_IDLE, pool);
    for (int i = 0; i < 20; i++) {
      assertEquals(b, r.pick(new int[] {0, 1}));
    }
  }

  /**
   * End to end: sites "a" and "b", one agent each around the clock, both idle since 0. The chat at
   * 100 is a tie and goes to "a", listed first.
   */
  @Test
  void bothRoutingsSendATiedChatToTheFirstSiteEndToEnd() {
    for (Routing routing : Routing.values()) {
      Agents agents = new Agents(Concurrency.linear(1), routing, null,
          List.of(Site.aroundTheClock("a", 1, 1, 10), Site.aroundTheClock("b", 1, 1, 10)));
      ReplicationResult rr = Scripted.build(Scripted.scenario(1, Scripted.topic(300), Scripted.region(null), agents))
          .at(100).result();
      assertEquals(1, rr.bySite().get("a").get(Metric.HANDLED), 0, routing.toString());
      assertEquals(0, rr.bySite().get("b").get(Metric.HANDLED), 0, routing.toString());
    }
  }
}
