/*
 * How to run: mvn -B -o -pl bench test -Dtest=SlotHeapEventQueueTest
 */
package org.chatplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.chatplan.engine.kernel.EventQueue;
import org.chatplan.engine.kernel.HeapEventQueue;
import org.junit.jupiter.api.Test;

/** The candidate event list pops exactly what chatplan's heap pops, ties and growth included. */
class SlotHeapEventQueueTest {
  @Test
  void popsInTheSameOrderAsHeapEventQueue() {
    EventQueue ref = new HeapEventQueue(4);
    EventQueue cand = new SlotHeapEventQueue(4);
    SplittableRandom r = new SplittableRandom(7);
    double now = 0;
    for (int step = 0; step < 200_000; step++) {
      boolean add = ref.isEmpty() || r.nextInt(100) < (step < 100_000 ? 55 : 45);
      if (add) {
        // a coarse time grid makes ties frequent: order must then follow insertion
        double t = now + r.nextInt(50) * 0.5;
        int kind = r.nextInt(9);
        int target = r.nextInt(1000);
        int aux = step;
        ref.add(t, kind, target, aux);
        cand.add(t, kind, target, aux);
      } else {
        assertEquals(ref.peekTime(), cand.peekTime());
        ref.poll();
        cand.poll();
        assertEquals(ref.time(), cand.time(), "time at step " + step);
        assertEquals(ref.kind(), cand.kind(), "kind at step " + step);
        assertEquals(ref.target(), cand.target(), "target at step " + step);
        assertEquals(ref.aux(), cand.aux(), "aux (insertion order on ties) at step " + step);
        now = ref.time();
      }
      assertEquals(ref.size(), cand.size());
    }
  }
}
