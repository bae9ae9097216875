package org.chatplan.engine.erlang;

import java.util.Arrays;

/**
 * Inputs of {@link ExactChatModel}: N agents each holding up to c = throughput.length chats.
 *
 * @param agents number of agents N >= 1
 * @param throughput throughput[k-1] = total work rate of an agent holding k chats relative to one
 *     chat alone (normally throughput[0] = 1); each of its k chats progresses at throughput(k) / k
 * @param routing where an arriving or dequeued chat goes when several agents have a free slot
 * @param arrivalRatePerSecond Poisson arrival rate lambda
 * @param meanHandleSeconds mean handle time of a chat at concurrency 1, 1/mu
 * @param meanPatienceSeconds mean exponential patience in queue, +Infinity for no abandonment
 */
public record ChatModelSpec(int agents, double[] throughput, ChatRouting routing, double arrivalRatePerSecond,
    double meanHandleSeconds, double meanPatienceSeconds) {
  /** Highest concurrency supported; the level state space grows like C(N + c, c). */
  public static final int MAX_CONCURRENCY = 6;

  public ChatModelSpec {
    Require.atLeast("agents", agents, 1);
    if (throughput == null || throughput.length < 1 || throughput.length > MAX_CONCURRENCY) {
      throw new IllegalArgumentException("throughput needs 1.." + MAX_CONCURRENCY + " values, got "
          + (throughput == null ? "null" : throughput.length));
    }
    throughput = throughput.clone();
    for (double t : throughput) {
      Require.positive("throughput", t);
    }
    if (routing == null) {
      throw new IllegalArgumentException("routing is required");
    }
    Require.nonNegative("arrivalRatePerSecond", arrivalRatePerSecond);
    Require.positive("meanHandleSeconds", meanHandleSeconds);
    Require.patience("meanPatienceSeconds", meanPatienceSeconds);
  }

  /** c, the most chats an agent holds. */
  public int maxConcurrency() {
    return throughput.length;
  }

  /** Completion rate of an agent holding k >= 1 chats: mu * throughput(k). */
  public double completionRate(int k) {
    return throughput[k - 1] / meanHandleSeconds;
  }

  @Override public double[] throughput() {
    return throughput.clone();
  }

  @Override public boolean equals(Object o) {
    return o instanceof ChatModelSpec s && agents == s.agents && Arrays.equals(throughput, s.throughput)
        && routing == s.routing && Double.compare(arrivalRatePerSecond, s.arrivalRatePerSecond) == 0
        && Double.compare(meanHandleSeconds, s.meanHandleSeconds) == 0
        && Double.compare(meanPatienceSeconds, s.meanPatienceSeconds) == 0;
  }

  @Override public int hashCode() {
    return Arrays.hashCode(new double[] {agents, arrivalRatePerSecond, meanHandleSeconds, meanPatienceSeconds})
        * 31 + Arrays.hashCode(throughput) + routing.hashCode();
  }

  @Override public String toString() {
    return "ChatModelSpec[agents=" + agents + ", throughput=" + Arrays.toString(throughput) + ", routing=" + routing
        + ", arrivalRatePerSecond=" + arrivalRatePerSecond + ", meanHandleSeconds=" + meanHandleSeconds
        + ", meanPatienceSeconds=" + meanPatienceSeconds + "]";
  }
}
