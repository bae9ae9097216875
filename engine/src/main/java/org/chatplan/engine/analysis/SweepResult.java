package org.chatplan.engine.analysis;

import java.util.List;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.run.Metric;

/**
 * A finished sweep: its axes, the common run settings and one point per grid combination, in
 * {@link Sweep#grid} order (first axis slowest).
 */
public record SweepResult(List<SweepAxis> axes, RunSettings run, List<SweepPoint> points) {
  public SweepResult {
    axes = List.copyOf(axes);
    points = List.copyOf(points);
  }

  /**
   * The paired difference of {@code m} from point {@code from} to point {@code to}: both ran on the
   * same random numbers, so neighbouring points are compared without the shared noise.
   */
  public PairedDifference difference(int from, int to, Metric m) {
    return PairedDifference.of(points.get(from).result().values(m), points.get(to).result().values(m));
  }
}
