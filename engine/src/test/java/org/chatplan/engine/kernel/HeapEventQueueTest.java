package org.chatplan.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HeapEventQueueTest {
  private record Ev(double time, long seq, int target) {}

  @Test
  void popsInTimeThenInsertionOrderLikeAReferenceQueue() {
    HeapEventQueue q = new HeapEventQueue(4);
    PriorityQueue<Ev> ref = new PriorityQueue<>((a, b) -> a.time != b.time ? Double.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
    SplittableRandom rnd = new SplittableRandom(1);
    long seq = 0;
    for (int step = 0; step < 200_000; step++) {
      if (ref.isEmpty() || rnd.nextInt(3) > 0) {
        double t = rnd.nextInt(1000); // many ties on purpose
        q.add(t, 7, (int) seq, -1);
        ref.add(new Ev(t, seq++, (int) seq - 1));
      } else {
        Ev e = ref.poll();
        q.poll();
        assertEquals(e.time, q.time());
        assertEquals(e.target, q.target());
        assertEquals(7, q.kind());
        assertEquals(-1, q.aux());
      }
      assertEquals(ref.size(), q.size());
    }
  }

  @Test
  void simulatorRunsUntilTheHorizonAndStopsTheClockThere() {
    Simulator sim = new Simulator();
    java.util.List<Double> times = new java.util.ArrayList<>();
    sim.scheduleAt(5, 0, 0, 0);
    sim.scheduleAt(15, 0, 1, 0);
    sim.runUntil(10, (k, target, a) -> {
      times.add(sim.now());
      if (target == 0) {
        sim.scheduleIn(1, 0, 2, 0);
      }
    });
    assertEquals(java.util.List.of(5.0, 6.0), times, "the event at 5 and its follower ran; the one at 15 did not");
    assertEquals(10, sim.now());
    assertEquals(1, sim.pending());
    assertTrue(sim.eventsHandled() == 2);
  }
}
