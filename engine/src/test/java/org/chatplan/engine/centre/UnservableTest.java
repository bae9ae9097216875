package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.junit.jupiter.api.Test;

/**
 * Chats no site can serve: a fifth of the chats are in French, the only site speaks English and
 * there is no translation. They can only leave (and retry, and leave again); the run reports them
 * apart, and the servable figures are exactly the English chats' own.
 */
class UnservableTest {
  private static Scenario frenchUnserved(Set<String> siteLanguages, Translation translation) {
    return frenchUnserved(siteLanguages, translation, new DurationModel.Exponential(120));
  }

  private static Scenario frenchUnserved(Set<String> siteLanguages, Translation translation, DurationModel patience) {
    double[] flat = new double[24];
    double[] week = new double[7];
    Arrays.fill(flat, 1);
    Arrays.fill(week, 1);
    Region region = new Region("eu", ZoneId.of("UTC"), 200 * 24 * 7, week, flat, Map.of("en", 0.8, "fr", 0.2),
        Map.of(), patience, new Retry(0.3, new DurationModel.Exponential(600)), 0, 0, 10);
    Topic topic = new Topic("general", 1, new DurationModel.Exponential(300), 0);
    Site site = new Site("dublin", ZoneId.of("UTC"), 20, 0, 0, 0, 1, new Skills(Set.of("general"), siteLanguages),
        List.of(), 16);
    Agents agents = new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, translation, List.of(site));
    return new Scenario("unserved", "", "USD", new Calendar(LocalDate.of(2027, 3, 1), 2, 3600, 3600),
        new RunSettings(3, 5), new Targets(0.8, 20, 0.05), new Demand(List.of(topic), List.of(region)),
        Bot.none(), agents, Satisfaction.defaults(), null);
  }

  @Test
  void unservableChatsAreTheFrenchAbandonsAndTheServableFiguresTheEnglishChats() {
    Scenario s = frenchUnserved(Set.of("en"), null);
    assertTrue(new CentreLayout(s).hasUnservableChats());
    Whole w = Whole.run(s, 2);
    for (ReplicationResult rep : w.replications()) {
      Figures total = rep.total();
      Figures en = rep.byLanguage().get("en");
      Figures fr = rep.byLanguage().get("fr");
      assertEquals(0, fr.get(Metric.ANSWERED), "nobody answers French");
      assertTrue(fr.get(Metric.RETRIES) > 0, "French abandoners retry, and are unservable again");
      assertEquals(fr.get(Metric.REACHED_QUEUE), total.get(Metric.UNSERVABLE), 0, "every French hand-off, no other");
      assertEquals(fr.get(Metric.UNSERVABLE), fr.get(Metric.ABANDONED) + fr.get(Metric.STILL_IN_SYSTEM), 0,
          "each one abandoned or is still waiting");
      assertEquals(0, en.get(Metric.UNSERVABLE), 0);
      assertEquals(en.get(Metric.SERVICE_LEVEL), total.get(Metric.SERVABLE_SERVICE_LEVEL), 1e-12);
      assertEquals(en.get(Metric.ABANDON_RATE), total.get(Metric.SERVABLE_ABANDON_RATE), 1e-12);
      assertTrue(total.get(Metric.SERVICE_LEVEL) < total.get(Metric.SERVABLE_SERVICE_LEVEL) - 0.1,
          "over all chats the French ones pull the service level down by about their share");
      double byInterval = rep.byInterval().stream().mapToDouble(f -> f.get(Metric.UNSERVABLE)).sum();
      assertEquals(total.get(Metric.UNSERVABLE), byInterval, 0, "intervals add up to the total");
      double offered = total.get(Metric.BOT_RESOLVED) + total.get(Metric.HANDLED) + total.get(Metric.ABANDONED)
          + total.get(Metric.STILL_IN_SYSTEM);
      assertEquals(total.get(Metric.OFFERED), offered, 0, "conservation");
    }
  }

  /**
   * Customers who never give up: the French chats wait to the end, none abandons. They are still
   * unservable (not 0), and the servable figures are still exactly the English chats'.
   */
  @Test
  void withoutPatienceTheUnservableChatsAreStillWaitingAtTheEnd() {
    Scenario s = frenchUnserved(Set.of("en"), null, null);
    for (ReplicationResult rep : Whole.run(s, 1).replications()) {
      Figures total = rep.total();
      Figures en = rep.byLanguage().get("en");
      Figures fr = rep.byLanguage().get("fr");
      assertEquals(0, fr.get(Metric.ABANDONED), 0);
      assertTrue(fr.get(Metric.UNSERVABLE) > 1000, "about a fifth of 9,600 chats: " + fr.get(Metric.UNSERVABLE));
      assertEquals(fr.get(Metric.STILL_IN_SYSTEM), total.get(Metric.UNSERVABLE), 0);
      assertEquals(en.get(Metric.SERVICE_LEVEL), total.get(Metric.SERVABLE_SERVICE_LEVEL), 1e-12);
      assertEquals(en.get(Metric.ABANDON_RATE), total.get(Metric.SERVABLE_ABANDON_RATE), 1e-12);
    }
  }

  @Test
  void servedChatsReportNoUnservableFigures() {
    for (Scenario s : List.of(frenchUnserved(Set.of("en", "fr"), null),
        frenchUnserved(Set.of("en"), new Translation(30, 1.2, 0)))) {
      assertFalse(new CentreLayout(s).hasUnservableChats());
      Figures total = Whole.run(s, 1).replications().get(0).total();
      assertTrue(Double.isNaN(total.get(Metric.UNSERVABLE)), "not reported when every chat can be served");
      assertTrue(Double.isNaN(total.get(Metric.SERVABLE_SERVICE_LEVEL)));
      assertTrue(Double.isNaN(total.get(Metric.SERVABLE_ABANDON_RATE)));
      assertTrue(total.get(Metric.ANSWERED) > 0);
    }
  }
}
