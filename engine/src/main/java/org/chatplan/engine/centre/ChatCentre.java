package org.chatplan.engine.centre;

import org.apache.commons.rng.UniformRandomProvider;
import org.chatplan.engine.kernel.Simulator;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Translation;
import org.chatplan.engine.random.RandomStreams;
import org.chatplan.engine.random.StreamId;

/**
 * One replication of the chat centre: the event handler that moves chats from arrival through the
 * bot and the queue to an agent, and away again. See docs/model.md for the rules it implements.
 */
public final class ChatCentre {
  static final int ARRIVAL = 0;
  static final int BOT_DONE = 1;
  static final int PATIENCE = 2;
  static final int COMPLETION = 3;
  static final int SHIFT_START = 4;
  static final int SHIFT_END = 5;
  static final int TICK = 6;
  static final int RETURN = 7;
  static final int TRANSLATE = 8;

  private final CentreLayout layout;
  private final Scenario scenario;
  private final Calendar calendar;
  private final ShiftSchedule[] shifts;
  private final Simulator sim = new Simulator();
  private final ChatPool pool = new ChatPool(1024);
  private final AgentPool agents;
  private final ChatQueue[] queues;
  private final SiteFloor[] floors;
  private final int[] siteSlots;
  private final Router router;
  final Accounting acct;
  final FloorAreas areas;
  final ChatOutcomes outcomes;
  private final AgentDesk desk;
  private final Abandonment abandonment;

  private final Draws draws;
  private final double triageFactor;
  private final Translation translation;
  private final double warmup;
  private final double horizon;
  private final double interval;
  private long starts;
  private long startsOffShift;

  /** Builds replication {@code rep}: draws its forecast errors and binds every sampler to its stream. */
  public ChatCentre(CentreLayout layout, ArrivalSchedule[] schedules, ShiftSchedule[] shifts,
      RandomStreams streams, int rep) {
    this.layout = layout;
    this.scenario = layout.scenario;
    this.calendar = scenario.calendar();
    this.shifts = shifts;
    warmup = calendar.warmupSeconds();
    horizon = calendar.horizonSeconds();
    interval = calendar.intervalSeconds();
    int nSites = layout.sites;
    siteSlots = new int[nSites];
    floors = new SiteFloor[nSites];
    int agentGuess = 0;
    for (int s = 0; s < nSites; s++) {
      siteSlots[s] = scenario.agents().sites().get(s).maxConcurrency();
      floors[s] = new SiteFloor(siteSlots[s], shifts[s]);
      for (ShiftSchedule.Instance i : shifts[s].instances()) {
        agentGuess = Math.max(agentGuess, i.agents());
      }
    }
    agents = new AgentPool(nSites, layout.maxConcurrency, 4 * agentGuess);
    router = new Router(scenario.agents().routing(), agents, siteSlots, streams.open(StreamId.ROUTING, 0, rep));
    queues = new ChatQueue[layout.queues];
    for (int q = 0; q < queues.length; q++) {
      queues[q] = new ChatQueue();
    }
    acct = new Accounting(layout.regions, layout.topics, layout.languages.size(), nSites, calendar.intervals());
    areas = new FloorAreas(floors, calendar.intervals(), warmup, horizon);

    draws = new Draws(scenario, layout, schedules, streams, rep);
    outcomes = new ChatOutcomes(acct, pool, scenario, draws.errorRng);
    abandonment = new Abandonment(sim, layout, pool, queues, outcomes, areas, draws);
    desk = new AgentDesk(sim, layout, pool, agents, queues, floors, siteSlots, shifts, draws, outcomes, areas,
        abandonment);
    triageFactor = scenario.bot().enabled() ? 1 - scenario.bot().triageSaves() : 1;
    translation = scenario.agents().translation();
  }

  /** Runs the replication to the horizon; the counters are then ready to read. */
  public void run() {
    for (int r = 0; r < draws.arrivals.length; r++) {
      double t = draws.arrivals[r].next(0);
      if (t < horizon) {
        sim.scheduleAt(t, ARRIVAL, r, 0);
      }
    }
    // Shift starts and interval boundaries are scheduled one ahead, not all at once: a year of them
    // in the event list would make every pop sift through a heap a hundred times the live size.
    for (int s = 0; s < floors.length; s++) {
      if (!shifts[s].instances().isEmpty()) {
        sim.scheduleAt(shifts[s].instances().get(0).start(), SHIFT_START, s, 0);
      }
    }
    sim.scheduleAt(warmup, TICK, 0, 0);
    // The event loop and its dispatch in one method, so that the JIT compiles them as one unit
    // (not sim.runUntil(horizon, handler): see Simulator.next).
    Simulator s = sim;
    while (s.next(horizon)) {
      int target = s.target();
      int aux = s.aux();
      switch (s.kind()) {
        case ARRIVAL -> arrive(target);
        case BOT_DONE -> botDone(target, aux);
        case PATIENCE -> abandonment.patienceEvent(target, aux);
        case COMPLETION -> desk.complete(target, aux);
        case SHIFT_START -> shiftStart(target, aux);
        case SHIFT_END -> desk.shiftEnd(target, aux);
        case TICK -> tick(target);
        case RETURN -> comeBack(target, aux);
        case TRANSLATE -> translate(target, aux);
        default -> throw new IllegalStateException("unknown event kind " + s.kind());
      }
    }
  }

  private void shiftStart(int s, int instance) {
    var list = shifts[s].instances();
    if (list.get(instance).end() < horizon) {
      sim.scheduleAt(list.get(instance).end(), SHIFT_END, s, instance);
    }
    if (instance + 1 < list.size()) {
      sim.scheduleAt(list.get(instance + 1).start(), SHIFT_START, s, instance + 1);
    }
    desk.shiftStart(s, instance);
  }

  private void tick(int i) {
    if (i < calendar.intervals()) {
      sim.scheduleAt(warmup + (i + 1) * interval, TICK, i + 1, 0);
    }
    areas.tick(i, sim.now());
  }

  int intervalOf(double t) {
    if (t < warmup) {
      return -1;
    }
    return Math.min(acct.intervals - 1, (int) ((t - warmup) / interval));
  }

  // ---- chat flow --------------------------------------------------------------------------

  // The hot methods below are kept small (well under the JIT's 325-byte inlining limit for hot
  // code), with rare paths in methods of their own: measured, this is worth about 25% on M/M/c+M.

  private void arrive(int r) {
    double now = sim.now();
    int c = newChat(r, now);
    int iv = intervalOf(now);
    if (pool.counted[c]) {
      acct.addCell(Counter.OFFERED, pool.cell[c], r, iv, 1);
    }
    if (draws.botTime != null) {
      toBot(c, iv);
    } else {
      handoff(c);
    }
    double next = draws.arrivals[r].next(now);
    if (next < horizon) {
      sim.scheduleAt(next, ARRIVAL, r, 0);
    }
  }

  /** A new chat from region r: who the customer is, what they need, how long they will wait. */
  private int newChat(int r, double now) {
    int c = pool.acquire();
    UniformRandomProvider u = draws.customer[r];
    int topic = CentreLayout.draw(layout.topicCdf[r], u.nextDouble());
    int language = CentreLayout.draw(layout.languageCdf[r], u.nextDouble());
    pool.region[c] = r;
    pool.topic[c] = topic;
    pool.language[c] = language;
    pool.cell[c] = acct.cellOf(r, topic, language);
    double silentShare = draws.silentShare[r];
    pool.silent[c] = silentShare > 0 && u.nextDouble() < silentShare;
    pool.arrival[c] = now;
    pool.counted[c] = now >= warmup;
    pool.work[c] = draws.handleTime[topic].sample();
    pool.patience[c] = draws.patience[r] == null ? Double.POSITIVE_INFINITY : draws.patience[r].sample();
    return c;
  }

  private void toBot(int c, int iv) {
    double time = draws.botTime.sample();
    pool.botResolves[c] = draws.botRng.nextDouble() < draws.botResolves[pool.topic[c]];
    pool.state[c] = ChatPool.WITH_BOT;
    if (pool.counted[c]) {
      acct.addCell(Counter.BOT_CONVERSATIONS, pool.cell[c], pool.region[c], iv, 1);
    }
    sim.scheduleIn(time, BOT_DONE, c, pool.gen[c]);
  }

  private void botDone(int c, int gen) {
    if (pool.gen[c] != gen || pool.state[c] != ChatPool.WITH_BOT) {
      return;
    }
    if (pool.botResolves[c]) {
      if (pool.counted[c]) {
        acct.add(Counter.BOT_RESOLVED, pool.region[c], pool.topic[c], pool.language[c], intervalOf(pool.arrival[c]), 1);
      }
      pool.release(c);
      return;
    }
    pool.work[c] *= triageFactor;
    handoff(c);
  }

  /** The chat joins the agent queue for its topic and language; waits are measured from here. */
  private void handoff(int c) {
    double now = sim.now();
    int q = layout.queueOf(pool.topic[c], pool.language[c]);
    pool.handoff[c] = now;
    pool.handoffInterval[c] = pool.counted[c] ? intervalOf(now) : -1;
    pool.state[c] = ChatPool.WAITING;
    if (pool.counted[c]) {
      countReached(c, q);
    }
    if (queues[q].live == 0 && answerNow(c, q)) {
      return;
    }
    queues[q].push(c, pool.gen[c]);
    abandonment.arm(c);
    if (translation != null) {
      armTranslation(c, q);
    }
  }

  private void countReached(int c, int q) {
    outcomes.count(c, Counter.REACHED, 1);
    if (layout.unservable[q]) {
      outcomes.count(c, Counter.UNSERVABLE, 1);
    }
    if (nobodyOnShift(layout.queueSites[q])) {
      outcomes.count(c, Counter.CLOSED, 1);
    }
  }

  /** Nobody waits ahead of chat c: an agent with a free slot takes it now, if there is one. */
  private boolean answerNow(int c, int q) {
    int a = router.pick(layout.queueSites[q]);
    boolean translated = false;
    if (a < 0 && translation != null && translation.afterSeconds() == 0) {
      a = router.pick(layout.queueTranslationSites[q]);
      translated = a >= 0;
    }
    if (a < 0) {
      return false;
    }
    desk.assign(a, c, translated);
    desk.reschedule(a);
    return true;
  }

  private void armTranslation(int c, int q) {
    if (translation.afterSeconds() > 0 && layout.queueTranslationSites[q].length > 0) {
      sim.scheduleIn(translation.afterSeconds(), TRANSLATE, c, pool.gen[c]);
    }
  }

  private boolean nobodyOnShift(int[] sites) {
    for (int s : sites) {
      if (floors[s].onShift > 0) {
        return false;
      }
    }
    return true;
  }

  /** An abandoner retrying, or a wrongly answered draws.customer coming back: a new contact, no bot. */
  private void comeBack(int c, int gen) {
    if (pool.gen[c] != gen || pool.state[c] != ChatPool.AWAY) {
      return;
    }
    // A new contact: timers and queue entries the earlier one left behind must not act on it.
    pool.gen[c]++;
    double now = sim.now();
    int r = pool.region[c];
    pool.arrival[c] = now;
    pool.counted[c] = now >= warmup;
    pool.patience[c] = draws.retryPatience[r] == null ? Double.POSITIVE_INFINITY : draws.retryPatience[r].sample();
    pool.wrong[c] = false;
    if (pool.counted[c]) {
      int iv = intervalOf(now);
      acct.add(Counter.OFFERED, r, pool.topic[c], pool.language[c], iv, 1);
      acct.add(pool.repeat[c] ? Counter.REPEATS : Counter.RETRIES, r, pool.topic[c], pool.language[c], iv, 1);
    }
    handoff(c);
  }

  private void translate(int c, int gen) {
    if (pool.gen[c] != gen || pool.state[c] != ChatPool.WAITING || abandonment.lapsed(c, sim.now())) {
      return; // answered, or gone (a lapsed chat is settled when it reaches the head)
    }
    takeThroughTranslation(c, gen);
  }

  /**
   * Free agents of the translating sites take chat c's queue from its head until c is taken: the
   * chats ahead of it are older (their own fallback has passed) or silent abandoners, whom an agent
   * must open to find gone; taking only one would leave c waiting behind such a chat. Rare, so kept
   * out of the event loop's own method.
   */
  private void takeThroughTranslation(int c, int gen) {
    int q = layout.queueOf(pool.topic[c], pool.language[c]);
    while (pool.gen[c] == gen && pool.state[c] == ChatPool.WAITING) {
      int a = router.pick(layout.queueTranslationSites[q]);
      int head = a < 0 ? -1 : desk.head(q);
      if (head < 0) {
        return;
      }
      desk.takeFromQueue(q, head);
      desk.assign(a, head, true);
      desk.reschedule(a);
    }
  }

  // ---- read-out ---------------------------------------------------------------------------

  Overtime overtime() {
    return desk.overtime;
  }

  long startsTotal() {
    return desk.startsTotal();
  }

  long startsOffShift() {
    return desk.startsOffShift();
  }

  /** At the horizon: settles lapsed waits and running overtime, and counts who is still in the system. */
  void closeAtHorizon() {
    abandonment.settleAll(horizon);
    desk.closeOvertime(horizon);
    outcomes.countStillInSystem(this::intervalOf,
        c -> layout.unservable[layout.queueOf(pool.topic[c], pool.language[c])]);
  }

  CentreLayout layout() {
    return layout;
  }

  Simulator simulator() {
    return sim;
  }
}
