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
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Retry;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.model.Translation;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.junit.jupiter.api.Test;

/**
 * The agent side by hand: chats arrive at chosen times ({@link Scripted}) with constant handle
 * times, so every wait, handle time and area below is exact.
 */
class AgentDeskTest {
  private static final double DAY = 86400;

  private static Agents agents(Concurrency c, Translation t, Site site) {
    return new Agents(c, Routing.LEAST_BUSY, t, List.of(site));
  }

  private static Agents one(int slots) {
    return agents(Concurrency.linear(slots), null, Site.aroundTheClock("t", 1, slots, 10));
  }

  private static Figures run(Agents a, double handle, double... arrivals) {
    return Scripted.build(Scripted.scenario(1, Scripted.topic(handle), Scripted.region(null), a)).at(arrivals).total();
  }

  /**
   * Two slots at throughput 1.5: alone a chat progresses at 1, with a second each at 0.75. 300 s
   * chats at 1000 and 1200: the first has 100 s left at 1200, done 133.3 s later; the second then
   * has 200 s left alone. Both take 333.3 s.
   */
  @Test
  void chatsSharingAnAgentProgressAtTheThroughputCurvesRate() {
    Figures f = run(agents(new Concurrency(2, new double[] {1, 1.5}, 0), null, Site.aroundTheClock("t", 1, 2, 10)),
        300, 1000, 1200);
    assertEquals(1000.0 / 3, f.get(Metric.MEAN_HANDLE_SECONDS), 1e-9);
    assertEquals(0, f.get(Metric.ASA_SECONDS), 0);
    // busy slots 2 x 333.3 s; the agent holds a chat from 1000 to 1533.3
    assertEquals(2000.0 / 3 / DAY, f.get(Metric.MEAN_CHATS_IN_SERVICE), 1e-12);
    assertEquals(1.25, f.get(Metric.MEAN_CONCURRENCY), 1e-12);
    assertEquals(2000.0 / 3 / (2 * DAY), f.get(Metric.OCCUPANCY), 1e-12);
  }

  /**
   * One agent of two slots, 300 s chats at 100..104: the first two start at once; each completion
   * frees one slot for the oldest waiting chat (at 400 and 401), and no more: the fifth waits
   * until 700.
   */
  @Test
  void aFreedSlotTakesTheOldestWaitingChatAndNoMore() {
    Figures f = run(one(2), 300, 100, 101, 102, 103, 104);
    assertEquals((298 + 298 + 596) / 5.0, f.get(Metric.ASA_SECONDS), 1e-9);
    assertEquals(0.6, f.get(Metric.PROB_WAIT), 1e-12);
    assertEquals(5, f.get(Metric.HANDLED), 0);
    assertEquals(1500.0 / 900, f.get(Metric.MEAN_CONCURRENCY), 1e-12, "busy 1500 slot-s over 900 s with a chat");
  }

  /** The site's one agent works 00:00-01:00 Monday, two slots, overtime paid at +50%. */
  private static Scripted.Run shiftOfOneHour(double handle) {
    Site site = new Site("s", ZoneId.of("UTC"), 10, 0, 0.5, 0, 2, Skills.all(),
        List.of(new Shift(LocalTime.MIDNIGHT, 3600, EnumSet.of(DayOfWeek.MONDAY), 1)), 0);
    return Scripted.build(Scripted.scenario(1, Scripted.topic(handle), Scripted.region(null),
        agents(Concurrency.linear(2), null, site)));
  }

  /**
   * Chats at 3000 and 3500 (1200 s) are still held at the 3600 shift end: the agent finishes both
   * (one slot less at 4200), logs off at 4700 and is paid 1100 s of overtime. A chat at 3700 finds
   * nobody on shift and is never started by the leaving agent.
   */
  @Test
  void anAgentPastShiftEndFinishesItsChatsTakesNoNewOneAndIsPaidOvertime() {
    Scripted.Run r = shiftOfOneHour(1200).at(3000, 3500, 3700);
    Figures f = r.total();
    assertEquals(2, f.get(Metric.HANDLED), 0);
    assertEquals(1, f.get(Metric.STILL_IN_SYSTEM), 0);
    assertEquals(1, f.get(Metric.CLOSED_ARRIVALS), 0);
    assertEquals(2, r.centre().startsTotal());
    assertEquals(0, r.centre().startsOffShift());
    assertEquals(1100.0 / 3600, f.get(Metric.OVERTIME_HOURS), 1e-12);
    assertEquals(1 + 1100.0 / 3600, f.get(Metric.PAID_HOURS), 1e-12, "one shift hour and the overtime");
    assertEquals(4700 / DAY, f.get(Metric.AGENTS_LOGGED_IN), 1e-12, "logged in until the last chat ends");
    // 2 slots until 4200, then the one still held until 4700; busy 2 x 1200
    assertEquals(2400.0 / (2 * 4200 + 500), f.get(Metric.OCCUPANCY), 1e-12);
  }

  /**
   * One chat (3000, 1200 s) held at the 3600 shift end: of the agent's two slots the free one goes
   * at once, the held one at 4200 when the agent logs off with 600 s of overtime.
   */
  @Test
  void atShiftEndTheFreeSlotsGoAtOnceAndTheHeldOnesWithTheirChats() {
    Figures f = shiftOfOneHour(1200).at(3000).total();
    assertEquals(600.0 / 3600, f.get(Metric.OVERTIME_HOURS), 1e-12);
    assertEquals(4200 / DAY, f.get(Metric.AGENTS_LOGGED_IN), 1e-12);
    assertEquals(1200.0 / (2 * 3600 + 600), f.get(Metric.OCCUPANCY), 1e-12);
  }

  /** An agent still finishing a chat at the horizon is paid overtime up to it: 01:00 to 24:00. */
  @Test
  void overtimeStillRunningAtTheHorizonIsPaidUpToIt() {
    Figures f = shiftOfOneHour(200_000).at(3000).total();
    assertEquals(23, f.get(Metric.OVERTIME_HOURS), 1e-9);
    assertEquals(0, f.get(Metric.HANDLED), 0);
    assertEquals(1, f.get(Metric.AGENTS_LOGGED_IN), 1e-12, "still logged in at the horizon");
  }

  /**
   * Chats at 0, 10, .. 40 (600 s) wait for a 01:00-03:00 shift of two agents of two slots. At 01:00
   * the agents take the oldest chats in turns, one slot per round (0 and 10, then 20 and 30); the
   * chat of 40 waits for the first completions at 4200, two at the same instant on one agent.
   * At 03:00 both agents are idle and log off.
   */
  @Test
  void agentsStartingAShiftTakeTheWaitingChatsInRounds() {
    Site site = new Site("s", ZoneId.of("UTC"), 10, 0, 0, 0, 2, Skills.all(),
        List.of(new Shift(LocalTime.of(1, 0), 7200, EnumSet.of(DayOfWeek.MONDAY), 2)), 0);
    Figures f = run(agents(Concurrency.linear(2), null, site), 600, 0, 10, 20, 30, 40);
    assertEquals(5, f.get(Metric.CLOSED_ARRIVALS), 0, "all came while nobody was on shift");
    assertEquals(5, f.get(Metric.HANDLED), 0);
    assertEquals((3600 + 3590 + 3580 + 3570 + 4160) / 5.0, f.get(Metric.ASA_SECONDS), 1e-9);
    assertEquals(600, f.get(Metric.MEAN_HANDLE_SECONDS), 1e-9);
    assertEquals(2 * 7200 / DAY, f.get(Metric.AGENTS_LOGGED_IN), 1e-12);
    assertEquals(3000.0 / (4 * 7200), f.get(Metric.OCCUPANCY), 1e-12, "4 slots for 2 h, busy 5 x 600 s");
  }

  /**
   * A 24-hour shift of 4 agents at 25% shrinkage puts exactly 3 on the floor (no random rounding
   * of a whole number); an around-the-clock site has no shrinkage whatever its setting.
   */
  @Test
  void shrinkageRemovesItsShareOfAShiftButNotOfAnAroundTheClockSite() {
    Site shifts = new Site("s", ZoneId.of("UTC"), 10, 0, 0, 0.25, 1, Skills.all(),
        List.of(new Shift(LocalTime.MIDNIGHT, DAY, EnumSet.of(DayOfWeek.MONDAY), 4)), 0);
    Figures f = run(agents(Concurrency.linear(1), null, shifts), 1000, 100, 101, 102, 103);
    assertEquals(3, f.get(Metric.AGENTS_LOGGED_IN), 1e-12);
    assertEquals(96, f.get(Metric.PAID_HOURS), 1e-9, "shrinkage is paid");
    assertEquals(997 / 4.0, f.get(Metric.ASA_SECONDS), 1e-9, "the fourth chat waits for the first");
    Site clock = new Site("c", ZoneId.of("UTC"), 10, 0, 0, 0.5, 1, Skills.all(), List.of(), 3);
    Figures g = run(agents(Concurrency.linear(1), null, clock), 1000, 100, 101, 102, 103);
    assertEquals(3, g.get(Metric.AGENTS_LOGGED_IN), 1e-12);
    assertEquals(997 / 4.0, g.get(Metric.ASA_SECONDS), 1e-9);
  }

  /**
   * An agent serving two topics takes the oldest chat across their queues: at 100 the "y" chat of
   * 10 goes before the "x" chat of 20.
   */
  @Test
  void aFreeAgentTakesTheOldestChatAcrossItsQueues() {
    var topics = List.of(new Topic("x", 1, new DurationModel.Constant(100), 0),
        new Topic("y", 1, new DurationModel.Constant(100), 0));
    var s = Scripted.scenario(new Calendar(Scripted.MONDAY, 1, 0, 3600), topics,
        List.of(region("x", "en", "x"), region("y", "en", "y")), one(1));
    var r = Scripted.build(s).from(0, 0, 20).from(1, 10).result();
    assertEquals(90, r.byRegion().get("y").get(Metric.ASA_SECONDS), 1e-9, "taken at 100");
    assertEquals(90, r.byRegion().get("x").get(Metric.ASA_SECONDS), 1e-9, "0 s, then 180 s (taken at 200)");
  }

  /**
   * The same choice at a 01:00 shift start with the oldest chat being chat id 0 (the first ever
   * created): it goes first, over a younger chat in a later queue, direct or through translation.
   */
  @Test
  void theOldestChatWinsEvenWhenItIsTheFirstChatCreated() {
    Site oneAt1 = new Site("s", ZoneId.of("UTC"), 10, 0, 0, 0, 1, new Skills(Set.of(), Set.of("en")),
        List.of(new Shift(LocalTime.of(1, 0), 7200, EnumSet.of(DayOfWeek.MONDAY), 1)), 0);
    Agents direct = agents(Concurrency.linear(1), null, oneAt1);
    var topics = List.of(new Topic("x", 1, new DurationModel.Constant(100), 0),
        new Topic("y", 1, new DurationModel.Constant(100), 0));
    var twoTopics = Scripted.build(Scripted.scenario(new Calendar(Scripted.MONDAY, 1, 0, 3600), topics,
        List.of(region("x", "en", "x"), region("y", "en", "y")), direct)).from(0, 0).from(1, 10).result();
    assertEquals(3600, twoTopics.byRegion().get("x").get(Metric.ASA_SECONDS), 1e-9);
    assertEquals(3690, twoTopics.byRegion().get("y").get(Metric.ASA_SECONDS), 1e-9);
    Agents translating = agents(Concurrency.linear(1), new Translation(60, 1, 0), oneAt1);
    var twoLanguages = Scripted.build(Scripted.scenario(new Calendar(Scripted.MONDAY, 1, 0, 3600),
        List.of(topics.get(0)), List.of(region("en", "en", "x"), region("de", "de", "x")), translating))
        .from(0, 0).from(1, 10).result();
    assertEquals(3600, twoLanguages.byRegion().get("en").get(Metric.ASA_SECONDS), 1e-9);
    assertEquals(3690, twoLanguages.byRegion().get("de").get(Metric.ASA_SECONDS), 1e-9);
  }

  /** A quiet region (see {@link Scripted}) of one language and one topic. */
  private static Region region(String name, String language, String topic) {
    return new Region(name, ZoneId.of("UTC"), 1000, new double[] {0, 0, 0, 0, 0, 0, 1}, flat24(),
        Map.of(language, 1.0), Map.of(topic, 1.0), null, null, 0, 0, 120);
  }

  private static double[] flat24() {
    double[] h = new double[24];
    java.util.Arrays.fill(h, 1);
    return h;
  }

  /**
   * Every abandoner is silent (patience 100 s, 120 s to find nobody there). The chat at 20 lapses
   * at 120 and stays queued; at 1010 the agent opens it, spends 120 s, closes it unanswered, and
   * only then takes the chat of 1050 (80 s wait). The ghost's stay counts once in the queue area.
   */
  @Test
  void aSilentAbandonerCostsTheAgentTheDetectTimeAndIsNotAnswered() {
    Region silent = Scripted.region("r", Map.of("en", 1.0), new DurationModel.Constant(100), null, 1.0, 120);
    Figures f = Scripted.build(Scripted.scenario(1, Scripted.topic(1000), silent, one(1))).at(10, 20, 1050).total();
    assertEquals(2, f.get(Metric.ANSWERED), 0);
    assertEquals(2, f.get(Metric.HANDLED), 0);
    assertEquals(1, f.get(Metric.SILENT_ABANDONED), 0);
    assertEquals(40, f.get(Metric.ASA_SECONDS), 1e-9);
    assertEquals(1000, f.get(Metric.MEAN_HANDLE_SECONDS), 1e-9, "the ghost is not a handled chat");
    assertEquals(180 / DAY, f.get(Metric.MEAN_QUEUE_LENGTH), 1e-12);
    assertEquals(2120 / DAY, f.get(Metric.OCCUPANCY), 1e-12, "busy 1000 + 120 + 1000 s");
  }

  /**
   * Silent abandoners come back too (retry 100% after 300 s, patience 100 s, one agent busy with the
   * chat of 10 until 1010). The chat of 20 lapses at 120 and stays queued as a ghost; its customer
   * returns at 420 as a new chat, lapses at 520, returns at 820, lapses at 920, returns at 1220. From
   * 1010 the agent opens the three ghosts (120 s each, to 1370) while the 1220 retry lapses at 1320;
   * that ghost takes it to 1490, and the retry of 1620 finds the agent free and is answered at once.
   */
  @Test
  void aSilentAbandonerWhoRetriesComesBackWhileItsGhostWaits() {
    Region silent = Scripted.region("r", Map.of("en", 1.0), new DurationModel.Constant(100),
        new Retry(1, new DurationModel.Constant(300)), 1.0, 120);
    Figures f = Scripted.build(Scripted.scenario(1, Scripted.topic(1000), silent, one(1))).at(10, 20).total();
    assertEquals(6, f.get(Metric.OFFERED), 0);
    assertEquals(4, f.get(Metric.RETRIES), 0);
    assertEquals(4, f.get(Metric.ABANDONED), 0);
    assertEquals(4, f.get(Metric.SILENT_ABANDONED), 0);
    assertEquals(2, f.get(Metric.ANSWERED), 0);
    assertEquals(0, f.get(Metric.ASA_SECONDS), 0);
    assertEquals(0, f.get(Metric.STILL_IN_SYSTEM), 0);
    assertEquals((1000 + 4 * 120 + 1000) / DAY, f.get(Metric.OCCUPANCY), 1e-12);
  }

  /**
   * German chats, an English-only agent, fallback after 60 s at 1.5 x the 200 s handle time. At
   * 200 the German chat of 50 (queued 150 s, past its fallback) is older than the English one of
   * 100 and goes first. At 500 the German chat of 460 is only 40 s old: the English one goes. At
   * 1000 the only waiting chat (German, of 950) is 50 s old: the agent waits for its fallback.
   */
  @Test
  void aFreeAgentTakesTheOldestChatDirectOrPastItsTranslationFallback() {
    Region en = Scripted.region("en", Map.of("en", 1.0), null, null, 0, 120);
    Region de = Scripted.region("de", Map.of("de", 1.0), null, null, 0, 120);
    Site site = new Site("s", ZoneId.of("UTC"), 10, 0, 0, 0, 1, new Skills(Set.of(), Set.of("en")),
        List.of(), 1);
    var s = Scripted.scenario(new Calendar(Scripted.MONDAY, 1, 0, 3600),
        List.of(Scripted.topic(200)), List.of(en, de), agents(Concurrency.linear(1), new Translation(60, 1.5, 0), site));
    var result = Scripted.build(s).from(0, 0, 100).from(1, 50, 460, 950).result();
    // en 0: 0 s, done 200. de 50: 150 s, done 500. en 100: 400 s, done 700. de 460: 240 s, done 1000.
    // de 950: taken at its fallback, 1010 (60 s).
    assertEquals(200, result.byRegion().get("en").get(Metric.ASA_SECONDS), 1e-9);
    assertEquals((150 + 240 + 60) / 3.0, result.byRegion().get("de").get(Metric.ASA_SECONDS), 1e-9);
    assertEquals(3, result.total().get(Metric.TRANSLATED), 0);
    assertEquals((200 + 200 + 300 * 3) / 5.0, result.total().get(Metric.MEAN_HANDLE_SECONDS), 1e-9);
  }

  /**
   * Every chat beyond the first an agent holds is answered wrongly (100% per extra chat): the
   * customer of 20 comes back 500 s after its chat ends (at 120) as a repeat contact, answered
   * right at 620 by the then idle agent.
   */
  @Test
  void aWrongAnswerBringsTheCustomerBackAsARepeatContact() {
    Region back = Scripted.region("r", Map.of("en", 1.0), null, new Retry(0, new DurationModel.Constant(500)), 0, 120);
    Agents a = agents(new Concurrency(1, new double[] {1, 2}, 1.0), null, Site.aroundTheClock("t", 1, 2, 10));
    Figures f = Scripted.build(Scripted.scenario(1, Scripted.topic(100), back, a)).at(10, 20).total();
    assertEquals(3, f.get(Metric.OFFERED), 0);
    assertEquals(1, f.get(Metric.REPEAT_CONTACTS), 0);
    assertEquals(1, f.get(Metric.WRONG_ANSWERS), 0);
    assertEquals(3, f.get(Metric.HANDLED), 0);
    assertEquals(0, f.get(Metric.STILL_IN_SYSTEM), 0);
    assertEquals(100, f.get(Metric.MEAN_HANDLE_SECONDS), 1e-9);
  }
}
