package org.chatplan.engine.centre;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.ReplicationResult;

/**
 * Whole replications, per-interval rows included, for tests that read them: an experiment's result
 * keeps only their summaries.
 */
public record Whole(ExperimentResult result, List<ReplicationResult> replications) {

  public static Whole run(Scenario s, int threads) {
    List<ReplicationResult> reps = new ArrayList<>();
    ExperimentResult r = new Experiment(s).run(threads, i -> { }, reps::add);
    return new Whole(r, List.copyOf(reps));
  }
}
