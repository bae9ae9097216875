package org.chatplan.engine.erlang;

/** Erlang C: M/M/N queue with infinite patience and FCFS service. */
public final class ErlangC {
  /** Search cap for {@link #minAgents}; a target needing more agents is reported as unreachable. */
  static final int MAX_AGENTS = 10_000_000;

  private ErlangC() {}

  /**
   * Performance of {@code agents} agents facing Poisson arrivals with exponential handle times.
   * C(N, a) is obtained from Erlang B as C = N B / (N - a (1 - B)), which inherits the recursion's
   * stability (no factorials), so thousands of agents are fine.
   */
  public static ErlangCResult of(int agents, double arrivalRatePerSecond, double meanHandleSeconds,
      double slThresholdSeconds) {
    Require.atLeast("agents", agents, 1);
    Require.nonNegative("arrivalRatePerSecond", arrivalRatePerSecond);
    Require.positive("meanHandleSeconds", meanHandleSeconds);
    Require.nonNegative("slThresholdSeconds", slThresholdSeconds);
    double a = arrivalRatePerSecond * meanHandleSeconds;
    if (a >= agents) {
      return new ErlangCResult(agents, arrivalRatePerSecond, meanHandleSeconds, slThresholdSeconds,
          1.0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0.0, 1.0);
    }
    double c = probWait(agents, a);
    double drain = agents / meanHandleSeconds - arrivalRatePerSecond;
    double meanWait = c / drain;
    double sl = 1.0 - c * Math.exp(-drain * slThresholdSeconds);
    return new ErlangCResult(agents, arrivalRatePerSecond, meanHandleSeconds, slThresholdSeconds,
        c, meanWait, meanWait, sl, a / agents);
  }

  /** C(N, a), the probability of waiting; 1 when a >= N. */
  public static double probWait(int agents, double offeredLoad) {
    Require.atLeast("agents", agents, 1);
    Require.nonNegative("offeredLoad", offeredLoad);
    if (offeredLoad >= agents) {
      return 1.0;
    }
    double b = ErlangB.blocking(agents, offeredLoad);
    return agents * b / (agents - offeredLoad * (1.0 - b));
  }

  /** Smallest N meeting a service-level target (fraction answered within the threshold). */
  public static int minAgents(double arrivalRatePerSecond, double meanHandleSeconds, double slTarget,
      double slThresholdSeconds) {
    return minAgents(arrivalRatePerSecond, meanHandleSeconds, slTarget, slThresholdSeconds,
        Double.POSITIVE_INFINITY);
  }

  /**
   * Smallest N meeting both a service-level target and a maximum ASA (pass +Infinity for none).
   * Returns 0 when nothing arrives. Starts at the smallest stable N, floor(a) + 1, since every
   * target is missed below it. Throws if the target cannot be met (e.g. slTarget 1 with C > 0).
   */
  public static int minAgents(double arrivalRatePerSecond, double meanHandleSeconds, double slTarget,
      double slThresholdSeconds, double maxAsaSeconds) {
    Require.nonNegative("arrivalRatePerSecond", arrivalRatePerSecond);
    Require.positive("meanHandleSeconds", meanHandleSeconds);
    Require.fraction("slTarget", slTarget);
    Require.nonNegative("slThresholdSeconds", slThresholdSeconds);
    if (!(maxAsaSeconds >= 0)) {
      throw new IllegalArgumentException("maxAsaSeconds must be >= 0 (or +Infinity), got " + maxAsaSeconds);
    }
    if (arrivalRatePerSecond == 0) {
      return 0;
    }
    double a = arrivalRatePerSecond * meanHandleSeconds;
    if (a >= MAX_AGENTS) {
      throw new LoadTooLargeException(a, MAX_AGENTS);
    }
    int lowest = (int) Math.floor(a) + 1;
    return StaffingSearch.smallest(lowest, MAX_AGENTS, n -> {
      ErlangCResult r = of(n, arrivalRatePerSecond, meanHandleSeconds, slThresholdSeconds);
      return r.serviceLevel() >= slTarget && r.asaSeconds() <= maxAsaSeconds;
    }, "service level " + slTarget + " within " + slThresholdSeconds + " s (max ASA " + maxAsaSeconds + " s)");
  }
}
