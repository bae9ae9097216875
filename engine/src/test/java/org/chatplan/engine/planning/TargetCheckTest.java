package org.chatplan.engine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.junit.jupiter.api.Test;

/** How one interval's simulated figures are judged against the targets, on rows made by hand. */
class TargetCheckTest {
  private static final Scenario BASE = PlanningScenarios.profiled(2400, 240, 180, 1, 1, 2, 1L);

  @Test
  void wilsonBoundsByHand() {
    // 80 of 100: the Wilson 95% interval is 0.71117 .. 0.86663 (z = 1.95996)
    assertEquals(0.71117, TargetCheck.wilson(0.8, 100, -1), 1e-5);
    assertEquals(0.86663, TargetCheck.wilson(0.8, 100, +1), 1e-5);
    // all of n: the lower bound is n / (n + z^2)
    assertEquals(3000 / (3000 + 1.959963984540054 * 1.959963984540054), TargetCheck.wilson(1, 3000, -1), 1e-12);
    assertEquals(0, TargetCheck.wilson(0.5, 0, -1));
  }

  /**
   * Every replication answered every chat in time: the replications' half-width is 0, but 3,000
   * chats cannot confirm 99.9% (their bound is 99.87%); they do confirm 99%.
   */
  @Test
  void aPerfectScoreInEveryReplicationConfirmsOnlyWhatItsChatsCan() {
    Map<Metric, MetricSummary> row = row(1.0, 0, 0, 0, 10, 300);
    assertFalse(check(0.999, 0.05, TargetCheck.Judge.CONFIRMED).meetsRow(row));
    assertTrue(check(0.99, 0.05, TargetCheck.Judge.CONFIRMED).meetsRow(row));
    assertTrue(check(0.999, 0.05, TargetCheck.Judge.MEAN).meetsRow(row), "the mean alone passes");
    assertTrue(check(0.999, 0.05, TargetCheck.Judge.BOUND).meetsRow(row), "so does the replications' bound");
  }

  @Test
  void noAbandonmentInEveryReplicationBoundsTheRateAboveZero() {
    Map<Metric, MetricSummary> row = row(0.9, 0.01, 0, 0, 10, 300);
    assertFalse(check(0.8, 0.001, TargetCheck.Judge.CONFIRMED).meetsRow(row), "3,000 chats bound the abandon rate at 0.13%");
    assertTrue(check(0.8, 0.002, TargetCheck.Judge.CONFIRMED).meetsRow(row));
  }

  /** The wider of the two bounds decides: here the replications disagree more than the chats. */
  @Test
  void theReplicationsBoundDecidesWhenItIsWider() {
    Map<Metric, MetricSummary> row = row(0.85, 0.04, 0.02, 0.001, 10, 300);
    assertFalse(check(0.82, 0.05, TargetCheck.Judge.CONFIRMED).meetsRow(row), "0.85 - 0.04 is below 0.82 although Wilson gives 0.837");
    assertTrue(check(0.80, 0.05, TargetCheck.Judge.CONFIRMED).meetsRow(row));
  }

  @Test
  void oneReplicationConfirmsNothing() {
    Map<Metric, MetricSummary> row = row(1.0, Double.NaN, 0, Double.NaN, 1, 300);
    assertFalse(check(0.8, 0.05, TargetCheck.Judge.CONFIRMED).meetsRow(row));
    assertTrue(check(0.8, 0.05, TargetCheck.Judge.MEAN).meetsRow(row));
    assertTrue(check(0.8, 0.05, TargetCheck.Judge.BOUND).meetsRow(row), "a NaN half-width counts as 0");
    assertThrows(IllegalArgumentException.class,
        () -> new PlannerOptions(1, 30, 1, PlannerOptions.Criterion.CONFIDENCE_BOUND));
  }

  /** An interval where no chat reached the queue misses nothing, but confirms no cut either. */
  @Test
  void anIntervalNobodyQueuedInMeetsTheTargetsButConfirmsNothing() {
    assertTrue(check(0.999, 0, TargetCheck.Judge.MEAN).meetsRow(new EnumMap<>(Metric.class)));
    assertTrue(check(0.999, 0, TargetCheck.Judge.BOUND).meetsRow(new EnumMap<>(Metric.class)));
    assertFalse(check(0.999, 0, TargetCheck.Judge.CONFIRMED).meetsRow(new EnumMap<>(Metric.class)));
  }

  private static TargetCheck check(double sl, double maxAbandon, TargetCheck.Judge judge) {
    Scenario s = new Scenario(BASE.name(), "", "USD", BASE.calendar(), BASE.run(), new Targets(sl, 20, maxAbandon),
        BASE.demand(), BASE.bot(), BASE.agents(), BASE.satisfaction(), null);
    return new TargetCheck(s, judge);
  }

  /** A row with this SL and abandon rate (mean, half-width) over {@code n} replications of {@code chats} each. */
  private static Map<Metric, MetricSummary> row(double sl, double slHalf, double ab, double abHalf, int n, double chats) {
    Map<Metric, MetricSummary> row = new EnumMap<>(Metric.class);
    row.put(Metric.SERVICE_LEVEL, new MetricSummary(sl, slHalf, n));
    row.put(Metric.ABANDON_RATE, new MetricSummary(ab, abHalf, n));
    row.put(Metric.ANSWERED, new MetricSummary(chats * (1 - ab), 0, n));
    row.put(Metric.ABANDONED, new MetricSummary(chats * ab, 0, n));
    return row;
  }
}
