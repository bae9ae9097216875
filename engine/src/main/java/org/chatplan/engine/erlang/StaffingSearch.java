package org.chatplan.engine.erlang;

import java.util.function.IntPredicate;

/** Smallest staffing level meeting a target, for targets that only get easier with more agents. */
final class StaffingSearch {
  private StaffingSearch() {}

  /**
   * Galloping search upward from {@code lowerBound} (doubling the step) then bisection, so a model
   * that costs O(N) per evaluation needs O(log N) evaluations even at thousands of agents. Relies on
   * {@code feasible} being monotone in the number of agents, which holds for every target used here.
   */
  static int smallest(int lowerBound, int limit, IntPredicate feasible, String what) {
    int lo = Math.max(1, lowerBound);
    if (feasible.test(lo)) {
      return lo;
    }
    int bad = lo;
    int good = -1;
    for (long step = 1; ; step *= 2) {
      int candidate = (int) Math.min((long) limit, bad + step);
      if (feasible.test(candidate)) {
        good = candidate;
        break;
      }
      if (candidate >= limit) {
        throw new IllegalArgumentException(what + " cannot be met with up to " + limit + " agents");
      }
      bad = candidate;
    }
    while (good - bad > 1) {
      int mid = bad + (good - bad) / 2;
      if (feasible.test(mid)) {
        good = mid;
      } else {
        bad = mid;
      }
    }
    return good;
  }
}
