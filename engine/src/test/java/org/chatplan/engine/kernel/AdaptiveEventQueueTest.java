package org.chatplan.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AdaptiveEventQueueTest {
  private record Ev(double time, long seq, int target, int aux) {}

  /**
   * Random adds and polls with many equal times, the pending count drifting up through the
   * array-to-heap threshold and back down several times: every poll must match a reference queue
   * ordered by (time, insertion sequence), in either form and across the switches.
   */
  @Test
  void popsInTimeThenInsertionOrderAcrossBothForms() {
    AdaptiveEventQueue q = new AdaptiveEventQueue(4);
    PriorityQueue<Ev> ref = new PriorityQueue<>((a, b) -> a.time != b.time ? Double.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
    SplittableRandom rnd = new SplittableRandom(7);
    long seq = 0;
    double now = 0;
    for (int step = 0; step < 400_000; step++) {
      // the add share swings between 20% and 70% every 2000 steps: the size climbs to ~800 and falls to 0
      boolean growing = (step / 2000) % 2 == 0;
      int addPercent = growing ? 70 : 20;
      if (ref.isEmpty() || rnd.nextInt(100) < addPercent) {
        double t = now + rnd.nextInt(50); // many ties on purpose, never in the past
        int aux = rnd.nextInt();
        q.add(t, (int) (seq % 16), (int) (seq % 1000), aux);
        ref.add(new Ev(t, seq, (int) (seq % 1000), aux));
        seq++;
      } else {
        Ev e = ref.poll();
        assertEquals(e.time, q.peekTime());
        q.poll();
        now = q.time();
        assertEquals(e.time, q.time());
        assertEquals(e.seq % 16, q.kind());
        assertEquals(e.target, q.target());
        assertEquals(e.aux, q.aux());
      }
      assertEquals(ref.size(), q.size());
      assertEquals(ref.isEmpty(), q.isEmpty());
    }
    assertTrue(q.switches() >= 10, "the test must cross the thresholds; switches: " + q.switches());
  }

  @Test
  void clearEmptiesEitherForm() {
    AdaptiveEventQueue q = new AdaptiveEventQueue();
    for (int i = 0; i < AdaptiveEventQueue.TO_HEAP + 10; i++) {
      q.add(i, 1, i, 0);
    }
    q.clear();
    assertTrue(q.isEmpty());
    q.add(3, 2, 5, 9);
    q.add(1, 3, 6, 8);
    q.poll();
    assertEquals(1, q.time());
    assertEquals(6, q.target());
    assertEquals(1, q.size());
  }
}
