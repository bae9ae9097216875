package org.chatplan.engine.erlang;

/**
 * Erlang A (Palm's M/M/N+M): Poisson arrivals, N agents, exponential handle times with mean 1/mu,
 * FCFS queue where each waiting customer abandons after an exponential patience with mean
 * 1/gamma. Solved exactly from the stationary distribution of the birth-death chain on n = number
 * in system (birth lambda, death min(n, N) mu + max(n - N, 0) gamma); see docs/erlang.md.
 *
 * <p>An instance holds one solved distribution, so several thresholds can be evaluated cheaply.
 */
public final class ErlangA {
  /** Relative mass below which the infinite tail of the distribution is cut. */
  private static final double TAIL_CUTOFF = 1e-17;
  /** Longest queue kept; beyond it the patience is too long for the overload to be tractable. */
  static final int MAX_QUEUE_STATES = 5_000_000;
  /** Search cap for {@link #minAgents}. */
  static final int MAX_AGENTS = 2_000_000;

  private final int agents;
  private final double lambda;
  private final double meanHandle;
  private final double meanPatience;
  private final double probWait;
  private final double meanQueueLength;
  private final double meanBusy;
  private final double[] inSystem;
  private final QueueWait wait;

  private ErlangA(int agents, double lambda, double meanHandle, double meanPatience) {
    this.agents = agents;
    this.lambda = lambda;
    this.meanHandle = meanHandle;
    this.meanPatience = meanPatience;
    double mu = 1.0 / meanHandle;
    double gamma = 1.0 / meanPatience;
    this.inSystem = stationary(agents, lambda, mu, gamma);
    double pw = 0;
    double q = 0;
    double busy = 0;
    for (int n = 0; n < inSystem.length; n++) {
      busy += Math.min(n, agents) * inSystem[n];
      if (n >= agents) {
        pw += inSystem[n];
        q += (n - agents) * inSystem[n];
      }
    }
    this.probWait = pw;
    this.meanQueueLength = q;
    this.meanBusy = busy;
    double[] ahead = new double[inSystem.length - agents];
    System.arraycopy(inSystem, agents, ahead, 0, ahead.length);
    this.wait = new QueueWait(ahead, agents * mu, gamma);
  }

  /**
   * Solves the chain. {@code meanPatienceSeconds} may be +Infinity (then it is Erlang C and needs
   * a < N; otherwise this throws IllegalArgumentException).
   */
  public static ErlangA solve(int agents, double arrivalRatePerSecond, double meanHandleSeconds,
      double meanPatienceSeconds) {
    Require.atLeast("agents", agents, 1);
    Require.nonNegative("arrivalRatePerSecond", arrivalRatePerSecond);
    Require.positive("meanHandleSeconds", meanHandleSeconds);
    Require.patience("meanPatienceSeconds", meanPatienceSeconds);
    if (Double.isInfinite(meanPatienceSeconds) && arrivalRatePerSecond * meanHandleSeconds >= agents) {
      throw new IllegalArgumentException("unstable: offered load " + arrivalRatePerSecond * meanHandleSeconds
          + " Erlangs >= " + agents + " agents and patience is infinite, so the queue grows without bound");
    }
    return new ErlangA(agents, arrivalRatePerSecond, meanHandleSeconds, meanPatienceSeconds);
  }

  /** One-shot evaluation; reports an unstable infinite-patience system explicitly (no NaN). */
  public static ErlangAResult of(int agents, double arrivalRatePerSecond, double meanHandleSeconds,
      double meanPatienceSeconds, double slThresholdSeconds) {
    Require.nonNegative("slThresholdSeconds", slThresholdSeconds);
    if (Double.isInfinite(meanPatienceSeconds) && agents >= 1 && arrivalRatePerSecond >= 0
        && arrivalRatePerSecond * meanHandleSeconds >= agents) {
      return new ErlangAResult(agents, arrivalRatePerSecond, meanHandleSeconds, meanPatienceSeconds,
          slThresholdSeconds, 1.0, 0.0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0.0, 1.0, 1.0);
    }
    return solve(agents, arrivalRatePerSecond, meanHandleSeconds, meanPatienceSeconds).result(slThresholdSeconds);
  }

  /** All metrics at threshold t. */
  public ErlangAResult result(double slThresholdSeconds) {
    double[] at = wait.answeredWithinAndStillWaiting(slThresholdSeconds);
    return new ErlangAResult(agents, lambda, meanHandle, meanPatience, slThresholdSeconds, probWait,
        abandonRate(), asaSeconds(), meanQueueSeconds(), 1.0 - probWait + at[0], at[1],
        Math.min(1.0, meanBusy / agents));
  }

  /** Fraction of arrivals who abandon: abandonment rate gamma E[Q] over arrival rate. */
  public double abandonRate() {
    return lambda == 0 || Double.isInfinite(meanPatience) ? 0.0 : meanQueueLength / meanPatience / lambda;
  }

  /** Mean wait of answered arrivals, E[W 1{answered}] / P(answered). */
  public double asaSeconds() {
    // P(answered) from the tagged analysis, not 1 - abandonRate, to avoid cancellation in overload.
    double waitMass = wait.waitOfAnsweredMass();
    return waitMass == 0 ? 0.0 : waitMass / answeredFraction();
  }

  /** Mean time in queue over all arrivals, E[Q] / lambda. */
  public double meanQueueSeconds() {
    return lambda == 0 ? 0.0 : meanQueueLength / lambda;
  }

  /** P(answered and wait <= t) over all arrivals. */
  public double serviceLevel(double t) {
    return (1.0 - probWait) + wait.answeredWithin(t);
  }

  /** P(time in queue > t): neither answered nor abandoned t seconds after arrival. */
  public double probWaitExceeds(double t) {
    return wait.stillWaitingAt(t);
  }

  /** P(offered wait > t): how long an infinitely patient arrival would wait; Palm's V. */
  public double probOfferedWaitExceeds(double t) {
    return wait.offeredWaitExceeds(t);
  }

  /** P(n in system), n = 0..{@link #truncation()}; 0 beyond the truncation point. */
  public double probInSystem(int n) {
    return n >= 0 && n < inSystem.length ? inSystem[n] : 0.0;
  }

  /** Largest n kept; the cut tail holds less than 1e-16 of the mass. */
  public int truncation() {
    return inSystem.length - 1;
  }

  /** P(answered) from the tagged-customer analysis; equals 1 - abandonRate (a consistency check). */
  double answeredFraction() {
    return 1.0 - probWait + wait.answeredAfterWaiting();
  }

  /** E[time in queue] from the tagged-customer analysis; equals meanQueueSeconds (Little). */
  double meanTimeInQueueTagged() {
    return wait.meanTimeInQueue();
  }

  /**
   * Smallest N with serviceLevel(t) >= slTarget and abandonRate <= maxAbandonRate. Since the
   * answered fraction is at most N / a (agents cannot serve more than N mu), both targets need
   * N >= a * max(slTarget, 1 - maxAbandonRate), which is where the search starts. Returns 0 when
   * nothing arrives.
   */
  public static int minAgents(double arrivalRatePerSecond, double meanHandleSeconds, double meanPatienceSeconds,
      double slTarget, double slThresholdSeconds, double maxAbandonRate) {
    Require.nonNegative("arrivalRatePerSecond", arrivalRatePerSecond);
    Require.positive("meanHandleSeconds", meanHandleSeconds);
    Require.patience("meanPatienceSeconds", meanPatienceSeconds);
    Require.fraction("slTarget", slTarget);
    Require.nonNegative("slThresholdSeconds", slThresholdSeconds);
    Require.fraction("maxAbandonRate", maxAbandonRate);
    if (arrivalRatePerSecond == 0) {
      return 0;
    }
    double a = arrivalRatePerSecond * meanHandleSeconds;
    double bound = Math.ceil(a * Math.max(slTarget, 1.0 - maxAbandonRate) - 1e-9);
    if (Double.isInfinite(meanPatienceSeconds)) {
      bound = Math.max(bound, Math.floor(a) + 1);
    }
    if (bound >= MAX_AGENTS) {
      throw new LoadTooLargeException(a, MAX_AGENTS);
    }
    return StaffingSearch.smallest((int) bound, MAX_AGENTS, n -> {
      ErlangA m = solve(n, arrivalRatePerSecond, meanHandleSeconds, meanPatienceSeconds);
      return m.abandonRate() <= maxAbandonRate && m.serviceLevel(slThresholdSeconds) >= slTarget;
    }, "service level " + slTarget + " within " + slThresholdSeconds + " s with abandonment <= " + maxAbandonRate);
  }

  /**
   * pi_n for n = 0..N+K in log space: log pi_n - log pi_0 accumulates log(lambda / death_n), so a^n/n!
   * never overflows for thousands of agents. The tail beyond N is cut once the geometric bound
   * pi_n / (1 - ratio) on everything after it (ratios only shrink) is below TAIL_CUTOFF of the peak.
   */
  private static double[] stationary(int agents, double lambda, double mu, double gamma) {
    double logLambda = Math.log(lambda);
    double[] log = new double[agents + 64];
    double peak = 0;
    for (int n = 1; n <= agents; n++) {
      log[n] = log[n - 1] + logLambda - Math.log(n * mu);
      peak = Math.max(peak, log[n]);
    }
    int n = agents;
    while (true) {
      n++;
      if (n - agents > MAX_QUEUE_STATES) {
        throw new IllegalArgumentException("queue distribution does not fall below " + TAIL_CUTOFF + " within "
            + MAX_QUEUE_STATES + " waiting customers: patience too long for this overload");
      }
      if (n >= log.length) {
        log = java.util.Arrays.copyOf(log, log.length * 2);
      }
      double ratio = lambda / (agents * mu + (n - agents) * gamma);
      log[n] = log[n - 1] + Math.log(ratio);
      peak = Math.max(peak, log[n]);
      if (ratio < 1 && log[n] - Math.log1p(-ratio) < peak + Math.log(TAIL_CUTOFF)) {
        break;
      }
    }
    double[] pi = new double[n + 1];
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      pi[i] = Math.exp(log[i] - peak);
      sum += pi[i];
    }
    for (int i = 0; i <= n; i++) {
      pi[i] /= sum;
    }
    return pi;
  }
}
