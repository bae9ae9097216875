/*
 * How to run (from the repository root, after building bench/target/benchmarks.jar):
 *
 *   java -jar bench/target/benchmarks.jar DefaultScenarioBench -f 1 -wi 5 -i 3 -w 2s -r 3s
 *
 * (An operation is short, ~30 ms, and the centre's event handler is large: two 2-second warm-up
 * iterations are not enough for the JIT, five are.)
 * One operation is one replication of the bundled default scenario (follow-the-sun: three regions,
 * three sites, bot, concurrency 3, 1 warm-up day + 7 reported days). The primary score is
 * replications per second; "chats" is chats offered in the reported window per second (the
 * replication's OFFERED figure; warm-up chats are simulated too but not counted) and "events" is
 * events handled per second.
 */
package org.chatplan.bench;

import java.util.concurrent.TimeUnit;
import org.chatplan.engine.random.RandomStreams;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The default scenario end to end: one replication per operation. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class DefaultScenarioBench {

  @State(Scope.Benchmark)
  public static class Model {
    Experiment experiment;
    RandomStreams streams;
    int replications;
    int next;

    @Setup(Level.Trial)
    public void load() {
      var scenario = DefaultScenario.load();
      experiment = new Experiment(scenario);
      replications = scenario.run().replications();
      streams = RandomStreams.of(scenario.run().seed(), replications);
    }
  }

  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Counts {
    public long chats;
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      chats = 0;
      events = 0;
    }
  }

  /** Cycles through the scenario's own replications (10), so operations are not all identical. */
  @Benchmark
  public ReplicationResult replication(Model m, Counts c) {
    ReplicationResult r = m.experiment.replicate(m.streams, m.next);
    m.next = (m.next + 1) % m.replications;
    c.chats += Math.round(r.total().get(Metric.OFFERED));
    c.events += r.events();
    return r;
  }
}
