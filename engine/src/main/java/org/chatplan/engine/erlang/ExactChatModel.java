package org.chatplan.engine.erlang;

import java.util.Arrays;

/**
 * Exact continuous-time Markov chain for N agents each holding up to c concurrent chats.
 *
 * <p>An agent holding k chats completes them at total rate mu throughput(k) (processor sharing);
 * arrivals are Poisson(lambda) and go to an agent with a free slot by {@link ChatRouting}, else join
 * a FCFS queue where each chat abandons at rate gamma. The queue is non-empty only when all agents
 * are at c, and then a completion immediately pulls the head into the freed slot (under either
 * policy that agent is the only one with a free slot), so queue lengths form a birth-death chain
 * with births lambda and deaths s + q gamma, s = N mu throughput(c), hanging off the all-at-c state.
 * The model therefore solves the finite agent-level chain numerically ({@link ChatLevelChain}) and
 * attaches the queue tail analytically: pi(full, q) = pi(full, 0) prod_{j<=q} lambda / (s + j gamma),
 * cut where the remaining mass is below 1e-17 of the peak. No truncation error enters the linear
 * solve, and an overloaded system with no patience is rejected instead of truncated.
 */
public final class ExactChatModel {
  private static final double TAIL_CUTOFF = 1e-17;
  private static final int MAX_QUEUE_STATES = 5_000_000;

  private final ChatModelSpec spec;
  private final ChatLevelChain chain;
  private final double[] tail;
  private final double norm;
  private final int levelStates;
  private final int queueStates;
  private final double probWait;
  private final double meanQueueLength;
  private final double meanChats;
  private final double meanBusyAgents;
  private final double completionRate;
  private final QueueWait wait;

  private ExactChatModel(ChatModelSpec spec) {
    this.spec = spec;
    int n = spec.agents();
    int c = spec.maxConcurrency();
    double lambda = spec.arrivalRatePerSecond();
    double gamma = 1.0 / spec.meanPatienceSeconds();
    double s = n * spec.completionRate(c);
    if (gamma == 0 && lambda >= s) {
      throw new IllegalArgumentException("unstable: arrival rate " + lambda + "/s >= maximum completion rate N mu "
          + "throughput(c) = " + s + "/s and patience is infinite, so the queue grows without bound");
    }
    this.chain = new ChatLevelChain(spec);
    this.tail = queueTail(lambda, s, gamma);
    int full = chain.fullState();
    double tailSum = 0;
    double tailQ = 0;
    for (int q = 1; q < tail.length; q++) {
      tailSum += tail[q];
      tailQ += q * tail[q];
    }
    // Level states carry weight tail[0] (their censored probabilities sum to 1), queue states
    // pFull * tail[q]; tail is scaled to peak 1, so nothing overflows.
    double pFull = chain.probability(full);
    double levelScale = tail[0];
    this.norm = levelScale + pFull * tailSum;
    double chats = 0;
    double busy = 0;
    double done = 0;
    for (int i = 0; i < chain.size(); i++) {
      double p = chain.probability(i) * levelScale / norm;
      chats += p * chain.chatsIn(i);
      busy += p * (n - chain.levels(i)[0]);
      done += p * chain.completionRate(i, spec);
    }
    double pQueue = pFull * tailSum / norm;
    this.levelStates = chain.size();
    this.queueStates = tail.length - 1;
    this.probWait = pFull * levelScale / norm + pQueue;
    this.meanQueueLength = pFull * tailQ / norm;
    this.meanChats = chats + pQueue * n * c;
    this.meanBusyAgents = busy + pQueue * n;
    this.completionRate = done + pQueue * s;
    double[] ahead = new double[tail.length];
    for (int q = 0; q < tail.length; q++) {
      ahead[q] = pFull * tail[q] / norm;
    }
    this.wait = new QueueWait(ahead, s, gamma);
  }

  /** Solves the chain; throws IllegalArgumentException for an unstable or too large system. */
  public static ExactChatModel solve(ChatModelSpec spec) {
    if (spec == null) {
      throw new IllegalArgumentException("spec is required");
    }
    return new ExactChatModel(spec);
  }

  /** All metrics at threshold t. */
  public ExactChatResult result(double slThresholdSeconds) {
    int c = spec.maxConcurrency();
    double lambda = spec.arrivalRatePerSecond();
    double[] at = wait.answeredWithinAndStillWaiting(slThresholdSeconds);
    return new ExactChatResult(spec.agents(), c, lambda, spec.meanHandleSeconds(), spec.meanPatienceSeconds(),
        slThresholdSeconds, probWait, abandonRate(), lambda == 0 ? 0 : meanQueueLength / lambda, asaSeconds(),
        1.0 - probWait + at[0], at[1], meanChats,
        Math.min(1.0, meanChats / (spec.agents() * c)), Math.min(1.0, meanBusyAgents / spec.agents()),
        meanBusyAgents == 0 ? 0 : meanChats / meanBusyAgents, levelStates, queueStates);
  }

  /** Fraction of arrivals who abandon, gamma E[q] / lambda. */
  public double abandonRate() {
    double lambda = spec.arrivalRatePerSecond();
    return lambda == 0 ? 0 : meanQueueLength / spec.meanPatienceSeconds() / lambda;
  }

  /** Mean wait of answered chats, E[W 1{answered}] / P(answered). */
  public double asaSeconds() {
    double mass = wait.waitOfAnsweredMass();
    return mass == 0 ? 0 : mass / (1.0 - probWait + wait.answeredAfterWaiting());
  }

  /** P(answered and wait <= t) over all arrivals. */
  public double serviceLevel(double t) {
    return 1.0 - probWait + wait.answeredWithin(t);
  }

  /** P(time in queue > t). */
  public double probWaitExceeds(double t) {
    return wait.stillWaitingAt(t);
  }

  /**
   * Stationary probability of the state with levels[k] agents holding k chats (k = 0..c) and
   * {@code queue} chats waiting; 0 for impossible states (a queue while some agent is below c).
   */
  public double probability(int[] levels, int queue) {
    int i = levels == null ? -1 : chain.indexOf(levels);
    if (i < 0 || queue < 0 || queue >= tail.length || (queue > 0 && i != chain.fullState())) {
      return 0;
    }
    return chain.probability(i) * tail[queue] / norm;
  }

  /** Rate at which chats complete service; equals lambda (1 - abandonRate) in steady state. */
  public double completionRatePerSecond() {
    return completionRate;
  }

  /** E[time in queue] from the tagged-customer analysis; equals E[q] / lambda (Little). */
  double meanTimeInQueueTagged() {
    return wait.meanTimeInQueue();
  }

  /** The inputs. */
  public ChatModelSpec spec() {
    return spec;
  }

  /**
   * The common WFM shortcut: treat the N agents as N c independent servers, each chat taking
   * meanHandle c / throughput(c) (every chat runs at throughput(c)/c as if agents were always full),
   * and apply Erlang A (Erlang C when patience is infinite). It ignores that agents below c work
   * each chat faster, so it is pessimistic on waits when throughput is concave.
   */
  public static ErlangAResult naiveShortcut(ChatModelSpec spec, double slThresholdSeconds) {
    int c = spec.maxConcurrency();
    double handle = spec.meanHandleSeconds() * c / spec.throughput()[c - 1];
    return ErlangA.of(spec.agents() * c, spec.arrivalRatePerSecond(), handle, spec.meanPatienceSeconds(),
        slThresholdSeconds);
  }

  /**
   * tail[q] proportional to prod_{j=1..q} lambda / (s + j gamma), built in log space and scaled so its
   * peak is 1 (an overloaded queue with long patience peaks far above tail[0], beyond double range).
   * Cut once the geometric bound tail[q] / (1 - ratio) on the rest is below TAIL_CUTOFF of the peak.
   */
  private static double[] queueTail(double lambda, double s, double gamma) {
    double[] log = new double[64];
    double peak = 0;
    int q = 0;
    while (true) {
      q++;
      if (q > MAX_QUEUE_STATES) {
        throw new IllegalArgumentException("queue distribution does not fall below " + TAIL_CUTOFF + " within "
            + MAX_QUEUE_STATES + " waiting chats: patience too long for this overload");
      }
      if (q >= log.length) {
        log = Arrays.copyOf(log, log.length * 2);
      }
      double ratio = lambda / (s + q * gamma);
      log[q] = log[q - 1] + Math.log(ratio);
      peak = Math.max(peak, log[q]);
      if (ratio < 1 && log[q] - Math.log1p(-ratio) < peak + Math.log(TAIL_CUTOFF)) {
        break;
      }
    }
    double[] tail = new double[q + 1];
    for (int i = 0; i <= q; i++) {
      tail[i] = Math.exp(log[i] - peak);
    }
    return tail;
  }
}
