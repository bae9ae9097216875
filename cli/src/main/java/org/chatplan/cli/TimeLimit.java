package org.chatplan.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a computation that can take unboundedly long on some valid inputs (the exact chat model
 * mixes very slowly under a throughput curve that falls steeply) and gives up after a time limit
 * with a one-line error instead of appearing to hang. The computation must stop when interrupted.
 */
final class TimeLimit {
  private TimeLimit() {}

  static <T> T run(long millis, String onTimeout, Supplier<T> work) {
    FutureTask<T> task = new FutureTask<>(work::get);
    Thread t = new Thread(task, "chatplan-time-limit");
    t.setDaemon(true);
    t.start();
    try {
      return task.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true); // interrupts the computation
      throw new UserError(onTimeout);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
