package org.chatplan.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.ExperimentResult;

/**
 * A scenario run at every combination of one or more swept parameters, all on common random
 * numbers: every point gets the same seed and replications, so replication r of each point serves
 * the same customers and the differences between points come from the swept field, not from luck.
 *
 * <p>The caller builds one scenario per point of {@link #grid} (normally by loading the scenario
 * with the point's {@code PATH=VALUE} overrides, which validates each point) and hands them over in
 * grid order. Nothing runs until {@link #run}.
 */
public final class Sweep {
  /** Most points one sweep accepts. */
  public static final int MAX_POINTS = 1000;

  private final List<SweepAxis> axes;
  private final List<List<String>> grid;
  private final List<Scenario> scenarios;
  private final RunSettings run;

  private Sweep(List<SweepAxis> axes, List<List<String>> grid, List<Scenario> scenarios, RunSettings run) {
    this.axes = axes;
    this.grid = grid;
    this.scenarios = scenarios;
    this.run = run;
  }

  /**
   * Every combination of the axes' values, first axis slowest: for axes (a: 1, 2) and (b: x, y) the
   * points are [1, x], [1, y], [2, x], [2, y].
   *
   * @throws IllegalArgumentException with no axis, or more than {@link #MAX_POINTS} combinations
   */
  public static List<List<String>> grid(List<SweepAxis> axes) {
    if (axes == null || axes.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one swept parameter");
    }
    long size = 1;
    for (SweepAxis a : axes) {
      size *= a.values().size();
      if (size > MAX_POINTS) {
        throw new IllegalArgumentException("the sweep has more than " + MAX_POINTS
            + " points; maybe use a coarser step (e.g. 10..30:5)?");
      }
    }
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    for (SweepAxis a : axes) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : out) {
        for (String v : a.values()) {
          List<String> p = new ArrayList<>(prefix);
          p.add(v);
          next.add(List.copyOf(p));
        }
      }
      out = next;
    }
    return List.copyOf(out);
  }

  /**
   * A sweep over {@code axes} whose point i (in {@link #grid} order) is {@code scenarios.get(i)};
   * each point runs with {@code run} (seed and replications) in place of its own.
   */
  public static Sweep of(List<SweepAxis> axes, List<Scenario> scenarios, RunSettings run) {
    List<SweepAxis> a = List.copyOf(axes);
    List<List<String>> grid = grid(a);
    if (scenarios == null || scenarios.size() != grid.size()) {
      throw new IllegalArgumentException("the sweep has " + grid.size() + " points but "
          + (scenarios == null ? 0 : scenarios.size()) + " scenarios were given; give one per point of Sweep.grid");
    }
    return new Sweep(a, grid, Runs.withCommonRun(scenarios, run), run);
  }

  /** Runs every point on {@code threads} threads; {@code onReplicationDone} hears each replication. */
  public SweepResult run(int threads, Runnable onReplicationDone) {
    List<ExperimentResult> results = Runs.run(scenarios, threads, onReplicationDone);
    List<SweepPoint> points = new ArrayList<>(results.size());
    for (int i = 0; i < results.size(); i++) {
      points.add(new SweepPoint(grid.get(i), results.get(i)));
    }
    return new SweepResult(axes, run, points);
  }

  public SweepResult run(int threads) {
    return run(threads, null);
  }

  public List<SweepAxis> axes() {
    return axes;
  }

  /** The scenario of each point, with the common run settings, in grid order. */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  public RunSettings runSettings() {
    return run;
  }

  /** Replications to run over all points, for a progress bar. */
  public int totalReplications() {
    return scenarios.size() * run.replications();
  }
}
