package org.chatplan.engine.erlang;

/** Erlang B: blocking probability of an M/M/N/N loss system (no queue). */
public final class ErlangB {
  private ErlangB() {}

  /**
   * Probability that an arrival finds all {@code servers} busy, with {@code offeredLoad} Erlangs
   * offered. Uses the recursion B(0) = 1, B(n) = a B(n-1) / (n + a B(n-1)): every intermediate value
   * is a probability in [0, 1], so it neither overflows (unlike a^n / n!) nor cancels, for any
   * number of servers; the cost is O(servers).
   */
  public static double blocking(int servers, double offeredLoad) {
    Require.atLeast("servers", servers, 0);
    Require.nonNegative("offeredLoad", offeredLoad);
    double b = 1.0;
    for (int n = 1; n <= servers; n++) {
      double ab = offeredLoad * b;
      b = ab / (n + ab);
    }
    return b;
  }
}
