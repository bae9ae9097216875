package org.chatplan.engine.analysis;

import java.util.List;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;

/**
 * Several scenarios run on common random numbers, the first being the baseline.
 *
 * @param names one label per scenario, as shown in tables
 * @param run the seed and replications every scenario ran with
 * @param results one experiment result per scenario, in the order given
 */
public record ComparisonResult(List<String> names, RunSettings run, List<ExperimentResult> results) {
  public ComparisonResult {
    names = List.copyOf(names);
    results = List.copyOf(results);
    if (names.size() != results.size()) {
      throw new IllegalArgumentException(names.size() + " names for " + results.size() + " results");
    }
  }

  public ExperimentResult baseline() {
    return results.get(0);
  }

  /** Paired difference of {@code m}: scenario {@code alternative} minus the baseline (scenario 0). */
  public PairedDifference difference(int alternative, Metric m) {
    return difference(0, alternative, m);
  }

  /** Paired difference of {@code m}: scenario {@code alternative} minus scenario {@code baseline}. */
  public PairedDifference difference(int baseline, int alternative, Metric m) {
    return PairedDifference.of(results.get(baseline).values(m), results.get(alternative).values(m));
  }
}
