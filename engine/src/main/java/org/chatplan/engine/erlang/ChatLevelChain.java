package org.chatplan.engine.erlang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent-level part of {@link ExactChatModel}: states m = (m_0..m_c), m_k = agents holding k
 * chats, sum N, with arrivals blocked when every agent is at c. That loss chain is the full chain
 * censored on "queue empty": from the all-at-c state an arrival starts a queue excursion that can
 * only end by returning to that same state, so censoring just drops a self-loop. Its stationary
 * distribution, scaled, is the full one on those states (docs/erlang.md).
 *
 * <p>Solved by symmetric Gauss-Seidel on the sparse generator. States are ordered by the number of
 * chats in service, the only quantity arrivals and completions change (by one), so forward and
 * backward sweeps carry mass along the chain's main axis in both directions.
 */
final class ChatLevelChain {
  /** Largest level state space accepted; C(N + c, c) grows fast with c. */
  static final int MAX_STATES = 1_000_000;
  private static final double TOLERANCE = 1e-15;
  private static final int MAX_SWEEPS = 1_000_000;

  private final int agents;
  private final int top;
  private final int[][] levels;
  private final Map<Long, Integer> index = new HashMap<>();
  private final double[] pi;

  ChatLevelChain(ChatModelSpec spec) {
    this.agents = spec.agents();
    this.top = spec.maxConcurrency();
    double count = binomial(agents + top, top);
    if (count > MAX_STATES) {
      throw new IllegalArgumentException("exact chat model needs C(N+c, c) = " + (long) count + " level states for N="
          + agents + ", c=" + top + "; the limit is " + MAX_STATES);
    }
    List<int[]> all = new ArrayList<>();
    enumerate(new int[top + 1], 0, agents, all);
    all.sort(Comparator.comparingInt(this::chatsIn));
    this.levels = all.toArray(new int[0][]);
    for (int i = 0; i < levels.length; i++) {
      index.put(key(levels[i]), i);
    }
    this.pi = solve(spec);
  }

  int size() {
    return levels.length;
  }

  /** Stationary probability of level state i in the censored chain (queue-empty states sum to 1). */
  double probability(int i) {
    return pi[i];
  }

  int[] levels(int i) {
    return levels[i].clone();
  }

  /** Index of a level vector, or -1 if it is not a state. */
  int indexOf(int[] m) {
    if (m.length != top + 1 || Arrays.stream(m).sum() != agents || Arrays.stream(m).anyMatch(x -> x < 0)) {
      return -1;
    }
    return index.getOrDefault(key(m), -1);
  }

  /** Index of the state with every agent at c. */
  int fullState() {
    return levels.length - 1;
  }

  int chatsIn(int i) {
    return chatsIn(levels[i]);
  }

  private int chatsIn(int[] m) {
    int t = 0;
    for (int k = 1; k <= top; k++) {
      t += k * m[k];
    }
    return t;
  }

  /** Total chat completion rate in state i: sum_k m_k mu throughput(k). */
  double completionRate(int i, ChatModelSpec spec) {
    double r = 0;
    for (int k = 1; k <= top; k++) {
      r += levels[i][k] * spec.completionRate(k);
    }
    return r;
  }

  private double[] solve(ChatModelSpec spec) {
    int n = levels.length;
    double[] p = new double[n];
    if (spec.arrivalRatePerSecond() == 0) {
      p[0] = 1; // all idle, the only recurrent state
      return p;
    }
    double[] out = new double[n];
    List<double[]> edges = new ArrayList<>(); // {from, to, rate}
    for (int i = 0; i < n; i++) {
      transitions(i, spec, edges);
    }
    int[] start = new int[n + 1];
    for (double[] e : edges) {
      start[(int) e[1] + 1]++;
      out[(int) e[0]] += e[2];
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] from = new int[edges.size()];
    double[] rate = new double[edges.size()];
    int[] fill = Arrays.copyOf(start, n);
    for (double[] e : edges) {
      int slot = fill[(int) e[1]]++;
      from[slot] = (int) e[0];
      rate[slot] = e[2];
    }
    Arrays.fill(p, 1.0 / n);
    double[] previous = new double[n];
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      if (Thread.currentThread().isInterrupted()) { // a caller with a time limit gave up
        throw new java.util.concurrent.CancellationException("stopped after " + sweep + " Gauss-Seidel sweeps");
      }
      System.arraycopy(p, 0, previous, 0, n);
      for (int i = 0; i < n; i++) {
        p[i] = inflow(i, p, start, from, rate) / out[i];
      }
      for (int i = n - 1; i >= 0; i--) {
        p[i] = inflow(i, p, start, from, rate) / out[i];
      }
      double sum = 0;
      for (double x : p) {
        sum += x;
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        p[i] /= sum;
        change = Math.max(change, Math.abs(p[i] - previous[i]));
      }
      if (change < TOLERANCE) {
        return p;
      }
    }
    throw new IllegalStateException("Gauss-Seidel did not converge in " + MAX_SWEEPS + " sweeps for " + spec);
  }

  private static double inflow(int i, double[] p, int[] start, int[] from, double[] rate) {
    double s = 0;
    for (int e = start[i]; e < start[i + 1]; e++) {
      s += p[from[e]] * rate[e];
    }
    return s;
  }

  /** Arrivals (unless all at c) routed by policy; completions drop one agent a level. */
  private void transitions(int i, ChatModelSpec spec, List<double[]> edges) {
    int[] m = levels[i];
    double lambda = spec.arrivalRatePerSecond();
    if (m[top] < agents) {
      if (spec.routing() == ChatRouting.LEAST_BUSY || spec.routing() == ChatRouting.IDLE_FIRST && m[0] > 0) {
        int k = 0;
        while (m[k] == 0) {
          k++;
        }
        edges.add(new double[] {i, move(m, k, k + 1), lambda});
      } else {
        int free = agents - m[top];
        for (int k = 0; k < top; k++) {
          if (m[k] > 0) {
            edges.add(new double[] {i, move(m, k, k + 1), lambda * m[k] / free});
          }
        }
      }
    }
    for (int k = 1; k <= top; k++) {
      if (m[k] > 0) {
        edges.add(new double[] {i, move(m, k, k - 1), m[k] * spec.completionRate(k)});
      }
    }
  }

  /** Index of the state where one agent moves from level {@code from} to level {@code to}. */
  private int move(int[] m, int from, int to) {
    int[] next = m.clone();
    next[from]--;
    next[to]++;
    return index.get(key(next));
  }

  private long key(int[] m) {
    long key = 0;
    for (int k = top; k >= 1; k--) {
      key = key * (agents + 1) + m[k];
    }
    return key;
  }

  private static void enumerate(int[] m, int level, int left, List<int[]> out) {
    if (level == m.length - 1) {
      m[level] = left;
      out.add(m.clone());
      return;
    }
    for (int x = left; x >= 0; x--) {
      m[level] = x;
      enumerate(m, level + 1, left - x, out);
    }
  }

  private static double binomial(int n, int k) {
    double b = 1;
    for (int j = 1; j <= k; j++) {
      b = b * (n - k + j) / j;
    }
    return b;
  }
}
