package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Retry;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.model.Translation;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.junit.jupiter.api.Test;

/** The chat flow of one replication by hand, with chats arriving at chosen times ({@link Scripted}). */
class ChatCentreTest {
  private static final double H = 3600;

  private static Agents one(int agents) {
    return new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, null, List.of(Site.aroundTheClock("t", agents, 1, 10)));
  }

  /**
   * One hour of warm-up: a chat in it is not counted; later chats count in the interval of their
   * arrival, one at the very end of the warm-up in the first and one at the horizon in the last.
   */
  @Test
  void chatsCountFromTheEndOfTheWarmUpInTheIntervalOfTheirArrival() {
    Scenario s = Scripted.scenario(new Calendar(Scripted.MONDAY, 1, H, H), List.of(Scripted.topic(10)),
        List.of(Scripted.region(null)), one(1));
    ReplicationResult r = Scripted.build(s).at(100, H, H + 10, H + 5 * H + 10, H + 24 * H).result();
    assertEquals(4, r.total().get(Metric.OFFERED), 0);
    assertEquals(2, r.byInterval().get(0).get(Metric.OFFERED), 0);
    assertEquals(1, r.byInterval().get(5).get(Metric.OFFERED), 0);
    assertEquals(1, r.byInterval().get(23).get(Metric.OFFERED), 0);
    assertEquals(1, r.total().get(Metric.STILL_IN_SYSTEM), 0, "the chat at the horizon is in service");
    assertEquals(4, r.total().get(Metric.REACHED_QUEUE), 0);
    assertEquals(0, r.total().get(Metric.CLOSED_ARRIVALS), 0, "an agent is always on shift");
  }

  /**
   * A bot of 90 s resolving nothing, saving 25% of the 400 s handle time: the chat reaches the
   * agent at 190 and takes 300 s; the wait counts from the hand-off. A second topic the bot always
   * resolves (chat at 3550, done 3640) counts as bot-resolved in the interval of its arrival.
   */
  @Test
  void theBotTriagesOrResolvesAndWaitsCountFromTheHandOff() {
    Topic escalated = new Topic("hard", 1, new DurationModel.Constant(400), 0);
    Topic easy = new Topic("easy", 1, new DurationModel.Constant(400), 1);
    Region q = Scripted.region(null); // quiet: its own arrivals fall on Sundays
    Region hard = new Region("a", q.zone(), 1000, q.dayOfWeek(), q.hourOfDay(), q.languages(), Map.of("hard", 1.0),
        null, null, 0, 0, 120);
    Region simple = new Region("b", q.zone(), 1000, q.dayOfWeek(), q.hourOfDay(), q.languages(), Map.of("easy", 1.0),
        null, null, 0, 0, 120);
    Scenario s = Scripted.scenario(new Calendar(Scripted.MONDAY, 1, 0, H), List.of(escalated, easy),
        List.of(hard, simple), one(1)).withBot(new Bot(true, new DurationModel.Constant(90), 0.25, 0.5, 0.7));
    ReplicationResult r = Scripted.build(s).from(0, 100).from(1, 3550).result();
    Figures f = r.total();
    assertEquals(2, f.get(Metric.OFFERED), 0);
    assertEquals(1, f.get(Metric.BOT_RESOLVED), 0);
    assertEquals(1, f.get(Metric.HANDLED), 0);
    assertEquals(300, f.get(Metric.MEAN_HANDLE_SECONDS), 1e-9);
    assertEquals(0, f.get(Metric.ASA_SECONDS), 0);
    assertEquals(1.0, f.get(Metric.COST_BOT), 1e-12, "two bot conversations at 0.5");
    assertEquals(1, r.byInterval().get(0).get(Metric.BOT_RESOLVED), 0);
    assertEquals(0, r.byInterval().get(1).get(Metric.BOT_RESOLVED), 0);
    assertEquals(1, r.byRegion().get("b").get(Metric.BOT_RESOLVED), 0);
    assertEquals(1, f.get(Metric.REACHED_QUEUE), 0, "only the escalated chat reaches the queue");
    assertEquals(0, f.get(Metric.STILL_IN_SYSTEM), 0, "the resolved chat is gone");
  }

  /**
   * Every abandoner retries 500 s later with a fresh 60 s of patience. The agent is busy with the
   * chat of 0 until 1000: the customer of 100 leaves at 160, is back at 660, leaves at 720 and is
   * answered on coming back at 1220. With 10 minutes of warm-up the first attempt is not counted.
   */
  @Test
  void anAbandonerComesBackAsANewContactWithItsOwnPatience() {
    Region r = Scripted.region("r", Map.of("en", 1.0), new DurationModel.Constant(60),
        new Retry(1.0, new DurationModel.Constant(500)), 0, 120);
    Figures f = Scripted.build(Scripted.scenario(new Calendar(Scripted.MONDAY, 1, 0, H), List.of(Scripted.topic(1000)),
        List.of(r), one(1))).at(0, 100).total();
    assertEquals(4, f.get(Metric.OFFERED), 0);
    assertEquals(2, f.get(Metric.RETRIES), 0);
    assertEquals(2, f.get(Metric.ABANDONED), 0);
    assertEquals(2, f.get(Metric.ANSWERED), 0);
    assertEquals(30, f.get(Metric.MEAN_QUEUE_SECONDS), 1e-9);
    assertEquals(4, f.get(Metric.REACHED_QUEUE), 0, "every contact reaches the queue");
    Figures w = Scripted.build(Scripted.scenario(new Calendar(Scripted.MONDAY, 1, 600, H),
        List.of(Scripted.topic(1000)), List.of(r), one(1))).at(0, 100).total();
    assertEquals(2, w.get(Metric.OFFERED), 0, "the returns at 660 and 1220");
    assertEquals(2, w.get(Metric.RETRIES), 0);
    assertEquals(1, w.get(Metric.ABANDONED), 0);
    assertEquals(1, w.get(Metric.ANSWERED), 0);
  }

  private static Site speaking(String name, String language) {
    return new Site(name, ZoneId.of("UTC"), 10, 0, 0, 0, 1, new Skills(Set.of(), Set.of(language)), List.of(), 1);
  }

  private static Scenario german(double handle, Translation translation, Site... sites) {
    Region de = Scripted.region("de", Map.of("de", 1.0), null, null, 0, 120);
    return Scripted.scenario(1, Scripted.topic(handle), de,
        new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, translation, List.of(sites)));
  }

  /**
   * With a fallback of 0 s a German chat goes to a free English agent at once, translated; but
   * only when no German agent is free (the German agent is agent 0, the first created).
   */
  @Test
  void aZeroFallbackTranslatesAtOnceWhenNoDirectAgentIsFree() {
    Translation now = new Translation(0, 1.5, 0);
    Figures f = Scripted.build(german(200, now, speaking("en", "en"))).at(100, 150).total();
    assertEquals(2, f.get(Metric.TRANSLATED), 0);
    assertEquals(125, f.get(Metric.ASA_SECONDS), 1e-9, "the second waits 250 s, until 400");
    assertEquals(300, f.get(Metric.MEAN_HANDLE_SECONDS), 1e-9);
    Figures g = Scripted.build(german(200, now, speaking("de", "de"), speaking("en", "en"))).at(100, 150).total();
    assertEquals(1, g.get(Metric.TRANSLATED), 0, "the first goes to the German agent");
    assertEquals(0, g.get(Metric.ASA_SECONDS), 0);
    assertEquals(250, g.get(Metric.MEAN_HANDLE_SECONDS), 1e-9);
  }

  /**
   * A German and an English agent, fallback after 60 s, 1000 s chats. The chat of 10 waits for
   * the busy German agent until its fallback at 70, when the English agent takes it (1500 s) off
   * the queue; at 5000 the queue is empty and a new chat goes straight to the German agent.
   */
  @Test
  void aChatTakenAtItsFallbackLeavesTheQueueAndIsFinished() {
    Figures f = Scripted.build(german(1000, new Translation(60, 1.5, 0), speaking("de", "de"), speaking("en", "en")))
        .at(0, 10, 5000).total();
    assertEquals(3, f.get(Metric.HANDLED), 0);
    assertEquals(1, f.get(Metric.TRANSLATED), 0);
    assertEquals(20, f.get(Metric.ASA_SECONDS), 1e-9);
    assertEquals(3500 / 3.0, f.get(Metric.MEAN_HANDLE_SECONDS), 1e-9);
    assertEquals(60 / 86400.0, f.get(Metric.MEAN_QUEUE_LENGTH), 1e-15);
  }

  /**
   * Shifts of 2 agents 01:00-02:00 and 1 agent 03:00-05:00 and 23:00-24:00 Monday: logged-in
   * agents per interval follow them, the last one up to the horizon; a chat at 02:30 finds nobody
   * on shift and is taken when the 03:00 shift starts.
   */
  @Test
  void shiftsStartAndEndOnTimeAndQueuedChatsWaitForTheNext() {
    EnumSet<DayOfWeek> monday = EnumSet.of(DayOfWeek.MONDAY);
    Site site = new Site("s", ZoneId.of("UTC"), 10, 0, 0, 0, 1, Skills.all(), List.of(
        new Shift(LocalTime.of(1, 0), H, monday, 2), new Shift(LocalTime.of(3, 0), 2 * H, monday, 1),
        new Shift(LocalTime.of(23, 0), H, monday, 1)), 0);
    Scenario s = Scripted.scenario(1, Scripted.topic(100), Scripted.region(null),
        new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, null, List.of(site)));
    ReplicationResult r = Scripted.build(s).at(2.5 * H).result();
    double[] logged = new double[24];
    logged[1] = 2;
    logged[3] = 1;
    logged[4] = 1;
    logged[23] = 1;
    for (int i = 0; i < 24; i++) {
      assertEquals(logged[i], r.byInterval().get(i).get(Metric.AGENTS_LOGGED_IN), 1e-12, "interval " + i);
    }
    assertEquals(1, r.total().get(Metric.CLOSED_ARRIVALS), 0);
    assertEquals(0.5 * H, r.total().get(Metric.ASA_SECONDS), 1e-9);
  }
}
