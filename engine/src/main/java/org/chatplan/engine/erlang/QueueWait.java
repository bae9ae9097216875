package org.chatplan.engine.erlang;

/**
 * Wait of a tagged FCFS arrival that finds every server busy, shared by Erlang A and the exact chat
 * model. While the queue is non-empty the system completes service at a constant rate {@code s}
 * (N mu, or N mu throughput(c) for chat) and each waiting customer abandons at rate gamma.
 *
 * <p>The tagged customer at position j (j - 1 ahead) moves up at rate r_j = s + (j - 1) gamma (a
 * completion pulls the head into service; anyone ahead may abandon), and abandons itself at rate
 * gamma; it reaches a server when it leaves position 1. So with k ahead it needs the k + 1 phases
 * j = k+1..1 of the killed chain with exit rates q_j = s + j gamma and success odds r_j / q_j.
 * Means use that directly; time-dependent probabilities use uniformisation of that chain, which
 * only adds and multiplies probabilities, so it is stable for thousands of phases (closed-form
 * hypoexponential sums cancel catastrophically). See docs/erlang.md.
 */
final class QueueWait {
  /** Poisson weights below this fraction of the mode are dropped. */
  private static final double WEIGHT_CUTOFF = 1e-20;
  /** Stop stepping once this fraction of the queued mass is still undecided. */
  private static final double MASS_CUTOFF = 1e-18;
  /** Beyond this many expected jumps the wait is treated as decided (t effectively infinite). */
  private static final double HORIZON_JUMPS = 1e9;
  /** Top positions holding less than this fraction of the mass are dropped (they only move down). */
  private static final double POSITION_CUTOFF = 1e-24;

  private final double[] ahead;
  private final double service;
  private final double gamma;

  /**
   * @param ahead ahead[k] = P(an arrival finds all servers busy and k customers waiting), over all
   *     arrivals (PASTA), so the entries sum to P(wait)
   * @param service constant completion rate s while the queue is non-empty, > 0
   * @param gamma abandonment rate per waiting customer, >= 0
   */
  QueueWait(double[] ahead, double service, double gamma) {
    this.ahead = ahead.clone();
    this.service = service;
    this.gamma = gamma;
  }

  /** P(wait and later answered), over all arrivals: sum_k ahead[k] prod_j r_j / q_j. */
  double answeredAfterWaiting() {
    double sum = 0;
    double p = 1;
    for (int k = 0; k < ahead.length; k++) {
      p *= advance(k) / exit(k);
      sum += ahead[k] * p;
    }
    return sum;
  }

  /** E[wait * 1{answered}] over all arrivals: with k ahead, p_k * sum_j 1 / q_j. */
  double waitOfAnsweredMass() {
    double sum = 0;
    double p = 1;
    double h = 0;
    for (int k = 0; k < ahead.length; k++) {
      p *= advance(k) / exit(k);
      h += 1.0 / exit(k);
      sum += ahead[k] * p * h;
    }
    return sum;
  }

  /** E[time in queue] over all arrivals, abandoned included; equals E[Q] / lambda (Little). */
  double meanTimeInQueue() {
    double sum = 0;
    double d = 0;
    for (int k = 0; k < ahead.length; k++) {
      // D_k = 1/q + (r/q) D_{k-1}: one sojourn at the entry position, then the rest if it moved up.
      d = 1.0 / exit(k) + advance(k) / exit(k) * d;
      sum += ahead[k] * d;
    }
    return sum;
  }

  /** P(wait, then answered within t), over all arrivals: the queued part of the service level. */
  double answeredWithin(double t) {
    return evolve(t, true)[0];
  }

  /** {answeredWithin(t), stillWaitingAt(t)} from one pass, for callers that need both. */
  double[] answeredWithinAndStillWaiting(double t) {
    return evolve(t, true);
  }

  /** P(still in queue at t), i.e. time in queue > t, counting neither answered nor abandoned. */
  double stillWaitingAt(double t) {
    return evolve(t, true)[1];
  }

  /** P(offered wait > t): the arrival would still be unanswered at t were it infinitely patient. */
  double offeredWaitExceeds(double t) {
    return evolve(t, false)[1];
  }

  /** Rate of moving up from index i (= customers ahead): s + i gamma. */
  private double advance(int i) {
    return service + i * gamma;
  }

  /** Total exit rate of index i in the killed chain: s + (i + 1) gamma. */
  private double exit(int i) {
    return service + (i + 1) * gamma;
  }

  /**
   * Uniformised transient analysis: {absorbed in service by t, still queued at t}. With rate L at
   * least every exit rate, P(.. by t) = sum_n Poisson(n; L t) P(.. after n jumps of the DTMC).
   */
  private double[] evolve(double t, boolean killed) {
    Require.nonNegative("t", t);
    int m = ahead.length;
    double[] mass = ahead.clone();
    double total = 0;
    for (double x : mass) {
      total += x;
    }
    if (total == 0) {
      return new double[] {0, 0};
    }
    double kill = killed ? gamma : 0;
    double rate = gamma == 0 ? service : advance(m - 1) + kill;
    if (rate * t > HORIZON_JUMPS) {
      // So many jumps that every queued arrival has long been answered or has abandoned.
      return new double[] {killed ? answeredAfterWaiting() : total, 0};
    }
    if (gamma == 0) {
      return shiftOnly(t, mass);
    }
    double[] weights = poissonWindow(rate * t);
    int first = (int) weights[0];
    int last = first + weights.length - 2;
    double absorbed = 0;
    double remaining = total;
    double served = 0;
    double waiting = 0;
    double used = 0;
    int top = m - 1;
    for (int n = 0; n <= last; n++) {
      if (n >= first) {
        double w = weights[n - first + 1];
        served += w * absorbed;
        waiting += w * remaining;
        used += w;
      }
      if (remaining <= MASS_CUTOFF * total || n == last) {
        served += Math.max(0, 1 - used) * absorbed;
        break;
      }
      while (top > 0 && mass[top] < POSITION_CUTOFF * total) {
        remaining -= mass[top];
        mass[top--] = 0;
      }
      for (int i = 0; i <= top; i++) {
        double x = mass[i];
        if (x == 0) {
          continue;
        }
        double up = x * advance(i) / rate;
        double lost = x * kill / rate;
        mass[i] = Math.max(0, x - up - lost);
        remaining -= lost;
        if (i == 0) {
          absorbed += up;
          remaining -= up;
        } else {
          mass[i - 1] += up;
        }
      }
    }
    return new double[] {served, waiting};
  }

  /**
   * Without abandonment every position leaves at rate s, so with L = s each uniformised jump moves
   * all mass down one place: after n jumps, exactly the arrivals with fewer than n ahead are served.
   * Prefix and suffix sums then give the answer in O(K + window) instead of O(K * s t).
   */
  private double[] shiftOnly(double t, double[] mass) {
    int m = mass.length;
    double[] suffix = new double[m + 1];
    for (int k = m - 1; k >= 0; k--) {
      suffix[k] = suffix[k + 1] + mass[k];
    }
    double[] weights = poissonWindow(service * t);
    int first = (int) weights[0];
    double served = 0;
    double waiting = 0;
    for (int i = 1; i < weights.length; i++) {
      int n = Math.min(first + i - 1, m);
      served += weights[i] * (suffix[0] - suffix[n]);
      waiting += weights[i] * suffix[n];
    }
    return new double[] {served, waiting};
  }

  /**
   * Normalised Poisson(mean) weights on the window where they exceed WEIGHT_CUTOFF times the mode,
   * built by ratios outward from the mode so no factorial or exp(-mean) underflows. Element 0 is
   * the first index of the window, the weights follow.
   */
  static double[] poissonWindow(double mean) {
    if (mean == 0) {
      return new double[] {0, 1};
    }
    int mode = (int) Math.floor(mean);
    int lo = mode;
    double w = 1;
    while (lo > 0 && w > WEIGHT_CUTOFF) {
      w *= lo / mean;
      lo--;
    }
    int hi = mode;
    w = 1;
    while (w > WEIGHT_CUTOFF) {
      hi++;
      w *= mean / hi;
    }
    double[] out = new double[hi - lo + 2];
    out[0] = lo;
    out[mode - lo + 1] = 1;
    for (int n = mode - 1; n >= lo; n--) {
      out[n - lo + 1] = out[n - lo + 2] * (n + 1) / mean;
    }
    for (int n = mode + 1; n <= hi; n++) {
      out[n - lo + 1] = out[n - lo] * mean / n;
    }
    double sum = 0;
    for (int i = 1; i < out.length; i++) {
      sum += out[i];
    }
    for (int i = 1; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
  }
}
