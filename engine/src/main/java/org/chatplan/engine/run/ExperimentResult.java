package org.chatplan.engine.run;

import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.stats.MetricSummary;

/**
 * An experiment's summaries across replications (mean, 95% half-width, n), for the total and every
 * breakdown, and each replication's own whole-window figures and breakdowns ({@code replications},
 * in index order; their per-interval lists are empty: per-interval figures are summarised as the
 * replications finish and not kept, see {@link AcrossReplications}). Identical on any thread count.
 */
public record ExperimentResult(Scenario scenario, long seed, List<ReplicationResult> replications,
    Map<Metric, MetricSummary> total, Map<String, Map<Metric, MetricSummary>> byRegion,
    Map<String, Map<Metric, MetricSummary>> byTopic, Map<String, Map<Metric, MetricSummary>> byLanguage,
    Map<String, Map<Metric, MetricSummary>> bySite, List<Map<Metric, MetricSummary>> byInterval,
    List<Map<String, Map<Metric, MetricSummary>>> byIntervalRegion,
    List<Map<String, Map<Metric, MetricSummary>>> byIntervalSite) {

  /** Summarises replications given in index order. */
  public static ExperimentResult of(Scenario scenario, long seed, List<ReplicationResult> reps) {
    AcrossReplications across = new AcrossReplications(scenario, seed, reps.size(), r -> { });
    for (int i = 0; i < reps.size(); i++) {
      across.add(i, reps.get(i));
    }
    return across.result();
  }

  /** Summary of one metric for the whole window. */
  public MetricSummary get(Metric m) {
    return total.get(m);
  }

  /** Per-replication values of one whole-window metric, in replication order. */
  public double[] values(Metric m) {
    double[] v = new double[replications.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = replications.get(i).total().get(m);
    }
    return v;
  }
}
