package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.AcrossReplications;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.chatplan.engine.stats.MetricSummary;
import org.junit.jupiter.api.Test;

/**
 * Replications summarised as they finish give what summarising all of them at the end gives, to the
 * bit, whatever order they finish in; the result keeps no per-interval rows of its own.
 */
class AcrossReplicationsTest {
  private static final Scenario SCENARIO = Rich.scenario(2, 5, 11);
  private static final Whole WHOLE = Whole.run(SCENARIO, 2);

  @Test
  void everySummaryIsTheSummaryOfTheWholeReplications() {
    ExperimentResult r = WHOLE.result();
    List<ReplicationResult> reps = WHOLE.replications();
    assertEquals(5, reps.size());
    assertSame(r.total(), reps, ReplicationResult::total);
    for (String site : r.bySite().keySet()) {
      assertSame(r.bySite().get(site), reps, rep -> rep.bySite().get(site));
    }
    for (String region : r.byRegion().keySet()) {
      assertSame(r.byRegion().get(region), reps, rep -> rep.byRegion().get(region));
    }
    int intervals = SCENARIO.calendar().intervals();
    assertEquals(intervals, r.byInterval().size());
    for (int i = 0; i < intervals; i++) {
      int iv = i;
      assertSame(r.byInterval().get(i), reps, rep -> rep.byInterval().get(iv));
      int k = 0;
      for (Map<Metric, MetricSummary> site : r.byIntervalSite().get(i).values()) {
        int kk = k++;
        assertSame(site, reps, rep -> rep.byIntervalSite().get(iv).get(kk));
      }
      k = 0;
      for (Map<Metric, MetricSummary> region : r.byIntervalRegion().get(i).values()) {
        int kk = k++;
        assertSame(region, reps, rep -> rep.byIntervalRegion().get(iv).get(kk));
      }
    }
  }

  @Test
  void theOrderReplicationsFinishInChangesNothing() {
    List<ReplicationResult> reps = WHOLE.replications();
    AcrossReplications across = new AcrossReplications(SCENARIO, SCENARIO.run().seed(), reps.size(), rep -> { });
    for (int i : new int[] {3, 1, 4, 0, 2}) {
      across.add(i, reps.get(i));
    }
    assertEquals(WHOLE.result(), across.result());
  }

  @Test
  void replicationsKeepTheirWholeWindowFiguresAndDropTheirIntervalRows() {
    List<ReplicationResult> kept = WHOLE.result().replications();
    for (int k = 0; k < kept.size(); k++) {
      ReplicationResult whole = WHOLE.replications().get(k);
      assertEquals(whole.total(), kept.get(k).total());
      assertEquals(whole.bySite(), kept.get(k).bySite());
      assertEquals(whole.byTopic(), kept.get(k).byTopic());
      assertEquals(whole.events(), kept.get(k).events());
      assertTrue(kept.get(k).byInterval().isEmpty() && kept.get(k).byIntervalSite().isEmpty());
      assertEquals(SCENARIO.calendar().intervals(), whole.byInterval().size());
    }
  }

  @Test
  void aReplicationAddedTwiceOrMissingIsRefused() {
    AcrossReplications across = new AcrossReplications(SCENARIO, 1, 2, rep -> { });
    across.add(0, WHOLE.replications().get(0));
    assertThrows(IllegalArgumentException.class, () -> across.add(0, WHOLE.replications().get(0)));
    assertThrows(IllegalStateException.class, across::result);
  }

  /** Each metric's streamed summary equals {@link MetricSummary#of} on the replications' values. */
  private static void assertSame(Map<Metric, MetricSummary> summary, List<ReplicationResult> reps,
      Function<ReplicationResult, Figures> row) {
    for (Metric m : Metric.values()) {
      double[] v = reps.stream().mapToDouble(rep -> row.apply(rep).get(m)).toArray();
      MetricSummary expected = MetricSummary.of(v);
      assertEquals(expected.n() == 0 ? null : expected, summary.get(m), m.key());
    }
  }
}
