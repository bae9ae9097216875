package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chatplan.engine.model.Demand;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Retry;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.junit.jupiter.api.Test;

/**
 * Lazy abandonment (a deadline settled when the chat reaches the head of its queue, or at the end)
 * against a patience event per waiting chat. A region with retries at 0% takes the event path and
 * one without retries the lazy path; nothing else differs, the retry stream is a stream of its own,
 * so both must give the same sample path: the same counts exactly, and the same sums up to the
 * order of floating-point additions.
 */
class AbandonmentTest {

  @Test
  void lazySettlementGivesTheSameResultsAsPatienceEvents() {
    // 60 chats/min, 5 min handle, 280 agents: overloaded, so a third of the queue abandons;
    // a silent share keeps ghosts in the queue for agents to find.
    Scenario base = Textbook.queue(60, 300, 90, 280, 2, 3, 11);
    ReplicationResult lazy = replicate(withRetry(base, null, 0.2));
    ReplicationResult events = replicate(withRetry(base, new Retry(0, new DurationModel.Exponential(600)), 0.2));
    Figures l = lazy.total();
    Figures e = events.total();
    assertTrue(l.get(Metric.ABANDONED) > 1000, "the case must abandon: " + l.get(Metric.ABANDONED));
    assertTrue(l.get(Metric.SILENT_ABANDONED) > 100, "and abandon silently: " + l.get(Metric.SILENT_ABANDONED));
    for (Metric m : List.of(Metric.OFFERED, Metric.ANSWERED, Metric.ABANDONED, Metric.SILENT_ABANDONED,
        Metric.HANDLED, Metric.STILL_IN_SYSTEM, Metric.WAIT_P50_SECONDS, Metric.WAIT_P90_SECONDS)) {
      assertEquals(e.get(m), l.get(m), m + " must not depend on how patience is kept");
    }
    for (Metric m : List.of(Metric.ASA_SECONDS, Metric.MEAN_QUEUE_SECONDS, Metric.MEAN_QUEUE_LENGTH,
        Metric.SERVICE_LEVEL, Metric.OCCUPANCY)) {
      assertEquals(e.get(m), l.get(m), 1e-9 * Math.abs(e.get(m)), m.toString());
    }
    assertTrue(events.events() > lazy.events(), "the event path schedules a patience event per waiting chat");
  }

  private static ReplicationResult replicate(Scenario s) {
    return Experiment.run(s, 1).replications().get(0);
  }

  private static Scenario withRetry(Scenario s, Retry retry, double silentShare) {
    Region r = s.demand().regions().get(0);
    Region changed = new Region(r.name(), r.zone(), r.chatsPerWeek(), r.dayOfWeek(), r.hourOfDay(), r.languages(),
        r.topicMix(), r.patience(), retry, r.forecastErrorCv(), silentShare, r.silentAbandonDetectSeconds());
    return new Scenario(s.name(), s.description(), s.currency(), s.calendar(), s.run(), s.targets(),
        new Demand(s.demand().topics(), List.of(changed)), s.bot(), s.agents(), s.satisfaction(), s.phone());
  }
}
