package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
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
import org.chatplan.engine.model.Retry;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.model.Scenario;
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

/**
 * A retry or a repeat contact is a new contact: timers the customer's earlier contact left in the
 * event list (its patience, its translation fallback) must not act on it. Constant patience makes
 * the check exact: every abandoner waited exactly that long.
 */
class NewContactTest {
  private static final DurationModel ONE_MINUTE = new DurationModel.Constant(60);

  /** Wrong answers (100% per extra chat) bring customers back; each return has a fresh hour of patience. */
  @Test
  void aRepeatContactKeepsItsOwnPatience() {
    Region region = region("en", new DurationModel.Constant(3600), new Retry(0, new DurationModel.Constant(120)));
    Concurrency errorProne = new Concurrency(1, new double[] {1, 2}, 1.0);
    Site one = Site.aroundTheClock("team", 1, 2, 10);
    for (ReplicationResult rep : Experiment.run(scenario(region, new Agents(errorProne, Routing.LEAST_BUSY, null,
        List.of(one)), 4), 2).replications()) {
      Figures f = rep.total();
      assertTrue(f.get(Metric.REPEAT_CONTACTS) > 100, "repeats happen: " + f.get(Metric.REPEAT_CONTACTS));
      assertTrue(f.get(Metric.ABANDONED) > 100, "and abandon: " + f.get(Metric.ABANDONED));
      assertEquals(3600, abandonersMeanWait(f), 1e-6, "every abandoner waited its full patience");
    }
  }

  /**
   * Patience (1 min) runs out before the translation fallback (90 s), so no chat may be translated;
   * a retry must not be taken by the fallback timer of its first attempt.
   */
  @Test
  void aRetryIsNotTranslatedOnItsFirstAttemptsTimer() {
    Region german = region("de", ONE_MINUTE, new Retry(0.5, new DurationModel.Constant(20)));
    Site english = new Site("en-team", ZoneId.of("UTC"), 10, 0, 0, 0, 1,
        new Skills(Set.of(), Set.of("en")), List.of(), 5);
    Agents agents = new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, new Translation(90, 1.2, 0.1),
        List.of(english));
    for (ReplicationResult rep : Experiment.run(scenario(german, agents, 2), 2).replications()) {
      Figures f = rep.total();
      assertTrue(f.get(Metric.RETRIES) > 100, "retries happen: " + f.get(Metric.RETRIES));
      assertEquals(0, f.get(Metric.TRANSLATED), 0, "translated before the fallback delay");
      assertEquals(0, f.get(Metric.ANSWERED), 0);
    }
  }

  /** Mean queue time of abandoners, from the mean over all queued chats and the ASA of answered ones. */
  private static double abandonersMeanWait(Figures f) {
    double answered = f.get(Metric.ANSWERED);
    double abandoned = f.get(Metric.ABANDONED);
    return (f.get(Metric.MEAN_QUEUE_SECONDS) * (answered + abandoned) - f.get(Metric.ASA_SECONDS) * answered) / abandoned;
  }

  /** 150 chats an hour around the clock, one-minute chats. */
  private static Region region(String language, DurationModel patience, Retry retry) {
    double[] days = new double[7];
    double[] hours = new double[24];
    Arrays.fill(days, 1);
    Arrays.fill(hours, 1);
    return new Region("r", ZoneId.of("UTC"), 150 * 24 * 7, days, hours, Map.of(language, 1.0), Map.of(),
        patience, retry, 0, 0, 120);
  }

  private static Scenario scenario(Region region, Agents agents, int days) {
    Topic topic = new Topic("any", 1, ONE_MINUTE, 0);
    return new Scenario("new-contact", "", "USD", new Calendar(LocalDate.of(2027, 1, 4), days, 3600, 3600),
        new RunSettings(2, 5), new Targets(0.8, 60, 0.05), new Demand(List.of(topic), List.of(region)),
        Bot.none(), agents, Satisfaction.defaults(), null);
  }
}
