package org.chatplan.engine.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.chatplan.engine.centre.Textbook;
import org.chatplan.engine.erlang.ErlangA;
import org.chatplan.engine.erlang.ErlangAResult;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulator reduced to the textbook queue (one flat region, one site with N agents around the
 * clock, exponential handle time and patience, concurrency 1, no bot) against the project's exact
 * Erlang C / Erlang A. Runs are long enough that the ASA interval is within 2% of ASA.
 */
class ErlangValidationTest {

  static Stream<Arguments> cases() {
    // perMinute, handle s, patience s (0 = none: Erlang C), agents, reported days, replications
    return Stream.of(
        Arguments.of("N=1 Erlang A", 0.5, 60, 120, 1, 60, 10),
        Arguments.of("N=1 Erlang C", 0.5, 60, 0, 1, 90, 10),
        Arguments.of("MMCM reference", 10, 240, 120, 45, 36, 10),
        Arguments.of("Erlang C N=5", 3.5, 60, 0, 5, 60, 16),
        Arguments.of("load within 5% of N", 12, 240, 180, 50, 26, 10),
        Arguments.of("N>=100", 30, 240, 300, 125, 40, 10),
        Arguments.of("overloaded Erlang A", 12, 240, 90, 44, 10, 10));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesErlang(String label, double perMinute, double handle, double patience, int agents, int days, int reps) {
    ExperimentResult r = Experiment.run(Textbook.queue(perMinute, handle, patience, agents, days, reps, 20270301L), 2);
    ErlangAResult exact = ErlangA.of(agents, perMinute / 60, handle,
        patience > 0 ? patience : Double.POSITIVE_INFINITY, 20);

    Bands.covers(label, r, Metric.PROB_WAIT, exact.probWait());
    Bands.covers(label, r, Metric.ASA_SECONDS, exact.asaSeconds());
    Bands.covers(label, r, Metric.MEAN_QUEUE_SECONDS, exact.meanQueueSeconds());
    Bands.covers(label, r, Metric.SERVICE_LEVEL, exact.serviceLevel());
    Bands.covers(label, r, Metric.ABANDON_RATE, exact.abandonRate());
    Bands.covers(label, r, Metric.OCCUPANCY, exact.occupancy());
    // Little's law on the exact chain: the time-weighted queue length and chats in service are
    // lambda x mean time in queue (abandoners included) and lambda x P(answered) x mean handle time.
    double lambda = perMinute / 60;
    Bands.covers(label, r, Metric.MEAN_QUEUE_LENGTH, lambda * exact.meanQueueSeconds());
    Bands.covers(label, r, Metric.MEAN_CHATS_IN_SERVICE, lambda * (1 - exact.abandonRate()) * handle);
    // Wait percentiles of answered chats: the exact quantile of P(wait <= t | answered), within the
    // band widened by the wait histogram's stated precision (2 significant digits: 1%).
    ErlangA chain = ErlangA.solve(agents, lambda, handle, patience > 0 ? patience : Double.POSITIVE_INFINITY);
    for (Metric m : new Metric[] {Metric.WAIT_P50_SECONDS, Metric.WAIT_P90_SECONDS, Metric.WAIT_P99_SECONDS}) {
      double p = m == Metric.WAIT_P50_SECONDS ? 0.5 : m == Metric.WAIT_P90_SECONDS ? 0.9 : 0.99;
      double q = answeredWaitQuantile(chain, p);
      Bands.covers(label, r, m, q, 0.01 * q);
    }
    double asaHw = r.get(Metric.ASA_SECONDS).halfWidth();
    assertTrue(asaHw / exact.asaSeconds() < 0.02, label + ": ASA 95% half-width " + asaHw
        + " s is not within 2% of " + exact.asaSeconds() + " s; run longer");
    Conservation.check(r);
  }

  /** The p-quantile of the wait of answered customers: the least t with P(wait <= t | answered) >= p. */
  static double answeredWaitQuantile(ErlangA chain, double p) {
    double answered = 1 - chain.abandonRate();
    if (chain.serviceLevel(0) >= p * answered) {
      return 0;
    }
    double hi = 1;
    while (chain.serviceLevel(hi) < p * answered) {
      hi *= 2;
    }
    double lo = 0;
    for (int i = 0; i < 60; i++) {
      double mid = (lo + hi) / 2;
      if (chain.serviceLevel(mid) < p * answered) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  /** A patience bug must show: with patience doubled, short runs already miss Erlang A. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void wouldCatchAPatienceBug(String label, double perMinute, double handle, double patience, int agents, int days, int reps) {
    if (patience <= 0) {
      return;
    }
    ExperimentResult wrong = Experiment.run(Textbook.queue(perMinute, handle, 2 * patience, agents, days, 4, 7L), 2);
    ErlangAResult exact = ErlangA.of(agents, perMinute / 60, handle, patience, 20);
    int missed = 0;
    double[][] checks = {
        {Bands.mean(wrong, Metric.ABANDON_RATE), Bands.halfWidth(wrong, Metric.ABANDON_RATE), exact.abandonRate()},
        {Bands.mean(wrong, Metric.ASA_SECONDS), Bands.halfWidth(wrong, Metric.ASA_SECONDS), exact.asaSeconds()},
        {Bands.mean(wrong, Metric.SERVICE_LEVEL), Bands.halfWidth(wrong, Metric.SERVICE_LEVEL), exact.serviceLevel()}};
    for (double[] c : checks) {
      if (Math.abs(c[0] - c[2]) > c[1]) {
        missed++;
      }
    }
    assertTrue(missed > 0, label + ": doubling patience went unnoticed by the Erlang A checks");
    assertEquals(agents, wrong.get(Metric.AGENTS_LOGGED_IN).mean(), 1e-9);
  }
}
