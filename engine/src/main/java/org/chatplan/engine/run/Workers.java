package org.chatplan.engine.run;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs tasks 0..n-1 on up to {@code threads} threads, each thread taking the next task in index
 * order. The caller waits by joining the threads, not on futures: a thread that dies, however it
 * dies (an out-of-memory error can be thrown again while a failure is being recorded), still ends
 * the wait, where a future it never completed would block forever.
 */
public final class Workers {
  private Workers() {}

  /**
   * Runs every task; the first failure stops the others from starting new tasks and is thrown
   * (an {@link Error} as itself, a checked exception wrapped).
   */
  public static void run(int n, int threads, String name, IntConsumer task) {
    if (threads <= 1 || n <= 1) {
      for (int i = 0; i < n; i++) {
        task.accept(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread[] workers = new Thread[Math.min(threads, n)];
    for (int w = 0; w < workers.length; w++) {
      workers[w] = new Thread(() -> {
        try {
          for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
            task.accept(i);
            finished.incrementAndGet();
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }, name);
      workers[w].setDaemon(true);
      workers[w].start();
    }
    try {
      for (Thread w : workers) {
        w.join();
      }
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
    if (finished.get() != n) {
      throw new IllegalStateException(name + ": " + (n - finished.get()) + " of " + n
          + " tasks ended without a result (a worker thread died, likely out of memory)");
    }
  }
}
