package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The queue ring by hand. PIT left no real gap here, but its growth was checked only by a planning
 * test (StaffingPlannerTest) that happens to queue more than 16 chats; these pin the contract
 * directly: first in first out across a wrapped, grown ring, and stale entries skipped.
 */
class ChatQueueTest {
  private static int waiting(ChatPool pool) {
    int c = pool.acquire();
    pool.state[c] = ChatPool.WAITING;
    return c;
  }

  /**
   * Ten chats in and out move the head to 10; 20 more wrap past the end of the 16-entry ring and
   * force a growth at the 17th. They come out in the order they went in.
   */
  @Test
  void aWrappedRingGrowsAndKeepsFirstInFirstOut() {
    ChatPool pool = new ChatPool(64);
    ChatQueue q = new ChatQueue();
    for (int i = 0; i < 10; i++) {
      int c = waiting(pool);
      q.push(c, pool.gen[c]);
      assertEquals(c, q.peek(pool));
      q.removeHead();
    }
    assertEquals(0, q.live);
    int[] in = new int[20];
    for (int i = 0; i < in.length; i++) {
      in[i] = waiting(pool);
      q.push(in[i], pool.gen[in[i]]);
    }
    assertEquals(20, q.live);
    for (int c : in) {
      assertEquals(c, q.peek(pool));
      q.removeHead();
    }
    assertEquals(-1, q.peek(pool));
    assertEquals(0, q.live);
  }

  /**
   * Entries of chats that left the queue are dropped at the head: a chat answered or gone away, a
   * released id, and the old entry of a chat back as a new contact (new generation). A ghost
   * (silent abandoner) is still takeable.
   */
  @Test
  void staleEntriesAreSkippedAndGhostsAreNot() {
    ChatPool pool = new ChatPool(16);
    ChatQueue q = new ChatQueue();
    int inService = waiting(pool);
    int away = waiting(pool);
    int ghost = waiting(pool);
    int released = waiting(pool);
    int queued = waiting(pool);
    for (int c : new int[] {inService, away, ghost, released, queued}) {
      q.push(c, pool.gen[c]);
    }
    pool.state[inService] = ChatPool.IN_SERVICE;
    pool.state[away] = ChatPool.AWAY;
    pool.state[ghost] = ChatPool.GHOST;
    pool.release(released);
    assertEquals(ghost, q.peek(pool));
    assertEquals(ghost, q.peek(pool), "peek does not consume");
    q.removeHead();
    assertEquals(queued, q.peek(pool), "the released chat's entry is stale");
    q.removeHead();
    assertEquals(-1, q.peek(pool));

    // a chat that abandoned and came back as a new contact is WAITING again, but its first entry
    // (older generation) must not stand in for the new one, queued behind another chat
    int back = waiting(pool);
    q.push(back, pool.gen[back]);
    pool.gen[back]++;
    int other = waiting(pool);
    q.push(other, pool.gen[other]);
    q.push(back, pool.gen[back]);
    assertEquals(other, q.peek(pool));
    q.removeHead();
    assertEquals(back, q.peek(pool));
  }
}
