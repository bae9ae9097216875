package org.chatplan.engine.analysis;

import java.util.List;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/**
 * One point of a sweep: the value of each swept parameter (in axis order) and the experiment run
 * there.
 */
public record SweepPoint(List<String> values, ExperimentResult result) {
  public SweepPoint {
    values = List.copyOf(values);
    if (result == null) {
      throw new IllegalArgumentException("sweep point " + values + " has no result");
    }
  }

  /** Whole-window summary of {@code m} at this point; NaN summary (n = 0) when undefined. */
  public MetricSummary get(Metric m) {
    MetricSummary s = result.get(m);
    return s == null ? new MetricSummary(Double.NaN, Double.NaN, 0) : s;
  }
}
