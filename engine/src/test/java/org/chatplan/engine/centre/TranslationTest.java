package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Demand;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.model.Translation;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.junit.jupiter.api.Test;

/** Hand-checkable cases of the translation fallback and of shifts around the start of the clock. */
class TranslationTest {
  /**
   * Every chat is in German, the only site speaks English and has far more agents free than work:
   * every answered chat is taken through translation exactly when its fallback delay ends. Every
   * abandoner is silent, so the queue holds chats nobody is waiting for; they must not hold up the
   * chat whose delay ends behind them.
   */
  private static Scenario germanOnly(double withinSeconds) {
    double[] flatDays = new double[7];
    double[] flatHours = new double[24];
    Arrays.fill(flatDays, 1);
    Arrays.fill(flatHours, 1);
    Region region = new Region("dach", ZoneId.of("UTC"), 100 * 24 * 7, flatDays, flatHours, Map.of("de", 1.0),
        Map.of(), new DurationModel.Exponential(60), null, 0, 1.0, 10);
    Topic topic = new Topic("general", 1, new DurationModel.Constant(300), 0);
    Site site = new Site("dublin", ZoneId.of("UTC"), 20, 0, 0, 0, 1, new Skills(Set.of("general"), Set.of("en")),
        List.of(), 40);
    Agents agents = new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, new Translation(60, 1, 0), List.of(site));
    return new Scenario("german", "", "USD", new Calendar(LocalDate.of(2027, 3, 1), 2, 0, 3600),
        new RunSettings(3, 11), new Targets(0.8, withinSeconds, 0.5), new Demand(List.of(topic), List.of(region)),
        Bot.none(), agents, Satisfaction.defaults(), null);
  }

  @Test
  void silentAbandonersAheadDoNotHoldUpATranslatedChat() {
    for (ReplicationResult rep : Experiment.run(germanOnly(61), 1).replications()) {
      Figures f = rep.total();
      assertTrue(f.get(Metric.SILENT_ABANDONED) > 100, "silent abandoners are queued ahead");
      assertEquals(60, f.get(Metric.ASA_SECONDS), 1e-6, "every answered chat waits the fallback delay, no more");
      assertEquals(f.get(Metric.ANSWERED), f.get(Metric.TRANSLATED), 0);
    }
  }

  /** A wait of exactly the target counts as within it, though now - handoff is a few ulps off. */
  @Test
  void aWaitOfExactlyTheTargetIsWithinIt() {
    for (ReplicationResult rep : Experiment.run(germanOnly(60), 1).replications()) {
      Figures f = rep.total();
      double queued = f.get(Metric.ANSWERED) + f.get(Metric.ABANDONED);
      assertEquals(f.get(Metric.ANSWERED) / queued, f.get(Metric.SERVICE_LEVEL), 1e-12);
    }
  }

  /**
   * Pago Pago is UTC-11: a 24-hour shift starting at 14:00 local two days before the start date
   * runs until 01:00 UTC on it, so agents are on duty from the first second.
   */
  @Test
  void aShiftFromTwoLocalDaysBeforeTheStartStillCounts() {
    Site site = new Site("pago", ZoneId.of("Pacific/Pago_Pago"), 20, 0, 0, 0, 1, Skills.all(),
        List.of(new Shift(LocalTime.of(14, 0), 24 * 3600, EnumSet.allOf(DayOfWeek.class), 5)), 0);
    ShiftSchedule s = ShiftSchedule.of(site, new Calendar(LocalDate.of(2027, 3, 1), 1, 0, 3600));
    assertEquals(5, s.scheduledAt(0));
    assertEquals(5, s.scheduledAt(1800));
    assertEquals(5 * 86400, s.paidSeconds(0, 86400), 1e-6);
  }
}
