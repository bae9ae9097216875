package org.chatplan.engine.erlang;

/**
 * Erlang C (M/M/N) performance at one staffing level. In M/M/N nobody leaves the queue, so the mean
 * wait of answered contacts ({@code asaSeconds}) equals the mean wait of all arrivals
 * ({@code meanQueueSeconds}); both are kept so the record reads like {@link ErlangAResult}.
 *
 * <p>Unstable load (offered load a >= agents) is reported explicitly instead of with NaN: probWait
 * 1, ASA and mean queue +Infinity, service level 0, occupancy 1 (agents are always busy).
 *
 * @param agents number of agents N
 * @param arrivalRatePerSecond Poisson arrival rate lambda
 * @param meanHandleSeconds mean (exponential) handle time 1/mu
 * @param slThresholdSeconds the t of {@code serviceLevel}
 * @param probWait P(an arrival must wait) = C(N, a)
 * @param asaSeconds mean wait of answered contacts
 * @param meanQueueSeconds mean wait of all arrivals
 * @param serviceLevel P(wait <= slThresholdSeconds)
 * @param occupancy fraction of agent time busy, a / N
 */
public record ErlangCResult(
    int agents,
    double arrivalRatePerSecond,
    double meanHandleSeconds,
    double slThresholdSeconds,
    double probWait,
    double asaSeconds,
    double meanQueueSeconds,
    double serviceLevel,
    double occupancy) {

  /** Offered load a = lambda / mu in Erlangs. */
  public double offeredLoad() {
    return arrivalRatePerSecond * meanHandleSeconds;
  }

  /** True when a < N, the condition for the queue not to grow without bound. */
  public boolean stable() {
    return offeredLoad() < agents;
  }

  /** Mean number waiting, by Little's law. */
  public double meanQueueLength() {
    return stable() ? arrivalRatePerSecond * meanQueueSeconds : Double.POSITIVE_INFINITY;
  }

  /** P(wait > t) = C exp(-(N mu - lambda) t). */
  public double probWaitExceeds(double t) {
    Require.nonNegative("t", t);
    return stable() ? probWait * Math.exp(-drainRate() * t) : 1.0;
  }

  /** P(wait <= t) for any threshold t. */
  public double serviceLevelWithin(double t) {
    return 1.0 - probWaitExceeds(t);
  }

  /**
   * Smallest w with P(wait <= w) >= p. The wait has an atom 1 - C at zero and an exponential tail of
   * rate N mu - lambda, so w = 0 for p <= 1 - C, else ln(C / (1 - p)) / (N mu - lambda); +Infinity for
   * p = 1 or an unstable system.
   */
  public double waitQuantileSeconds(double p) {
    Require.fraction("p", p);
    if (p <= 1.0 - probWait) {
      return 0.0;
    }
    if (!stable() || p == 1.0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.log(probWait / (1.0 - p)) / drainRate();
  }

  /** N mu - lambda: the rate at which the queue drains while all agents are busy. */
  private double drainRate() {
    return agents / meanHandleSeconds - arrivalRatePerSecond;
  }
}
