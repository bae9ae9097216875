package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.random.RandomStreams;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.junit.jupiter.api.Test;

/** Behaviour of the full model on {@link Rich}: invariants that hold exactly or within intervals. */
class ModelBehaviourTest {
  /**
   * The shared run, made by the first test that needs it (not in the class's static initialiser,
   * so that coverage tools, PIT among them, see which tests exercise the model).
   */
  private static final class Shared {
    static final Whole RICH = Whole.run(Rich.scenario(7, 6, 99), 2);
  }

  @Test
  void identicalOnOneAndTwoThreads() {
    Scenario s = Rich.scenario(2, 4, 5);
    Whole one = Whole.run(s, 1);
    Whole two = Whole.run(s, 2);
    assertEquals(one.replications(), two.replications());
    assertEquals(one.result(), two.result());
  }

  @Test
  void conservationPerRegionTopicAndLanguage() {
    for (ReplicationResult rep : Shared.RICH.replications()) {
      for (Figures f : concat(rep)) {
        assertEquals(f.get(Metric.OFFERED), f.get(Metric.BOT_RESOLVED) + f.get(Metric.HANDLED)
            + f.get(Metric.ABANDONED) + f.get(Metric.STILL_IN_SYSTEM), 0);
        assertTrue(f.get(Metric.ANSWERED) + f.get(Metric.ABANDONED) <= f.get(Metric.REACHED_QUEUE));
        assertTrue(f.get(Metric.HANDLED) <= f.get(Metric.ANSWERED));
      }
      assertTrue(rep.total().get(Metric.RETRIES) > 0, "retries happen");
      assertTrue(rep.total().get(Metric.SILENT_ABANDONED) > 0, "silent abandonment happens");
      assertTrue(rep.total().get(Metric.TRANSLATED) > 0, "translation happens");
    }
  }

  /**
   * The per-interval table adds up to the totals: counts exactly, hours and money to rounding, the
   * time-weighted means as areas (mean x interval length); the site rows add up to each site's.
   */
  @Test
  void intervalRowsAddUpToTheTotals() {
    double dt = Shared.RICH.result().scenario().calendar().intervalSeconds();
    double window = Shared.RICH.result().scenario().calendar().reportedSeconds();
    for (ReplicationResult rep : Shared.RICH.replications()) {
      for (Metric m : List.of(Metric.OFFERED, Metric.BOT_RESOLVED, Metric.ANSWERED, Metric.HANDLED,
          Metric.ABANDONED, Metric.RETRIES, Metric.STILL_IN_SYSTEM)) {
        assertEquals(rep.total().get(m), sum(rep.byInterval(), m), 0, m.key());
      }
      for (Metric m : List.of(Metric.PAID_HOURS, Metric.OVERTIME_HOURS, Metric.COST_LABOUR, Metric.COST_BOT,
          Metric.COST_TOTAL)) {
        assertEquals(rep.total().get(m), sum(rep.byInterval(), m), 1e-9 * rep.total().get(m), m.key());
      }
      for (Metric m : List.of(Metric.MEAN_QUEUE_LENGTH, Metric.MEAN_CHATS_IN_SERVICE)) {
        double area = rep.total().get(m) * window;
        assertEquals(area, sum(rep.byInterval(), m) * dt, 1e-9 * area, m.key());
      }
      int s = 0;
      for (Figures site : rep.bySite().values()) {
        int at = s++;
        List<Figures> rows = rep.byIntervalSite().stream().map(row -> row.get(at)).toList();
        for (Metric m : List.of(Metric.PAID_HOURS, Metric.OVERTIME_HOURS, Metric.COST_LABOUR)) {
          assertEquals(site.get(m), sum(rows, m), 1e-9 * site.get(m), m.key() + " of a site");
        }
      }
      assertTrue(rep.total().get(Metric.OVERTIME_HOURS) > 0, "overtime happens");
    }
  }

  /**
   * Without a bot a chat's arrival and hand-off are the same moment, so each interval conserves on
   * its own: offered = handled + abandoned + still in system, exactly, in every interval and region.
   */
  @Test
  void eachIntervalConservesWithoutABot() {
    Scenario s = Textbook.queue(2, 300, 200, 9, 3, new double[] {1, 1.8, 2.4},
        org.chatplan.engine.model.Routing.LEAST_BUSY, 10, 4, 3);
    for (ReplicationResult rep : Whole.run(s, 2).replications()) {
      List<Figures> rows = new java.util.ArrayList<>(rep.byInterval());
      rep.byIntervalRegion().forEach(rows::addAll);
      for (Figures f : rows) {
        assertEquals(f.get(Metric.OFFERED), f.get(Metric.BOT_RESOLVED) + f.get(Metric.HANDLED)
            + f.get(Metric.ABANDONED) + f.get(Metric.STILL_IN_SYSTEM), 0);
      }
      Figures last = rep.byInterval().get(rep.byInterval().size() - 1);
      assertTrue(last.get(Metric.STILL_IN_SYSTEM) > 0, "the last interval has chats still in the system");
    }
  }

  private static double sum(List<Figures> rows, Metric m) {
    return rows.stream().mapToDouble(f -> f.get(m)).sum();
  }

  private static List<Figures> concat(ReplicationResult rep) {
    List<Figures> all = new java.util.ArrayList<>();
    all.add(rep.total());
    all.addAll(rep.byRegion().values());
    all.addAll(rep.byTopic().values());
    all.addAll(rep.byLanguage().values());
    return all;
  }

  @Test
  void littlesLawForQueueAndService() {
    Scenario s = Textbook.queue(2, 300, 200, 9, 3, new double[] {1, 1.8, 2.4},
        org.chatplan.engine.model.Routing.LEAST_BUSY, 10, 4, 3);
    double window = s.calendar().reportedSeconds();
    for (ReplicationResult rep : Experiment.run(s, 2).replications()) {
      Figures f = rep.total();
      double queued = f.get(Metric.ANSWERED) + f.get(Metric.ABANDONED);
      double lq = queued / window * f.get(Metric.MEAN_QUEUE_SECONDS);
      assertEquals(f.get(Metric.MEAN_QUEUE_LENGTH), lq, 0.01 * f.get(Metric.MEAN_QUEUE_LENGTH), "L = lambda W in queue");
      double ls = f.get(Metric.HANDLED) / window * f.get(Metric.MEAN_HANDLE_SECONDS);
      assertEquals(f.get(Metric.MEAN_CHATS_IN_SERVICE), ls, 0.01 * ls, "L = lambda W in service");
    }
  }

  @Test
  void noChatStartsWithAnAgentOffShift() {
    Scenario s = Rich.scenario(3, 1, 8);
    CentreLayout layout = new CentreLayout(s);
    ArrivalSchedule[] a = {ArrivalSchedule.of(s.demand().regions().get(0), s.calendar()),
        ArrivalSchedule.of(s.demand().regions().get(1), s.calendar())};
    ShiftSchedule[] sh = {ShiftSchedule.of(s.agents().sites().get(0), s.calendar()),
        ShiftSchedule.of(s.agents().sites().get(1), s.calendar())};
    ChatCentre centre = new ChatCentre(layout, a, sh, RandomStreams.of(8, 1), 0);
    centre.run();
    assertEquals(0, centre.startsOffShift(), "chats started by agents not on shift");
    assertTrue(centre.startsTotal() > 1000);
    ReplicationResult r = Readout.of(centre, sh, 0);
    for (int i = 0; i < r.byIntervalSite().size(); i++) {
      for (Figures site : r.byIntervalSite().get(i)) {
        if (site.get(Metric.AGENTS_LOGGED_IN) == 0) {
          assertEquals(0, site.get(Metric.ANSWERED), "interval " + i + ": answered with nobody logged in");
        }
      }
    }
  }

  @Test
  void botResolvesTheConfiguredShare() {
    // Expected share: sum over regions and topics of volume x topic share x botResolves (first
    // contacts only; retries skip the bot).
    double expected = 0.6 * 0.45 + 0.4 * 0.15;
    for (ReplicationResult rep : Shared.RICH.replications()) {
      Figures f = rep.total();
      double first = f.get(Metric.OFFERED) - f.get(Metric.RETRIES) - f.get(Metric.REPEAT_CONTACTS);
      double p = f.get(Metric.BOT_RESOLVED) / first;
      double sd = Math.sqrt(expected * (1 - expected) / first);
      assertEquals(expected, p, 3.3 * sd, "bot-resolved share (3.3 sd, false alarm 0.1%)");
    }
  }

  @Test
  void escalatedWaitsAreMeasuredFromHandOff() {
    // A 20-minute bot and far more agents than needed: nobody waits after the hand-off.
    Scenario base = Textbook.queue(1, 300, 120, 30, 2, 2, 4);
    Scenario slowBot = base.withBot(new Bot(true, new DurationModel.Constant(1200), 0, 0.1, 0.7));
    ExperimentResult r = Experiment.run(slowBot, 2);
    assertEquals(0, r.get(Metric.ASA_SECONDS).mean(), 0);
    assertEquals(1, r.get(Metric.SERVICE_LEVEL).mean(), 0);
    assertEquals(0, r.get(Metric.ABANDONED).mean(), 0);
  }

  @Test
  void retriesFollowTheConfiguredProbability() {
    double abandonedNotSilent = 0;
    double retries = 0;
    for (ReplicationResult rep : Shared.RICH.replications()) {
      abandonedNotSilent += rep.total().get(Metric.ABANDONED) - rep.total().get(Metric.SILENT_ABANDONED);
      retries += rep.total().get(Metric.RETRIES);
    }
    // Retries of abandoners near the window end fall outside it, so the share is slightly below 30%.
    double share = retries / abandonedNotSilent;
    double sd = Math.sqrt(0.3 * 0.7 / abandonedNotSilent);
    assertTrue(share <= 0.3 + 3.3 * sd && share >= 0.3 - 3.3 * sd - 0.01, "retry share " + share);
  }

  @Test
  void translatedChatsWaitedAtLeastTheFallbackDelay() {
    // Japanese chats: only Manila speaks Japanese and only about orders; technical chats in
    // Japanese can be served only through translation, after 2 minutes.
    for (ReplicationResult rep : Shared.RICH.replications()) {
      Figures ja = rep.byLanguage().get("ja");
      assertTrue(ja.get(Metric.TRANSLATED) > 0);
      Figures technical = rep.byTopic().get("technical");
      assertTrue(technical.get(Metric.TRANSLATED) > 0);
    }
  }
}
