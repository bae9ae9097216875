package org.chatplan.engine.centre;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.chatplan.engine.kernel.EventHandler;
import org.chatplan.engine.kernel.Simulator;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.model.Translation;
import org.chatplan.engine.random.RandomStreams;
import org.chatplan.engine.random.StreamId;
import org.chatplan.engine.stats.TimeWeighted;

/**
 * One replication of the chat centre: the event handler that moves chats from arrival through the
 * bot and the queue to an agent, and away again. See docs/model.md for the rules it implements.
 */
public final class ChatCentre implements EventHandler {
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
  final TimeWeighted waiting = new TimeWeighted();
  final TimeWeighted inService = new TimeWeighted();
  double waitingArea;
  double inServiceArea;
  /** [site * 4 + k] over the reported window: logged-in, with-chat, slots available, slots busy. */
  final double[] siteArea;
  /** The same per interval: [(interval * sites + site) * 4 + k]. */
  final double[] intervalSiteArea;

  private final ArrivalProcess[] arrivals;
  private final UniformRandomProvider[] customer;
  private final ContinuousSampler[] handleTime;
  private final ContinuousSampler[] patience;
  private final ContinuousSampler[] retryPatience;
  private final ContinuousSampler[] retryDelay;
  private final UniformRandomProvider retryRng;
  private final UniformRandomProvider botRng;
  private final ContinuousSampler botTime;
  private final UniformRandomProvider errorRng;
  private final UniformRandomProvider shrinkageRng;
  private final double[] botResolves;
  private final double triageFactor;
  private final Translation translation;
  private final double warmup;
  private final double horizon;
  private final double interval;
  private final double slWithin;
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
    slWithin = scenario.targets().withinSeconds();
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
    siteArea = new double[nSites * 4];
    intervalSiteArea = new double[calendar.intervals() * nSites * 4];

    int nRegions = layout.regions;
    arrivals = new ArrivalProcess[nRegions];
    customer = new UniformRandomProvider[nRegions];
    patience = new ContinuousSampler[nRegions];
    retryPatience = new ContinuousSampler[nRegions];
    retryDelay = new ContinuousSampler[nRegions];
    UniformRandomProvider patienceRng = streams.open(StreamId.PATIENCE, 0, rep);
    retryRng = streams.open(StreamId.RETRY, 0, rep);
    for (int r = 0; r < nRegions; r++) {
      Region region = scenario.demand().regions().get(r);
      double[] dayFactor = forecastFactors(region, schedules[r].localDays(), streams.open(StreamId.FORECAST, r, rep));
      arrivals[r] = new ArrivalProcess(schedules[r], dayFactor, streams.open(StreamId.ARRIVALS, r, rep));
      customer[r] = streams.open(StreamId.CUSTOMER, r, rep);
      if (region.patience() != null) {
        patience[r] = region.patience().sampler(patienceRng);
        retryPatience[r] = region.patience().sampler(retryRng);
      }
      DurationModel after = region.retry() != null ? region.retry().after() : new DurationModel.Exponential(3600);
      retryDelay[r] = after.sampler(retryRng);
    }
    UniformRandomProvider handleRng = streams.open(StreamId.HANDLE_TIME, 0, rep);
    handleTime = new ContinuousSampler[layout.topics];
    botResolves = new double[layout.topics];
    for (int t = 0; t < layout.topics; t++) {
      Topic topic = scenario.demand().topics().get(t);
      handleTime[t] = topic.handleTime().sampler(handleRng);
      botResolves[t] = topic.botResolves();
    }
    botRng = streams.open(StreamId.BOT, 0, rep);
    botTime = scenario.bot().enabled() ? scenario.bot().handleTime().sampler(botRng) : null;
    triageFactor = scenario.bot().enabled() ? 1 - scenario.bot().triageSaves() : 1;
    translation = scenario.agents().translation();
    errorRng = streams.open(StreamId.ERRORS, 0, rep);
    shrinkageRng = streams.open(StreamId.SHRINKAGE, 0, rep);
  }

  /** A lognormal day multiplier with mean 1 and the region's cv for each local day (all 1 without). */
  private static double[] forecastFactors(Region region, int days, UniformRandomProvider rng) {
    double[] f = new double[days];
    java.util.Arrays.fill(f, 1.0);
    double cv = region.forecastErrorCv();
    if (cv > 0) {
      ContinuousSampler s = new DurationModel.LogNormal(1.0, cv).sampler(rng);
      for (int d = 0; d < days; d++) {
        f[d] = s.sample();
      }
    }
    return f;
  }

  /** Runs the replication to the horizon; the counters are then ready to read. */
  public void run() {
    for (int r = 0; r < arrivals.length; r++) {
      double t = arrivals[r].next(0);
      if (t < horizon) {
        sim.scheduleAt(t, ARRIVAL, r, 0);
      }
    }
    for (int s = 0; s < floors.length; s++) {
      var list = shifts[s].instances();
      for (int i = 0; i < list.size(); i++) {
        sim.scheduleAt(list.get(i).start(), SHIFT_START, s, i);
        if (list.get(i).end() < horizon) {
          sim.scheduleAt(list.get(i).end(), SHIFT_END, s, i);
        }
      }
    }
    for (int i = 0; i <= calendar.intervals(); i++) {
      sim.scheduleAt(warmup + i * interval, TICK, i, 0);
    }
    sim.runUntil(horizon, this);
  }

  @Override public void handle(int kind, int target, int aux) {
    switch (kind) {
      case ARRIVAL -> arrive(target);
      case BOT_DONE -> botDone(target, aux);
      case PATIENCE -> abandon(target, aux);
      case COMPLETION -> complete(target, aux);
      case SHIFT_START -> shiftStart(target, aux);
      case SHIFT_END -> shiftEnd(target, aux);
      case TICK -> tick(target);
      case RETURN -> comeBack(target, aux);
      case TRANSLATE -> translate(target, aux);
      default -> throw new IllegalStateException("unknown event kind " + kind);
    }
  }

  int intervalOf(double t) {
    if (t < warmup) {
      return -1;
    }
    return Math.min(acct.intervals - 1, (int) ((t - warmup) / interval));
  }

  // ---- chat flow --------------------------------------------------------------------------

  private void arrive(int r) {
    double now = sim.now();
    int c = pool.acquire();
    UniformRandomProvider u = customer[r];
    int topic = CentreLayout.draw(layout.topicCdf[r], u.nextDouble());
    int language = CentreLayout.draw(layout.languageCdf[r], u.nextDouble());
    Region region = scenario.demand().regions().get(r);
    pool.region[c] = r;
    pool.topic[c] = topic;
    pool.language[c] = language;
    pool.silent[c] = region.silentAbandon() > 0 && u.nextDouble() < region.silentAbandon();
    pool.arrival[c] = now;
    pool.counted[c] = now >= warmup;
    pool.work[c] = handleTime[topic].sample();
    pool.patience[c] = patience[r] == null ? Double.POSITIVE_INFINITY : patience[r].sample();
    int iv = intervalOf(now);
    if (pool.counted[c]) {
      acct.add(Counter.OFFERED, r, topic, language, iv, 1);
    }
    if (botTime != null) {
      double time = botTime.sample();
      pool.botResolves[c] = botRng.nextDouble() < botResolves[topic];
      pool.state[c] = ChatPool.WITH_BOT;
      if (pool.counted[c]) {
        acct.add(Counter.BOT_CONVERSATIONS, r, topic, language, iv, 1);
      }
      sim.scheduleIn(time, BOT_DONE, c, pool.gen[c]);
    } else {
      handoff(c);
    }
    double next = arrivals[r].next(now);
    if (next < horizon) {
      sim.scheduleAt(next, ARRIVAL, r, 0);
    }
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
      count(c, Counter.REACHED, 1);
      if (nobodyOnShift(layout.queueSites[q])) {
        count(c, Counter.CLOSED, 1);
      }
    }
    ChatQueue queue = queues[q];
    if (queue.live == 0) {
      int a = router.pick(layout.queueSites[q]);
      boolean translated = false;
      if (a < 0 && translation != null && translation.afterSeconds() == 0) {
        a = router.pick(layout.queueTranslationSites[q]);
        translated = a >= 0;
      }
      if (a >= 0) {
        assign(a, c, translated);
        reschedule(a);
        return;
      }
    }
    queue.push(c, pool.gen[c]);
    waiting.add(now, 1);
    if (pool.patience[c] < Double.POSITIVE_INFINITY) {
      sim.scheduleIn(pool.patience[c], PATIENCE, c, pool.gen[c]);
    }
    if (translation != null && translation.afterSeconds() > 0 && layout.queueTranslationSites[q].length > 0) {
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

  private void count(int c, int counter, double value) {
    acct.add(counter, pool.region[c], pool.topic[c], pool.language[c], pool.handoffInterval[c], value);
  }

  private void abandon(int c, int gen) {
    if (pool.gen[c] != gen || pool.state[c] != ChatPool.WAITING) {
      return;
    }
    double now = sim.now();
    double wait = now - pool.handoff[c];
    waiting.add(now, -1);
    if (pool.counted[c]) {
      count(c, Counter.ABANDONED, 1);
      count(c, Counter.QUEUE_SUM, wait);
      if (pool.silent[c]) {
        count(c, Counter.SILENT, 1);
      }
    }
    if (pool.silent[c]) {
      pool.state[c] = ChatPool.GHOST; // still in the queue: an agent will open it and find no one
      return;
    }
    queues[layout.queueOf(pool.topic[c], pool.language[c])].live--;
    Region region = scenario.demand().regions().get(pool.region[c]);
    if (region.retry() != null && retryRng.nextDouble() < region.retry().probability()) {
      pool.state[c] = ChatPool.AWAY;
      pool.repeat[c] = false;
      sim.scheduleIn(retryDelay[pool.region[c]].sample(), RETURN, c, pool.gen[c]);
    } else {
      pool.release(c);
    }
  }

  /** An abandoner retrying, or a wrongly answered customer coming back: a new contact, no bot. */
  private void comeBack(int c, int gen) {
    if (pool.gen[c] != gen || pool.state[c] != ChatPool.AWAY) {
      return;
    }
    double now = sim.now();
    int r = pool.region[c];
    pool.arrival[c] = now;
    pool.counted[c] = now >= warmup;
    pool.patience[c] = retryPatience[r] == null ? Double.POSITIVE_INFINITY : retryPatience[r].sample();
    pool.wrong[c] = false;
    if (pool.counted[c]) {
      int iv = intervalOf(now);
      acct.add(Counter.OFFERED, r, pool.topic[c], pool.language[c], iv, 1);
      acct.add(pool.repeat[c] ? Counter.REPEATS : Counter.RETRIES, r, pool.topic[c], pool.language[c], iv, 1);
    }
    handoff(c);
  }

  private void translate(int c, int gen) {
    if (pool.gen[c] != gen || pool.state[c] != ChatPool.WAITING) {
      return;
    }
    int q = layout.queueOf(pool.topic[c], pool.language[c]);
    int a = router.pick(layout.queueTranslationSites[q]);
    if (a >= 0) {
      int head = queues[q].peek(pool);
      takeFromQueue(q, head);
      assign(a, head, true);
      reschedule(a);
    }
  }

  private void takeFromQueue(int q, int c) {
    queues[q].removeHead();
    if (pool.state[c] == ChatPool.WAITING) {
      waiting.add(sim.now(), -1);
    }
  }

  // ---- agents -----------------------------------------------------------------------------

  /** Agent a starts chat c now (the caller reschedules a's completion). */
  private void assign(int a, int c, boolean translated) {
    double now = sim.now();
    int s = agents.site[a];
    starts++;
    if (agents.state[a] != AgentPool.ON) {
      startsOffShift++; // must stay 0: checked by the tests
    }
    agents.advance(a, now, layout.perChatRate);
    if (agents.state[a] == AgentPool.ON) {
      agents.delist(a);
    }
    int n = agents.load[a];
    int slot = a * agents.maxSlots + n;
    agents.chats[slot] = c;
    boolean ghost = pool.state[c] == ChatPool.GHOST;
    double work = ghost ? scenario.demand().regions().get(pool.region[c]).silentAbandonDetectSeconds()
        : translated ? pool.work[c] * translation.handleTimeFactor() : pool.work[c];
    agents.remaining[slot] = work;
    agents.load[a] = n + 1;
    if (agents.state[a] == AgentPool.ON && n + 1 < siteSlots[s]) {
      agents.enlist(a, now);
    }
    pool.agent[c] = a;
    pool.serviceStart[c] = now;
    pool.state[c] = ghost ? ChatPool.GHOST_IN_SERVICE : ChatPool.IN_SERVICE;
    floors[s].slotsBusy.add(now, 1);
    if (n == 0) {
      floors[s].agentsWithChat.add(now, 1);
    }
    inService.add(now, 1);
    if (!ghost) {
      pool.translated[c] = translated;
      answered(c, s, now - pool.handoff[c], n + 1);
    }
  }

  private void answered(int c, int site, double wait, int load) {
    int extra = load - scenario.agents().concurrency().recommended();
    double pWrong = extra > 0 ? extra * scenario.agents().concurrency().errorPerExtraChat() : 0;
    pool.wrong[c] = pWrong > 0 && errorRng.nextDouble() < pWrong;
    if (!pool.counted[c]) {
      return;
    }
    var sat = scenario.satisfaction();
    double csat = sat.afterWait(wait);
    if (pool.translated[c]) {
      csat -= translation.csatPenalty();
      count(c, Counter.TRANSLATED, 1);
    }
    if (pool.wrong[c]) {
      csat -= sat.wrongAnswerPenalty();
      count(c, Counter.WRONG, 1);
    }
    csat = Math.max(0, csat);
    int iv = pool.handoffInterval[c];
    count(c, Counter.ANSWERED, 1);
    count(c, Counter.WAIT_SUM, wait);
    count(c, Counter.QUEUE_SUM, wait);
    count(c, Counter.CSAT_SUM, csat);
    acct.addSite(Counter.ANSWERED, site, iv, 1);
    acct.addSite(Counter.WAIT_SUM, site, iv, wait);
    acct.addSite(Counter.CSAT_SUM, site, iv, csat);
    if (wait == 0) {
      count(c, Counter.IMMEDIATE, 1);
      acct.addSite(Counter.IMMEDIATE, site, iv, 1);
    }
    if (wait <= slWithin) {
      count(c, Counter.WITHIN_TARGET, 1);
      acct.addSite(Counter.WITHIN_TARGET, site, iv, 1);
    }
    acct.recordWait(pool.region[c], pool.topic[c], pool.language[c], site, iv, wait);
  }

  /** Schedules agent a's next completion; stale completion events carry an older generation. */
  private void reschedule(int a) {
    agents.gen[a]++;
    int k = agents.firstToFinish(a);
    if (k >= 0) {
      double left = Math.max(0, agents.remaining[a * agents.maxSlots + k]);
      sim.scheduleIn(left / layout.perChatRate[agents.load[a]], COMPLETION, a, agents.gen[a]);
    }
  }

  private void complete(int a, int gen) {
    if (agents.gen[a] != gen) {
      return;
    }
    double now = sim.now();
    int s = agents.site[a];
    agents.advance(a, now, layout.perChatRate);
    int k = agents.firstToFinish(a);
    int base = a * agents.maxSlots;
    int c = agents.chats[base + k];
    int n = agents.load[a];
    boolean on = agents.state[a] == AgentPool.ON;
    if (on && n < siteSlots[s]) {
      agents.delist(a);
    }
    agents.chats[base + k] = agents.chats[base + n - 1];
    agents.remaining[base + k] = agents.remaining[base + n - 1];
    agents.load[a] = n - 1;
    SiteFloor floor = floors[s];
    floor.slotsBusy.add(now, -1);
    if (n == 1) {
      floor.agentsWithChat.add(now, -1);
    }
    inService.add(now, -1);
    finish(c, s, now);
    if (on) {
      agents.enlist(a, now);
      fill(a);
    } else {
      floor.slotsAvailable.add(now, -1);
      if (n == 1) {
        logOff(a, now);
      }
    }
    reschedule(a);
  }

  private void finish(int c, int site, double now) {
    if (pool.state[c] == ChatPool.GHOST_IN_SERVICE) {
      pool.release(c);
      return;
    }
    if (pool.counted[c]) {
      count(c, Counter.HANDLED, 1);
      count(c, Counter.HANDLE_SUM, now - pool.serviceStart[c]);
      acct.addSite(Counter.HANDLED, site, pool.handoffInterval[c], 1);
    }
    if (pool.wrong[c]) {
      pool.state[c] = ChatPool.AWAY;
      pool.repeat[c] = true;
      sim.scheduleIn(retryDelay[pool.region[c]].sample(), RETURN, c, pool.gen[c]);
    } else {
      pool.release(c);
    }
  }

  /** Agent a (on shift) takes queued chats while it has free slots. */
  private void fill(int a) {
    while (agents.load[a] < siteSlots[agents.site[a]] && takeNext(a)) {
      // takeNext assigned one chat
    }
  }

  /** Assigns the oldest chat agent a may take, directly or through translation; false if none. */
  private boolean takeNext(int a) {
    int s = agents.site[a];
    int best = -1;
    int bestQueue = -1;
    boolean viaTranslation = false;
    for (int q : layout.siteQueues[s]) {
      int h = queues[q].peek(pool);
      if (h >= 0 && (best < 0 || pool.handoff[h] < pool.handoff[best])) {
        best = h;
        bestQueue = q;
      }
    }
    if (translation != null) {
      double now = sim.now();
      for (int q : layout.siteTranslationQueues[s]) {
        int h = queues[q].peek(pool);
        if (h >= 0 && now - pool.handoff[h] >= translation.afterSeconds()
            && (best < 0 || pool.handoff[h] < pool.handoff[best])) {
          best = h;
          bestQueue = q;
          viaTranslation = true;
        }
      }
    }
    if (best < 0) {
      return false;
    }
    takeFromQueue(bestQueue, best);
    assign(a, best, viaTranslation && pool.state[best] != ChatPool.GHOST);
    return true;
  }

  // ---- shifts and intervals ---------------------------------------------------------------

  private void shiftStart(int s, int instance) {
    double now = sim.now();
    ShiftSchedule.Instance inst = shifts[s].instances().get(instance);
    double keep = shifts[s].aroundTheClock() ? inst.agents()
        : inst.agents() * (1 - scenario.agents().sites().get(s).shrinkage());
    int present = (int) Math.floor(keep);
    if (shrinkageRng.nextDouble() < keep - present) {
      present++; // randomised rounding keeps the expected available share exact
    }
    SiteFloor floor = floors[s];
    for (int i = 0; i < present; i++) {
      int a = floor.takeOffDuty();
      if (a < 0) {
        a = agents.create(s);
      }
      agents.state[a] = AgentPool.ON;
      agents.load[a] = 0;
      agents.lastUpdate[a] = now;
      agents.shiftEnd[a] = inst.end();
      agents.enlist(a, now);
      floor.instanceAgents[instance][i] = a;
      floor.onShift++;
      floor.loggedIn.add(now, 1);
      floor.slotsAvailable.add(now, siteSlots[s]);
    }
    floor.instanceSize[instance] = present;
    for (int round = 0; round < siteSlots[s]; round++) {
      boolean any = false;
      for (int i = 0; i < present; i++) {
        int a = floor.instanceAgents[instance][i];
        if (agents.load[a] == round && takeNext(a)) {
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    for (int i = 0; i < present; i++) {
      reschedule(floor.instanceAgents[instance][i]);
    }
  }

  private void shiftEnd(int s, int instance) {
    double now = sim.now();
    SiteFloor floor = floors[s];
    for (int i = 0; i < floor.instanceSize[instance]; i++) {
      int a = floor.instanceAgents[instance][i];
      if (agents.state[a] != AgentPool.ON) {
        continue;
      }
      if (agents.load[a] < siteSlots[s]) {
        agents.delist(a);
      }
      floor.onShift--;
      floor.slotsAvailable.add(now, -(siteSlots[s] - agents.load[a]));
      if (agents.load[a] == 0) {
        logOff(a, now);
      } else {
        agents.state[a] = AgentPool.LEAVING;
      }
    }
  }

  private void logOff(int a, double now) {
    SiteFloor floor = floors[agents.site[a]];
    double from = Math.max(agents.shiftEnd[a], warmup);
    if (now > from) {
      floor.overtimeSeconds += now - from;
    }
    agents.state[a] = AgentPool.OFF;
    floor.loggedIn.add(now, -1);
    floor.putOffDuty(a);
  }

  /** Interval boundary i: hands the time-weighted areas of interval i - 1 to the accounting. */
  private void tick(int i) {
    double now = sim.now();
    double w = waiting.flush(now);
    double b = inService.flush(now);
    if (i > 0) {
      waitingArea += w;
      inServiceArea += b;
    }
    for (int s = 0; s < floors.length; s++) {
      SiteFloor f = floors[s];
      keepArea(i, s, 0, f.loggedIn.flush(now));
      keepArea(i, s, 1, f.agentsWithChat.flush(now));
      keepArea(i, s, 2, f.slotsAvailable.flush(now));
      keepArea(i, s, 3, f.slotsBusy.flush(now));
    }
  }

  private void keepArea(int tick, int s, int k, double area) {
    if (tick > 0) {
      siteArea[s * 4 + k] += area;
      intervalSiteArea[((tick - 1) * floors.length + s) * 4 + k] = area;
    }
  }

  // ---- read-out ---------------------------------------------------------------------------

  /** Counts, per breakdown, the window's chats still with the bot, waiting or in service. */
  void countStillInSystem() {
    for (int c = 0; c < pool.highWater(); c++) {
      byte st = pool.state[c];
      if (pool.counted[c] && (st == ChatPool.WITH_BOT || st == ChatPool.WAITING || st == ChatPool.IN_SERVICE)) {
        acct.add(Counter.STILL, pool.region[c], pool.topic[c], pool.language[c], -1, 1);
      }
    }
  }

  /** Chats started by agents, and how many of them by an agent not on shift (always 0). */
  long startsTotal() {
    return starts;
  }

  long startsOffShift() {
    return startsOffShift;
  }

  double overtimeSeconds(int site) {
    return floors[site].overtimeSeconds;
  }

  CentreLayout layout() {
    return layout;
  }

  Simulator simulator() {
    return sim;
  }
}
