package org.chatplan.engine.model;

import java.util.Arrays;

/**
 * How an agent's output changes with the number of chats held. {@code throughput[k-1]} is the total
 * work rate of an agent holding k chats relative to one chat alone; each of the k chats progresses at
 * throughput(k)/k. Above {@code recommended} chats, every extra chat adds {@code errorPerExtraChat}
 * to the chance of a wrong answer.
 */
public record Concurrency(int recommended, double[] throughput, double errorPerExtraChat) {
  public Concurrency {
    if (recommended < 1) {
      throw new IllegalArgumentException("agents.concurrency.recommended must be >= 1, got " + recommended);
    }
    if (throughput == null || throughput.length == 0) {
      throw new IllegalArgumentException("agents.concurrency.throughput needs at least one value");
    }
    for (double t : throughput) {
      Checks.positive("agents.concurrency.throughput", t);
    }
    throughput = throughput.clone();
    Checks.fraction("agents.concurrency.errorPercentPerExtraChat", errorPerExtraChat);
  }

  /** No slowdown: throughput(k) = k up to {@code max}. */
  public static Concurrency linear(int max) {
    double[] t = new double[max];
    for (int k = 1; k <= max; k++) {
      t[k - 1] = k;
    }
    return new Concurrency(max, t, 0);
  }

  /** The shorthand: throughput(k) = k / (1 + s (k - 1)). */
  public static Concurrency slowdown(int recommended, double slowdown, int max, double errorPerExtraChat) {
    double[] t = new double[max];
    for (int k = 1; k <= max; k++) {
      t[k - 1] = k / (1 + slowdown * (k - 1));
    }
    return new Concurrency(recommended, t, errorPerExtraChat);
  }

  /** Total work rate of an agent holding k >= 1 chats. */
  public double throughputAt(int k) {
    return throughput[k - 1];
  }

  /** Highest concurrency the curve covers. */
  public int maxCovered() {
    return throughput.length;
  }

  @Override public double[] throughput() {
    return throughput.clone();
  }

  @Override public boolean equals(Object o) {
    return o instanceof Concurrency c && recommended == c.recommended
        && Arrays.equals(throughput, c.throughput) && errorPerExtraChat == c.errorPerExtraChat;
  }

  @Override public int hashCode() {
    return 31 * recommended + Arrays.hashCode(throughput);
  }

  @Override public String toString() {
    return "Concurrency[recommended=" + recommended + ", throughput=" + Arrays.toString(throughput) + "]";
  }
}
