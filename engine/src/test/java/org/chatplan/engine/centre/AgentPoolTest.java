package org.chatplan.engine.centre;

import static org.chatplan.engine.centre.Pools.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The agent pool by hand: its per-(site, level) FIFO lists, processor sharing in virtual time, the
 * chat due first after a release, and growth past the initial capacity.
 */
class AgentPoolTest {
  /** Per-chat rates of a two-slot agent at throughput 1, 1.5: 1 alone, 0.75 each with two. */
  private static final double[] SHARED = {0, 1, 0.75};
  /** Linear throughput: every chat progresses at 1 whatever the load. */
  private static final double[] LINEAR = {0, 1, 1, 1, 1};

  /**
   * Each (site, level) has its own list and count: site 1 must not read site 0's (a wrong key
   * went unnoticed because every engine scenario but one has one site), and removals from the
   * head, middle and tail keep the links.
   */
  @Test
  void listsAreFifoPerSiteAndLevelAndKeepTheirLinksOnRemoval() {
    AgentPool pool = new AgentPool(2, 2, 8);
    int a0 = agent(pool, 0, 0, 1);
    int a1 = agent(pool, 0, 0, 2);
    int a2 = agent(pool, 0, 0, 3);
    int b0 = agent(pool, 1, 0, 4);
    int b1 = agent(pool, 1, 1, 5);
    int c = agent(pool, 0, 1, 6);
    assertEquals(3, pool.count(0, 0));
    assertEquals(1, pool.count(0, 1));
    assertEquals(1, pool.count(1, 0));
    assertEquals(1, pool.count(1, 1));
    assertEquals(0, pool.count(1, 2));
    assertEquals(c, pool.head(0, 1));
    assertEquals(b0, pool.head(1, 0));
    assertEquals(b1, pool.head(1, 1));
    assertEquals(-1, pool.head(0, 2));
    assertEquals(a2, pool.nth(0, 0, 2));

    pool.delist(a1); // middle
    assertEquals(a2, pool.nth(0, 0, 1));
    pool.delist(a0); // head
    assertEquals(a2, pool.head(0, 0));
    pool.enlist(a0, 10); // back at the tail, entered at 10
    assertEquals(a0, pool.nth(0, 0, 1));
    assertEquals(10, pool.enteredLevel[a0]);
    pool.delist(a0); // tail: a1 must now follow a2
    pool.enlist(a1, 11);
    assertEquals(2, pool.count(0, 0));
    assertEquals(a1, pool.nth(0, 0, 1));
    pool.delist(a2);
    pool.delist(a1);
    assertEquals(-1, pool.head(0, 0));
    assertEquals(0, pool.count(0, 0));
    assertEquals(1, pool.count(1, 0), "site 1 untouched");
  }

  /**
   * Two 300 s chats at 1000 and 1200 (as in AgentDeskTest): at 1200 the first has 100 left, done
   * 100 / 0.75 = 133.3 s later; the second then has 200 left alone. Taking moves the agent up a
   * level and off the lists when full; releasing from full leaves the lists alone.
   */
  @Test
  void takeAndReleaseKeepTheWorkClockAndTheLists() {
    AgentPool pool = new AgentPool(1, 2, 8);
    int a = agent(pool, 0, 0, 0);
    assertEquals(0, pool.take(a, 7, 300, 1000, SHARED, true, 2));
    assertEquals(a, pool.head(0, 1));
    assertEquals(1000, pool.enteredLevel[a]);
    assertEquals(300, pool.workLeftOnFirst(a), 0);
    assertEquals(1, pool.take(a, 8, 300, 1200, SHARED, true, 2));
    assertEquals(0, pool.count(0, 0) + pool.count(0, 1) + pool.count(0, 2), "full: in no list");
    assertEquals(100, pool.workLeftOnFirst(a), 1e-9);

    double t1 = 1200 + 100 / 0.75;
    assertEquals(7, pool.release(a, t1, SHARED, true, 2));
    assertEquals(0, pool.count(0, 1) + pool.count(0, 2), "was full: nothing to delist");
    assertEquals(1, pool.load[a]);
    assertEquals(200, pool.workLeftOnFirst(a), 1e-9);
    pool.enlist(a, t1); // as the caller does
    assertEquals(8, pool.release(a, t1 + 200, SHARED, true, 2));
    assertEquals(0, pool.count(0, 1), "taken off level 1");
    assertEquals(-1, pool.workLeftOnFirst(a), 0);
    assertEquals(-1, pool.first[a]);

    // idle again: the next chat restarts the clock at 0
    pool.enlist(a, t1 + 200);
    pool.take(a, 9, 50, 2000, SHARED, true, 2);
    assertEquals(0, pool.workClock[a], 0);
    assertEquals(50, pool.doneAt[a * 2], 0);
  }

  /**
   * Four chats at 0, work 100, 200, 250, 300, all at rate 1. At 100 the last slot (300) moves into
   * the freed slot 0, leaving 300, 200, 250: the chat due first is in slot 1, and slot 2 must be
   * compared with slot 1, not slot 0. They finish in order of work.
   */
  @Test
  void afterAReleaseTheEarliestRemainingChatIsDueFirst() {
    AgentPool pool = new AgentPool(1, 4, 8);
    int a = agent(pool, 0, 0, 0);
    pool.take(a, 1, 100, 0, LINEAR, true, 4);
    pool.take(a, 2, 200, 0, LINEAR, true, 4);
    pool.take(a, 3, 250, 0, LINEAR, true, 4);
    pool.take(a, 4, 300, 0, LINEAR, true, 4);
    assertEquals(100, pool.workLeftOnFirst(a), 0);
    assertEquals(1, pool.release(a, 100, LINEAR, true, 4));
    assertEquals(100, pool.workLeftOnFirst(a), 0);
    assertEquals(2, pool.release(a, 200, LINEAR, false, 4));
    assertEquals(50, pool.workLeftOnFirst(a), 0);
    assertEquals(3, pool.release(a, 250, LINEAR, false, 4));
    assertEquals(4, pool.release(a, 300, LINEAR, false, 4));
    assertEquals(-1, pool.workLeftOnFirst(a), 0);
  }

  /**
   * Capacity 8, three slots: 20 agents force two growths. Chats of the first agents, taken before
   * the arrays grew, must survive the copies (the chat arrays hold agents x slots entries).
   */
  @Test
  void growingPastTheInitialCapacityKeepsEveryAgentsChats() {
    AgentPool pool = new AgentPool(1, 3, 1);
    int n = 20;
    for (int i = 0; i < n; i++) {
      int a = agent(pool, 0, 0, i);
      assertEquals(i, a);
      pool.take(a, 100 + i, 10 * (i + 1), i, LINEAR, true, 3);
      pool.take(a, 200 + i, 5, i, LINEAR, true, 3);
      pool.take(a, 300 + i, 1000, i, LINEAR, true, 3);
    }
    assertEquals(n, pool.size());
    for (int i = 0; i < n; i++) {
      assertEquals(0, pool.site[i]);
      assertEquals(3, pool.load[i]);
      assertEquals(100 + i, pool.chats[i * 3]);
      assertEquals(300 + i, pool.chats[i * 3 + 2]);
      assertEquals(5, pool.workLeftOnFirst(i), 0, "the 5 s chat is due first");
      assertEquals(200 + i, pool.release(i, i + 5, LINEAR, true, 3));
    }
  }
}
