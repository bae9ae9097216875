/*
 * Not run on its own: the default-scenario workload of JarAB.
 * How to run: java -cp bench/target/benchmarks.jar org.chatplan.bench.JarAB A.jar B.jar 30 DefaultReplications
 */
package org.chatplan.bench;

import org.chatplan.engine.random.RandomStreams;
import org.chatplan.engine.run.Experiment;

/**
 * The bundled default scenario's own replications (10), one after the other on one thread: the
 * work of {@code DefaultScenarioBench} in a unit long enough for {@link JarAB} to time.
 */
public final class DefaultReplications {
  private final Experiment experiment;
  private final RandomStreams streams;
  private final int replications;

  public DefaultReplications() {
    var scenario = DefaultScenario.load();
    experiment = new Experiment(scenario);
    replications = scenario.run().replications();
    streams = RandomStreams.of(scenario.run().seed(), replications);
  }

  /** Every replication once; returns the events handled (so the work cannot be skipped). */
  public long run() {
    long events = 0;
    for (int k = 0; k < replications; k++) {
      events += experiment.replicate(streams, k).events();
    }
    return events;
  }
}
