package org.chatplan.engine.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks {@link ExactChatModel} (censored loss chain + analytic queue tail + Gauss-Seidel)
 * against a brute-force build of the full chain with an explicit queue, solved densely by LU.
 */
class ExactChatDenseSolveTest {

  @Test
  void matchesDenseSolveOfTheFullChain() {
    // Independent check: the full chain (levels and queue, queue cut at 120) built here from the
    // model's rules and solved densely by LU; routing of a dequeued chat is applied generically.
    double[] tp = {1, 1.5, 1.8};
    for (ChatRouting routing : ChatRouting.values()) {
      double lambda = 0.045;
      double h = 100;
      double pat = 40;
      double[] dense = denseSolve(3, tp, routing, lambda, h, pat, 120);
      ExactChatResult r = ExactChatModel.solve(new ChatModelSpec(3, tp, routing, lambda, h, pat)).result(20);
      assertEquals(dense[0], r.probWait(), 1e-10, routing + " probWait");
      assertEquals(dense[1] / pat / lambda, r.abandonRate(), 1e-10, routing + " abandon");
      assertEquals(dense[2], r.meanChatsInService(), 1e-10, routing + " chats");
      assertEquals(dense[3] / 3, r.utilisation(), 1e-10, routing + " utilisation");
    }
  }

  /** {P(all at c), E[q], E[chats], E[busy agents]} of the truncated full chain. */
  private static double[] denseSolve(int n, double[] tp, ChatRouting routing, double lambda, double h, double pat,
      int qMax) {
    int c = tp.length;
    List<int[]> states = new ArrayList<>(); // m_0..m_c, q
    for (int[] m : LevelStates.of(n, c)) {
      for (int q = 0; q <= (m[c] == n ? qMax : 0); q++) {
        int[] s = Arrays.copyOf(m, c + 2);
        s[c + 1] = q;
        states.add(s);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < states.size(); i++) {
      index.put(Arrays.toString(states.get(i)), i);
    }
    int size = states.size();
    RealMatrix gen = new Array2DRowRealMatrix(size, size);
    for (int from = 0; from < size; from++) {
      final int i = from;
      int[] s = states.get(i);
      // arrival: to a free slot by policy, else to the queue
      Map<int[], Double> routed = route(s, c, n, routing);
      if (routed.isEmpty()) {
        if (s[c + 1] < qMax) {
          int[] t = s.clone();
          t[c + 1]++;
          add(gen, i, index.get(Arrays.toString(t)), lambda);
        }
      } else {
        routed.forEach((t, p) -> add(gen, i, index.get(Arrays.toString(t)), lambda * p));
      }
      for (int k = 1; k <= c; k++) {
        if (s[k] > 0) {
          int[] t = s.clone();
          t[k]--;
          t[k - 1]++;
          double rate = s[k] * tp[k - 1] / h;
          if (t[c + 1] > 0) {
            t[c + 1]--;
            route(t, c, n, routing).forEach((u, p) -> add(gen, i, index.get(Arrays.toString(u)), rate * p));
          } else {
            add(gen, i, index.get(Arrays.toString(t)), rate);
          }
        }
      }
      if (s[c + 1] > 0) {
        int[] t = s.clone();
        t[c + 1]--;
        add(gen, i, index.get(Arrays.toString(t)), s[c + 1] / pat);
      }
    }
    // pi Q = 0 with sum pi = 1: solve Q^T pi = 0 with the last equation replaced by normalisation.
    RealMatrix a = gen.transpose();
    for (int j = 0; j < size; j++) {
      a.setEntry(size - 1, j, 1);
    }
    RealVector b = new ArrayRealVector(size);
    b.setEntry(size - 1, 1);
    RealVector pi = new LUDecomposition(a).getSolver().solve(b);
    double[] out = new double[4];
    for (int i = 0; i < size; i++) {
      int[] s = states.get(i);
      double p = pi.getEntry(i);
      if (s[c] == n) {
        out[0] += p;
      }
      out[1] += s[c + 1] * p;
      for (int k = 1; k <= c; k++) {
        out[2] += k * s[k] * p;
      }
      out[3] += (n - s[0]) * p;
    }
    return out;
  }

  private static Map<int[], Double> route(int[] s, int c, int n, ChatRouting routing) {
    Map<int[], Double> out = new HashMap<>();
    int free = n - s[c];
    for (int k = 0; k < c && free > 0; k++) {
      if (s[k] > 0) {
        int[] t = s.clone();
        t[k]--;
        t[k + 1]++;
        if (routing == ChatRouting.LEAST_BUSY || routing == ChatRouting.IDLE_FIRST && s[0] > 0) {
          out.put(t, 1.0);
          return out;
        }
        out.put(t, (double) s[k] / free);
      }
    }
    return out;
  }

  private static void add(RealMatrix gen, int from, int to, double rate) {
    gen.addToEntry(from, to, rate);
    gen.addToEntry(from, from, -rate);
  }

}
