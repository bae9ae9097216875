package org.chatplan.charts.report;

import java.util.List;
import org.chatplan.engine.run.Metric;

/**
 * A row of the scenario comparison table: a metric and which direction is better, so the table can
 * mark the best scenario. {@link Better#NEITHER} marks nothing (occupancy: too high and too low are
 * both bad).
 */
public record CompareRow(Metric metric, Better better) {
  /** Which way a metric improves. */
  public enum Better { HIGHER, LOWER, NEITHER }

  public CompareRow {
    if (metric == null || better == null) {
      throw new IllegalArgumentException("comparison row needs a metric and a direction, got "
          + metric + ", " + better);
    }
  }

  /** The figures a planner compares first. */
  public static List<CompareRow> defaults() {
    return List.of(new CompareRow(Metric.SERVICE_LEVEL, Better.HIGHER),
        new CompareRow(Metric.ASA_SECONDS, Better.LOWER),
        new CompareRow(Metric.ABANDON_RATE, Better.LOWER),
        new CompareRow(Metric.WAIT_P90_SECONDS, Better.LOWER),
        new CompareRow(Metric.OCCUPANCY, Better.NEITHER),
        new CompareRow(Metric.CSAT, Better.HIGHER),
        new CompareRow(Metric.PAID_HOURS, Better.LOWER),
        new CompareRow(Metric.COST_PER_CONTACT, Better.LOWER));
  }
}
