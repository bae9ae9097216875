package org.chatplan.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.random.RandomStreams;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.AcrossReplications;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Workers;

/**
 * Runs several scenarios on common random numbers: every scenario gets the same {@link RunSettings}
 * and draws from one shared {@link RandomStreams}, so replication r of each sees the same streams.
 * All (scenario, replication) tasks share one pool, which keeps every core busy even when a
 * scenario has fewer replications than there are threads; results are stored by index, so they
 * do not depend on the thread count.
 */
final class Runs {
  private Runs() {}

  /** The scenarios with their run settings replaced by {@code run}, in the same order. */
  static List<Scenario> withCommonRun(List<Scenario> scenarios, RunSettings run) {
    if (run == null) {
      throw new IllegalArgumentException("common run settings (seed, replications) are required");
    }
    List<Scenario> out = new ArrayList<>(scenarios.size());
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      if (s == null) {
        throw new IllegalArgumentException("scenario " + i + " is missing");
      }
      out.add(s.withRun(run));
    }
    return List.copyOf(out);
  }

  /**
   * Runs each scenario (already carrying the common run settings) and returns one result per
   * scenario, in order. {@code onReplicationDone} is called once per finished replication, from
   * any thread.
   */
  static List<ExperimentResult> run(List<Scenario> scenarios, int threads, Runnable onReplicationDone) {
    if (scenarios.isEmpty()) {
      return List.of();
    }
    RunSettings run = scenarios.get(0).run();
    int reps = run.replications();
    RandomStreams streams = RandomStreams.of(run.seed(), reps);
    List<Experiment> experiments = new ArrayList<>();
    for (Scenario s : scenarios) {
      if (!s.run().equals(run)) {
        throw new IllegalArgumentException("scenario " + s.name() + " runs with " + s.run() + ", not the common "
            + run + "; common random numbers need the same seed and replications everywhere");
      }
      experiments.add(new Experiment(s));
    }
    AcrossReplications[] results = new AcrossReplications[experiments.size()];
    for (int e = 0; e < results.length; e++) {
      results[e] = new AcrossReplications(scenarios.get(e), run.seed(), reps, r -> { });
    }
    int tasks = experiments.size() * reps;
    Runnable done = onReplicationDone == null ? () -> { } : onReplicationDone;
    Workers.run(tasks, threads, "chatplan-analysis", t -> {
      int e = t / reps;
      int r = t % reps;
      results[e].add(r, experiments.get(e).replicate(streams, r));
      done.run();
    });
    List<ExperimentResult> out = new ArrayList<>(experiments.size());
    for (int e = 0; e < experiments.size(); e++) {
      out.add(results[e].result());
    }
    return List.copyOf(out);
  }
}
