package org.chatplan.engine.erlang;

/**
 * Erlang A (M/M/N+M) performance at one staffing level and service-level threshold.
 *
 * <p>With infinite patience and a >= N the system is unstable; {@link ErlangA#of} then reports
 * probWait 1, abandonRate 0, ASA and mean queue +Infinity, service level 0, occupancy 1.
 *
 * @param agents number of agents N
 * @param arrivalRatePerSecond Poisson arrival rate lambda
 * @param meanHandleSeconds mean handle time 1/mu
 * @param meanPatienceSeconds mean patience 1/gamma (+Infinity: nobody abandons)
 * @param slThresholdSeconds the t of the service level
 * @param probWait P(an arrival finds all agents busy), PASTA
 * @param abandonRate fraction of arrivals who abandon, gamma E[Q] / lambda
 * @param asaSeconds mean wait of answered arrivals (those answered at once count with 0)
 * @param meanQueueSeconds mean time in queue over all arrivals, abandoned included, E[Q] / lambda
 * @param serviceLevel P(answered and wait <= t) over all arrivals; abandoned count against
 * @param probWaitExceedsThreshold P(time in queue > t): still waiting t after arrival
 * @param occupancy E[busy agents] / N
 */
public record ErlangAResult(
    int agents,
    double arrivalRatePerSecond,
    double meanHandleSeconds,
    double meanPatienceSeconds,
    double slThresholdSeconds,
    double probWait,
    double abandonRate,
    double asaSeconds,
    double meanQueueSeconds,
    double serviceLevel,
    double probWaitExceedsThreshold,
    double occupancy) {

  /** Offered load a = lambda / mu in Erlangs. */
  public double offeredLoad() {
    return arrivalRatePerSecond * meanHandleSeconds;
  }

  /** Fraction of arrivals eventually answered, 1 - abandonRate. */
  public double answeredFraction() {
    return 1.0 - abandonRate;
  }

  /** Mean number waiting, lambda * meanQueueSeconds (Little). */
  public double meanQueueLength() {
    return arrivalRatePerSecond * meanQueueSeconds;
  }
}
