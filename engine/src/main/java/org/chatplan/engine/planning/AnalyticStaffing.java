package org.chatplan.engine.planning;

import org.chatplan.engine.erlang.ChatModelSpec;
import org.chatplan.engine.erlang.ChatRouting;
import org.chatplan.engine.erlang.ErlangA;
import org.chatplan.engine.erlang.ExactChatModel;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.Targets;

/**
 * The stationary staffing answer for one interval's demand: the fewest agents on duty that meet
 * the service level within its time and the abandonment ceiling, treating the interval as a steady
 * state with Poisson arrivals, exponential handle time and exponential patience of the given means.
 *
 * <ul>
 *   <li>One chat per agent (phone, the textbook queue): Erlang A, {@link ErlangA#minAgents}.
 *   <li>Several chats per agent: the exact concurrent-chat Markov chain ({@link ExactChatModel})
 *       with the scenario's throughput curve up to the site's limit. The search starts from the WFM
 *       shortcut (Erlang A on N c slots with handle time h c / throughput(c), rounded up to whole
 *       agents) and steps down, or up, from there.
 *   <li>When the chain would be too large ({@value #MAX_LEVEL_STATES} agent-level states) or the
 *       concurrency is above what it supports, the shortcut alone is used (it errs on the safe side
 *       for a concave throughput curve).
 * </ul>
 */
public final class AnalyticStaffing {
  /** Largest exact-chain size used: C(N + c, c) agent-level states, about 46 agents at c = 3. */
  static final int MAX_LEVEL_STATES = 20_000;

  private AnalyticStaffing() {}

  /** Which model gave an answer. */
  public enum Model { NONE, ERLANG_A, EXACT_CHAT, ERLANG_A_SLOTS }

  /** An answer and the model that gave it. */
  public record Answer(int agents, Model model) {}

  /**
   * Fewest agents meeting {@code targets}; 0 when nothing arrives.
   *
   * @param arrivalRatePerSecond chats (or calls) reaching the agent queue per second
   * @param meanHandleSeconds mean agent work per chat at concurrency 1
   * @param meanPatienceSeconds mean patience in queue, +Infinity for none
   * @param concurrency the throughput curve
   * @param maxConcurrency chats an agent of this site may hold
   * @param routing the scenario's routing rule
   */
  public static Answer minAgents(double arrivalRatePerSecond, double meanHandleSeconds, double meanPatienceSeconds,
      Concurrency concurrency, int maxConcurrency, Routing routing, Targets targets) {
    if (arrivalRatePerSecond <= 0) {
      return new Answer(0, Model.NONE);
    }
    double sl = targets.serviceLevel();
    double within = targets.withinSeconds();
    double maxAbandon = targets.maxAbandon();
    if (maxConcurrency == 1) {
      return new Answer(ErlangA.minAgents(arrivalRatePerSecond, meanHandleSeconds, meanPatienceSeconds, sl, within,
          maxAbandon), Model.ERLANG_A);
    }
    int c = maxConcurrency;
    double[] curve = new double[c];
    for (int k = 1; k <= c; k++) {
      curve[k - 1] = concurrency.throughputAt(k);
    }
    double slotHandle = meanHandleSeconds * c / curve[c - 1];
    int slots = ErlangA.minAgents(arrivalRatePerSecond, slotHandle, meanPatienceSeconds, sl, within, maxAbandon);
    int guess = Math.max(1, (slots + c - 1) / c);
    if (c > ChatModelSpec.MAX_CONCURRENCY || levelStates(guess + 1, c) > MAX_LEVEL_STATES) {
      return new Answer(guess, Model.ERLANG_A_SLOTS);
    }
    ChatRouting chatRouting = routing == Routing.LEAST_BUSY ? ChatRouting.LEAST_BUSY : ChatRouting.RANDOM_FREE_SLOT;
    java.util.function.IntPredicate meets = n -> {
      try {
        ExactChatModel m = ExactChatModel.solve(new ChatModelSpec(n, curve, chatRouting, arrivalRatePerSecond,
            meanHandleSeconds, meanPatienceSeconds));
        return m.abandonRate() <= maxAbandon && m.serviceLevel(within) >= sl;
      } catch (IllegalArgumentException unstable) {
        return false;
      }
    };
    int n = guess;
    if (meets.test(n)) {
      while (n > 1 && meets.test(n - 1)) {
        n--;
      }
      return new Answer(n, Model.EXACT_CHAT);
    }
    while (!meets.test(++n)) {
      if (levelStates(n + 1, c) > MAX_LEVEL_STATES) {
        return new Answer(n, Model.ERLANG_A_SLOTS); // the chain grew too large before meeting the targets
      }
    }
    return new Answer(n, Model.EXACT_CHAT);
  }

  /** C(n + c, c), the agent-level state count of the exact chain. */
  static double levelStates(int n, int c) {
    double b = 1;
    for (int j = 1; j <= c; j++) {
      b = b * (n + j) / j;
    }
    return b;
  }
}
