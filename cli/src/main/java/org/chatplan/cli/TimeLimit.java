package org.chatplan.cli;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a computation that can take unboundedly long on some valid inputs (the exact chat model
 * mixes very slowly under a throughput curve that falls steeply) and gives up after a time limit
 * with a one-line error instead of appearing to hang. The computation must stop when interrupted.
 */
final class TimeLimit {
  private TimeLimit() {}

  static <T> T run(long millis, String onTimeout, Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        result.set(work.get());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "chatplan-time-limit");
    t.setDaemon(true);
    t.start();
    try {
      t.join(millis);
      if (t.isAlive()) {
        t.interrupt();
        t.join(5_000);
        throw new UserError(onTimeout);
      }
    } catch (InterruptedException e) {
      t.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException re) {
      throw re;
    }
    if (e instanceof Error err) {
      throw err;
    }
    return result.get();
  }
}
