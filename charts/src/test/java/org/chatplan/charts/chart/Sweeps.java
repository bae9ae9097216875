package org.chatplan.charts.chart;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.charts.Fixtures;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;

/** A real three-point sweep of the evening shift (2, 4, 6 agents), computed once. */
final class Sweeps {
  static final int[] EVENING = {2, 4, 6};

  private Sweeps() {}

  static List<ExperimentResult> results() {
    return Holder.RESULTS;
  }

  static List<String> names() {
    List<String> n = new ArrayList<>();
    for (int e : EVENING) {
      n.add(e + " evening agents");
    }
    return n;
  }

  static SweepSeries serviceLevel() {
    List<SweepSeries.Point> points = new ArrayList<>();
    for (int i = 0; i < EVENING.length; i++) {
      points.add(new SweepSeries.Point(EVENING[i] + " agents", EVENING[i], results().get(i).get(Metric.SERVICE_LEVEL)));
    }
    return SweepSeries.forMetric("Agents on the Lisbon evening shift", Metric.SERVICE_LEVEL, "USD", points);
  }

  private static final class Holder {
    static final List<ExperimentResult> RESULTS = run();

    private static List<ExperimentResult> run() {
      List<ExperimentResult> out = new ArrayList<>();
      for (int e : EVENING) {
        out.add(Fixtures.variant(e));
      }
      return List.copyOf(out);
    }
  }
}
