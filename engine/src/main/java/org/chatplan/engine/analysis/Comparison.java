package org.chatplan.engine.analysis;

import java.util.List;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Scenario;

/**
 * Two or more scenarios run side by side on common random numbers: the same seed and replications
 * for all, so replication r of each serves the same customers wherever the scenarios share their
 * demand. Differences against the first scenario are then paired replication by replication (see
 * {@link PairedDifference}), which gives much narrower intervals than comparing two independent runs.
 */
public final class Comparison {
  private final List<String> names;
  private final List<Scenario> scenarios;
  private final RunSettings run;

  private Comparison(List<String> names, List<Scenario> scenarios, RunSettings run) {
    this.names = names;
    this.scenarios = scenarios;
    this.run = run;
  }

  /**
   * A comparison of {@code scenarios} (the first is the baseline), labelled by {@code names}, all
   * run with {@code run} in place of their own run settings.
   */
  public static Comparison of(List<String> names, List<Scenario> scenarios, RunSettings run) {
    if (names == null || scenarios == null || names.size() != scenarios.size()) {
      throw new IllegalArgumentException("need one name per scenario, got " + (names == null ? 0 : names.size())
          + " names for " + (scenarios == null ? 0 : scenarios.size()) + " scenarios");
    }
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("nothing to compare: give at least one scenario");
    }
    return new Comparison(List.copyOf(names), Runs.withCommonRun(scenarios, run), run);
  }

  /**
   * A comparison run with the first scenario's seed and replications: the usual choice, since the
   * baseline's run settings are the ones its figures were quoted with.
   */
  public static Comparison of(List<String> names, List<Scenario> scenarios) {
    if (scenarios == null || scenarios.isEmpty()) {
      throw new IllegalArgumentException("nothing to compare: give at least one scenario");
    }
    return of(names, scenarios, scenarios.get(0).run());
  }

  /** Runs every scenario on {@code threads} threads; {@code onReplicationDone} hears each replication. */
  public ComparisonResult run(int threads, Runnable onReplicationDone) {
    return new ComparisonResult(names, run, Runs.run(scenarios, threads, onReplicationDone));
  }

  public ComparisonResult run(int threads) {
    return run(threads, null);
  }

  public List<String> names() {
    return names;
  }

  /** The scenarios with the common run settings. */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  public RunSettings runSettings() {
    return run;
  }

  /** Replications to run over all scenarios, for a progress bar. */
  public int totalReplications() {
    return scenarios.size() * run.replications();
  }
}
