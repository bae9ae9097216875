package org.chatplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A computation past its time limit is stopped and reported in one line; others pass through. */
class TimeLimitTest {

  @Test
  void aComputationPastItsLimitIsStoppedWithTheGivenMessage() {
    long start = System.nanoTime();
    UserError e = assertThrows(UserError.class, () -> TimeLimit.run(200, "too slow", () -> {
      while (!Thread.currentThread().isInterrupted()) {
        Math.sqrt(System.nanoTime()); // busy until interrupted
      }
      throw new java.util.concurrent.CancellationException("stopped");
    }));
    assertEquals("too slow", e.getMessage());
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "gave up within the limit and the grace time");
  }

  @Test
  void resultsAndFailuresPassThrough() {
    assertEquals(42, TimeLimit.run(10_000, "too slow", () -> 42));
    UserError bad = new UserError("bad input");
    assertEquals(bad, assertThrows(UserError.class, () -> TimeLimit.run(10_000, "too slow", () -> {
      throw bad;
    })));
  }
}
