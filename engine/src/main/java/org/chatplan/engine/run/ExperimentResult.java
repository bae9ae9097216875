package org.chatplan.engine.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.stats.MetricSummary;

/**
 * An experiment's replications and their summaries across replications (mean, 95% half-width, n),
 * for the total and every breakdown. Built from replications in index order, so it is identical on
 * any thread count.
 */
public record ExperimentResult(Scenario scenario, long seed, List<ReplicationResult> replications,
    Map<Metric, MetricSummary> total, Map<String, Map<Metric, MetricSummary>> byRegion,
    Map<String, Map<Metric, MetricSummary>> byTopic, Map<String, Map<Metric, MetricSummary>> byLanguage,
    Map<String, Map<Metric, MetricSummary>> bySite, List<Map<Metric, MetricSummary>> byInterval,
    List<Map<String, Map<Metric, MetricSummary>>> byIntervalRegion,
    List<Map<String, Map<Metric, MetricSummary>>> byIntervalSite) {

  /** Summarises replications (given in index order). */
  public static ExperimentResult of(Scenario scenario, long seed, List<ReplicationResult> reps) {
    Map<String, Map<Metric, MetricSummary>> byRegion = named(reps, ReplicationResult::byRegion);
    Map<String, Map<Metric, MetricSummary>> byTopic = named(reps, ReplicationResult::byTopic);
    Map<String, Map<Metric, MetricSummary>> byLanguage = named(reps, ReplicationResult::byLanguage);
    Map<String, Map<Metric, MetricSummary>> bySite = named(reps, ReplicationResult::bySite);
    int intervals = reps.get(0).byInterval().size();
    List<Map<Metric, MetricSummary>> byInterval = new ArrayList<>();
    List<Map<String, Map<Metric, MetricSummary>>> byIntervalRegion = new ArrayList<>();
    List<Map<String, Map<Metric, MetricSummary>>> byIntervalSite = new ArrayList<>();
    List<String> regionNames = new ArrayList<>(byRegion.keySet());
    List<String> siteNames = new ArrayList<>(bySite.keySet());
    for (int i = 0; i < intervals; i++) {
      int iv = i;
      byInterval.add(summarise(reps, r -> r.byInterval().get(iv)));
      Map<String, Map<Metric, MetricSummary>> regionRow = new LinkedHashMap<>();
      for (int k = 0; k < regionNames.size(); k++) {
        int kk = k;
        regionRow.put(regionNames.get(k), summarise(reps, r -> r.byIntervalRegion().get(iv).get(kk)));
      }
      byIntervalRegion.add(regionRow);
      Map<String, Map<Metric, MetricSummary>> siteRow = new LinkedHashMap<>();
      for (int k = 0; k < siteNames.size(); k++) {
        int kk = k;
        siteRow.put(siteNames.get(k), summarise(reps, r -> r.byIntervalSite().get(iv).get(kk)));
      }
      byIntervalSite.add(siteRow);
    }
    return new ExperimentResult(scenario, seed, List.copyOf(reps), summarise(reps, ReplicationResult::total),
        byRegion, byTopic, byLanguage, bySite, byInterval, byIntervalRegion, byIntervalSite);
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

  private static Map<String, Map<Metric, MetricSummary>> named(List<ReplicationResult> reps,
      Function<ReplicationResult, Map<String, Figures>> part) {
    Map<String, Map<Metric, MetricSummary>> out = new LinkedHashMap<>();
    for (String name : part.apply(reps.get(0)).keySet()) {
      out.put(name, summarise(reps, r -> part.apply(r).get(name)));
    }
    return out;
  }

  static Map<Metric, MetricSummary> summarise(List<ReplicationResult> reps, Function<ReplicationResult, Figures> f) {
    Map<Metric, MetricSummary> out = new EnumMap<>(Metric.class);
    double[] v = new double[reps.size()];
    for (Metric m : Metric.values()) {
      boolean any = false;
      for (int i = 0; i < v.length; i++) {
        v[i] = f.apply(reps.get(i)).get(m);
        any |= !Double.isNaN(v[i]);
      }
      if (any) {
        out.put(m, MetricSummary.of(v));
      }
    }
    return out;
  }
}
