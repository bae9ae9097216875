package org.chatplan.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Metric;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void aScenarioComparedWithItselfDiffersByExactlyZero() {
    Scenario s = Fixtures.textbook(14, 240, 4, 11);
    ComparisonResult r = Comparison.of(List.of("a", "b"), List.of(s, s)).run(2);
    for (Metric m : Metric.values()) {
      if (r.baseline().get(m) == null) {
        continue;
      }
      PairedDifference d = r.difference(1, m);
      assertEquals(0.0, d.mean(), 0.0, m.key());
      assertEquals(0.0, d.halfWidth(), 0.0, m.key());
      assertFalse(d.significant(), m.key());
    }
  }

  /**
   * 13 against 14 agents on the textbook case (10 Erlangs). Under common random numbers both runs
   * of a replication see the same arrivals and handle times, so a busy replication is busy in both
   * and the per-replication differences vary far less than either run: the paired interval must be
   * narrower than the Welch interval that treats the runs as independent. With this seed the
   * service-level half-widths are 0.0085 paired against 0.0223 unpaired, and ASA 1.97 s against
   * 3.63 s; asserting only "narrower" leaves a wide margin for other seeds.
   */
  @Test
  void pairedIntervalIsNarrowerThanUnpairedForTwoStaffingLevels() {
    Scenario s13 = Fixtures.textbook(13, 0, 8, 20270301);
    Scenario s14 = Fixtures.withAgents(s13, 14);
    ComparisonResult r = Comparison.of(List.of("13 agents", "14 agents"), List.of(s13, s14)).run(2);
    for (Metric m : List.of(Metric.SERVICE_LEVEL, Metric.ASA_SECONDS, Metric.WAIT_P90_SECONDS)) {
      PairedDifference d = r.difference(1, m);
      assertEquals(8, d.n());
      assertTrue(d.halfWidth() < d.unpairedHalfWidth(),
          m.key() + ": paired " + d.halfWidth() + " vs unpaired " + d.unpairedHalfWidth());
    }
    PairedDifference sl = r.difference(1, Metric.SERVICE_LEVEL);
    assertTrue(sl.mean() > 0 && sl.significant(), "the 14th agent raises the service level: " + sl);
  }

  @Test
  void everyScenarioRunsWithTheBaselinesSeedAndReplications() {
    Scenario a = Fixtures.textbook(14, 0, 3, 42);
    Scenario b = Fixtures.withAgents(Fixtures.textbook(15, 0, 9, 1), 15);
    ComparisonResult r = Comparison.of(List.of("a", "b"), List.of(a, b)).run(1);
    assertEquals(a.run(), r.run());
    assertEquals(3, r.results().get(1).replications().size());
    assertEquals(42, r.results().get(1).seed());
  }
}
