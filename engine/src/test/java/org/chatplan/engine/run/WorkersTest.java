package org.chatplan.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tasks run once each on any thread count, and a failing task ends the run instead of hanging it. */
class WorkersTest {

  @Test
  void everyTaskRunsExactlyOnce() {
    for (int threads : new int[] {1, 2, 5}) {
      AtomicIntegerArray runs = new AtomicIntegerArray(100);
      Workers.run(100, threads, "t", runs::incrementAndGet);
      for (int i = 0; i < 100; i++) {
        assertEquals(1, runs.get(i), "task " + i + " on " + threads + " threads");
      }
    }
    Workers.run(0, 2, "t", i -> {
      throw new AssertionError("no task");
    });
  }

  /** An out-of-memory error in a task comes out as itself, and no task starts after it. */
  @Test
  void anErrorInATaskIsThrownAsItselfAndStopsTheRest() {
    OutOfMemoryError oom = new OutOfMemoryError("test");
    AtomicInteger started = new AtomicInteger();
    OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> Workers.run(1000, 2, "t", i -> {
      started.incrementAndGet();
      if (i == 3) {
        throw oom;
      }
    }));
    assertSame(oom, thrown);
    assertTrue(started.get() < 1000, started.get() + " tasks started");
  }

  @Test
  void aRuntimeExceptionIsThrownAsItself() {
    IllegalArgumentException bad = new IllegalArgumentException("bad");
    assertSame(bad, assertThrows(IllegalArgumentException.class, () -> Workers.run(10, 2, "t", i -> {
      throw bad;
    })));
  }
}
