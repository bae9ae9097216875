/*
 * Not run on its own: one of the models measured by MmcmBench (and checked by MmcmAgreementTest).
 * How to run: java -jar bench/target/benchmarks.jar MmcmBench -f 1 -wi 2 -i 3 -w 10s -r 10s
 */
package org.chatplan.bench;

/**
 * The reference queue M/M/c+M shared by the three implementations in {@link MmcmBench}: Poisson
 * arrivals, {@code agents} identical agents each serving one customer at a time, exponential handle
 * times, one FCFS queue, exponential patience (a waiting customer leaves when it runs out). Time is in
 * seconds. Arrivals are generated on [0, horizon); the run stops at the horizon and customers still
 * waiting or in service then are counted in none of answered / abandoned.
 */
public record MmcmModel(double arrivalsPerSecond, double meanHandleSeconds, int agents,
    double meanPatienceSeconds, double horizonSeconds) {

  public MmcmModel {
    if (!(arrivalsPerSecond > 0) || !(meanHandleSeconds > 0) || agents < 1 || !(meanPatienceSeconds > 0)
        || !(horizonSeconds > 0)) {
      throw new IllegalArgumentException("every M/M/c+M parameter must be positive: " + arrivalsPerSecond
          + ", " + meanHandleSeconds + ", " + agents + ", " + meanPatienceSeconds + ", " + horizonSeconds);
    }
  }

  /** The benchmark case: 10 arrivals/min, 4 min handle, 45 agents, 2 min patience, {@code days} days. */
  public static MmcmModel reference(int days) {
    return new MmcmModel(10.0 / 60, 240, 45, 120, days * 86400.0);
  }

  /** 139 days: about 2,000,000 arrivals (expected 2,001,600). */
  public static final int BENCH_DAYS = 139;

  /** Expected number of arrivals over the horizon. */
  public double expectedArrivals() {
    return arrivalsPerSecond * horizonSeconds;
  }

  /**
   * What one run measured.
   *
   * @param offered arrivals in [0, horizon)
   * @param answered customers whose service started
   * @param abandoned customers who left the queue unserved
   * @param answeredWaitSum sum of the waits of answered customers (0 for those served at once)
   * @param events events handled by the simulator (model-specific; see each implementation)
   */
  public record Stats(long offered, long answered, long abandoned, double answeredWaitSum, long events) {
    /** Mean wait of answered customers (ASA), seconds. */
    public double asa() {
      return answered > 0 ? answeredWaitSum / answered : Double.NaN;
    }

    /** Abandoned / (answered + abandoned): the share of customers who reached an outcome and left. */
    public double abandonRate() {
      long done = answered + abandoned;
      return done > 0 ? (double) abandoned / done : Double.NaN;
    }

    @Override public String toString() {
      return String.format(java.util.Locale.ROOT,
          "offered=%d answered=%d abandoned=%d abandonRate=%.4f%% asa=%.3fs events=%d",
          offered, answered, abandoned, 100 * abandonRate(), asa(), events);
    }
  }
}
