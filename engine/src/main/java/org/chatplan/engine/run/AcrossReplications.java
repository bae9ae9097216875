package org.chatplan.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.stats.MetricSummary;

/**
 * Summarises replications as they finish, in replication order: each figure is folded into its
 * row of accumulators and the replication's per-interval rows are dropped, so memory does not grow
 * with the number of replications (one replication of a year of 30-minute intervals is 40 MB of
 * rows). Replications that finish early on another thread wait here until those before them have
 * been added, so the sums are made in the same order, and give the same bits, on any thread count.
 */
public final class AcrossReplications {
  private final Scenario scenario;
  private final long seed;
  private final Consumer<ReplicationResult> observer;
  private final ReplicationResult[] waiting;
  private final List<ReplicationResult> kept = new ArrayList<>();
  private int next;
  private FiguresTally total;
  private Map<String, FiguresTally> byRegion;
  private Map<String, FiguresTally> byTopic;
  private Map<String, FiguresTally> byLanguage;
  private Map<String, FiguresTally> bySite;
  private FiguresTally[] byInterval;
  private FiguresTally[][] byIntervalRegion;
  private FiguresTally[][] byIntervalSite;

  /**
   * @param replications how many replications will be added
   * @param observer sees every whole replication, per-interval rows included, in replication order
   *     (under this object's lock), before they are dropped
   */
  public AcrossReplications(Scenario scenario, long seed, int replications, Consumer<ReplicationResult> observer) {
    this.scenario = scenario;
    this.seed = seed;
    this.observer = observer;
    this.waiting = new ReplicationResult[replications];
  }

  /** Adds the replication of this index (any order, any thread); folds in all that are now in order. */
  public synchronized void add(int index, ReplicationResult r) {
    if (index < next || index >= waiting.length || waiting[index] != null) {
      throw new IllegalArgumentException("replication " + index + " added twice or out of range");
    }
    waiting[index] = r;
    while (next < waiting.length && waiting[next] != null) {
      fold(waiting[next]);
      waiting[next] = null;
      next++;
    }
  }

  /** The summaries; every replication must have been added. */
  public synchronized ExperimentResult result() {
    if (next != waiting.length || next == 0) {
      throw new IllegalStateException(next + " of " + waiting.length + " replications added");
    }
    List<Map<Metric, MetricSummary>> intervals = new ArrayList<>(byInterval.length);
    List<Map<String, Map<Metric, MetricSummary>>> intervalRegions = new ArrayList<>(byInterval.length);
    List<Map<String, Map<Metric, MetricSummary>>> intervalSites = new ArrayList<>(byInterval.length);
    List<String> regions = List.copyOf(byRegion.keySet());
    List<String> sites = List.copyOf(bySite.keySet());
    for (int i = 0; i < byInterval.length; i++) {
      intervals.add(byInterval[i].summary());
      intervalRegions.add(named(regions, byIntervalRegion[i]));
      intervalSites.add(named(sites, byIntervalSite[i]));
    }
    return new ExperimentResult(scenario, seed, List.copyOf(kept), total.summary(), summaries(byRegion),
        summaries(byTopic), summaries(byLanguage), summaries(bySite), intervals, intervalRegions, intervalSites);
  }

  private void fold(ReplicationResult r) {
    if (total == null) {
      shapeFrom(r);
    }
    observer.accept(r);
    total.add(r.total());
    addNamed(byRegion, r.byRegion());
    addNamed(byTopic, r.byTopic());
    addNamed(byLanguage, r.byLanguage());
    addNamed(bySite, r.bySite());
    for (int i = 0; i < byInterval.length; i++) {
      byInterval[i].add(r.byInterval().get(i));
      addRows(byIntervalRegion[i], r.byIntervalRegion().get(i));
      addRows(byIntervalSite[i], r.byIntervalSite().get(i));
    }
    kept.add(new ReplicationResult(r.replication(), r.total(), r.byRegion(), r.byTopic(), r.byLanguage(),
        r.bySite(), List.of(), List.of(), List.of(), r.events()));
  }

  /** Rows and names come from the first replication; every replication of a scenario has the same. */
  private void shapeFrom(ReplicationResult r) {
    total = new FiguresTally();
    byRegion = tallies(r.byRegion());
    byTopic = tallies(r.byTopic());
    byLanguage = tallies(r.byLanguage());
    bySite = tallies(r.bySite());
    int intervals = r.byInterval().size();
    byInterval = new FiguresTally[intervals];
    byIntervalRegion = new FiguresTally[intervals][];
    byIntervalSite = new FiguresTally[intervals][];
    for (int i = 0; i < intervals; i++) {
      byInterval[i] = new FiguresTally();
      byIntervalRegion[i] = rows(r.byIntervalRegion().get(i).size());
      byIntervalSite[i] = rows(r.byIntervalSite().get(i).size());
    }
  }

  private static Map<String, FiguresTally> tallies(Map<String, Figures> names) {
    Map<String, FiguresTally> out = new LinkedHashMap<>();
    names.keySet().forEach(name -> out.put(name, new FiguresTally()));
    return out;
  }

  private static FiguresTally[] rows(int n) {
    FiguresTally[] out = new FiguresTally[n];
    for (int k = 0; k < n; k++) {
      out[k] = new FiguresTally();
    }
    return out;
  }

  private static void addNamed(Map<String, FiguresTally> into, Map<String, Figures> rows) {
    into.forEach((name, tally) -> tally.add(rows.get(name)));
  }

  private static void addRows(FiguresTally[] into, List<Figures> rows) {
    for (int k = 0; k < into.length; k++) {
      into[k].add(rows.get(k));
    }
  }

  private static Map<String, Map<Metric, MetricSummary>> summaries(Map<String, FiguresTally> tallies) {
    Map<String, Map<Metric, MetricSummary>> out = new LinkedHashMap<>();
    tallies.forEach((name, tally) -> out.put(name, tally.summary()));
    return out;
  }

  private static Map<String, Map<Metric, MetricSummary>> named(List<String> names, FiguresTally[] rows) {
    Map<String, Map<Metric, MetricSummary>> out = new LinkedHashMap<>();
    for (int k = 0; k < names.size(); k++) {
      out.put(names.get(k), rows[k].summary());
    }
    return out;
  }
}
