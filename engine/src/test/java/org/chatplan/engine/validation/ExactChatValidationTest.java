package org.chatplan.engine.validation;

import java.util.stream.Stream;
import org.chatplan.engine.centre.Textbook;
import org.chatplan.engine.erlang.ChatModelSpec;
import org.chatplan.engine.erlang.ChatRouting;
import org.chatplan.engine.erlang.ErlangA;
import org.chatplan.engine.erlang.ErlangAResult;
import org.chatplan.engine.erlang.ExactChatModel;
import org.chatplan.engine.erlang.ExactChatResult;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Concurrency with processor sharing against exact Markov chains: with throughput(k) = k the chat
 * centre is Erlang A with N*c servers; with a slowdown curve it must match the exact chat chain
 * (agents counted by level plus queue length) computed by {@link ExactChatModel}.
 */
class ExactChatValidationTest {
  private static final double[] SLOWDOWN = {1, 1.7, 2.2};

  @Test
  void noSlowdownIsErlangAWithNTimesCServers() {
    int agents = 8;
    int c = 3;
    ExperimentResult r = Experiment.run(Textbook.queue(4, 480, 180, agents, c, null, Routing.LEAST_BUSY, 20, 10, 11L), 2);
    ErlangAResult exact = ErlangA.of(agents * c, 4 / 60.0, 480, 180, 20);
    Bands.covers("N*c servers", r, Metric.PROB_WAIT, exact.probWait());
    Bands.covers("N*c servers", r, Metric.ABANDON_RATE, exact.abandonRate());
    Bands.covers("N*c servers", r, Metric.SERVICE_LEVEL, exact.serviceLevel());
    Bands.covers("N*c servers", r, Metric.ASA_SECONDS, exact.asaSeconds());
    Bands.covers("N*c servers", r, Metric.OCCUPANCY, exact.occupancy());
    Conservation.check(r);
  }

  static Stream<Arguments> slowdownCases() {
    // perMinute, agents, routing in the simulator, routing in the chain
    return Stream.of(
        Arguments.of(0.8, 4, Routing.LEAST_BUSY, ChatRouting.LEAST_BUSY),
        Arguments.of(1.2, 4, Routing.LEAST_BUSY, ChatRouting.LEAST_BUSY),
        Arguments.of(0.8, 4, Routing.LONGEST_IDLE, ChatRouting.IDLE_FIRST),
        Arguments.of(1.2, 4, Routing.LONGEST_IDLE, ChatRouting.IDLE_FIRST));
  }

  @ParameterizedTest(name = "{0}/min, {1} agents, {2}")
  @MethodSource("slowdownCases")
  void slowdownMatchesExactChain(double perMinute, int agents, Routing routing, ChatRouting chain) {
    double handle = 420;
    double patience = 240;
    ExperimentResult r = Experiment.run(Textbook.queue(perMinute, handle, patience, agents, 3, SLOWDOWN, routing, 20, 10, 5L), 2);
    ExactChatResult exact = ExactChatModel.solve(new ChatModelSpec(agents, SLOWDOWN, chain, perMinute / 60, handle, patience)).result(20);
    String label = perMinute + "/min " + routing;
    Bands.covers(label, r, Metric.PROB_WAIT, exact.probWait());
    Bands.covers(label, r, Metric.ABANDON_RATE, exact.abandonRate());
    Bands.covers(label, r, Metric.SERVICE_LEVEL, exact.serviceLevel());
    Bands.covers(label, r, Metric.ASA_SECONDS, exact.asaSeconds());
    Bands.covers(label, r, Metric.OCCUPANCY, exact.occupancy());
    Bands.covers(label, r, Metric.UTILISATION, exact.utilisation());
    Bands.covers(label, r, Metric.MEAN_CONCURRENCY, exact.meanConcurrency());
    Conservation.check(r);
  }
}
