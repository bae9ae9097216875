package org.chatplan.engine.centre;

import org.chatplan.engine.kernel.Simulator;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Translation;

/**
 * The agent side of a replication: agents starting and finishing chats under processor sharing,
 * pulling the oldest chat they may take, and logging in and out with their shifts.
 */
final class AgentDesk {
  private final Simulator sim;
  private final CentreLayout layout;
  private final Scenario scenario;
  private final ChatPool pool;
  private final AgentPool agents;
  private final ChatQueue[] queues;
  private final SiteFloor[] floors;
  private final int[] siteSlots;
  private final ShiftSchedule[] shifts;
  private final Draws draws;
  private final ChatOutcomes outcomes;
  private final FloorAreas areas;
  private final Abandonment abandonment;
  private final Translation translation;
  final Overtime overtime;
  private long starts;
  private long startsOffShift;

  AgentDesk(Simulator sim, CentreLayout layout, ChatPool pool, AgentPool agents, ChatQueue[] queues,
      SiteFloor[] floors, int[] siteSlots, ShiftSchedule[] shifts, Draws draws, ChatOutcomes outcomes,
      FloorAreas areas, Abandonment abandonment) {
    this.sim = sim;
    this.layout = layout;
    this.scenario = layout.scenario;
    this.pool = pool;
    this.agents = agents;
    this.queues = queues;
    this.floors = floors;
    this.siteSlots = siteSlots;
    this.shifts = shifts;
    this.draws = draws;
    this.outcomes = outcomes;
    this.areas = areas;
    this.abandonment = abandonment;
    this.translation = scenario.agents().translation();
    this.overtime = new Overtime(scenario.calendar(), shifts);
  }

  /** Head of queue q that an agent may take now, after settling customers who have already left. */
  int head(int q) {
    double now = sim.now();
    while (true) {
      int h = queues[q].peek(pool);
      if (h < 0 || !abandonment.lapsed(h, now)) {
        return h;
      }
      abandonment.settle(h);
    }
  }

  void takeFromQueue(int q, int c) {
    queues[q].removeHead();
    if (pool.state[c] == ChatPool.WAITING) {
      areas.queued(pool.handoff[c], sim.now());
    }
  }

  /** Agent a starts chat c now (the caller reschedules a's completion). */
  void assign(int a, int c, boolean translated) {
    double now = sim.now();
    int s = agents.site[a];
    starts++;
    boolean on = agents.state[a] == AgentPool.ON;
    if (!on) {
      startsOffShift++; // must stay 0: checked by the tests
    }
    boolean ghost = pool.state[c] == ChatPool.GHOST;
    double work = ghost || translated ? unusualWork(c, ghost) : pool.work[c];
    int n = agents.take(a, c, work, now, layout.perChatRate, on, siteSlots[s]);
    pool.agent[c] = a;
    pool.serviceStart[c] = now;
    pool.state[c] = ghost ? ChatPool.GHOST_IN_SERVICE : ChatPool.IN_SERVICE;
    floors[s].chatStarted(now, n);
    if (!ghost) {
      pool.translated[c] = translated;
      outcomes.answered(c, s, now - pool.handoff[c], n + 1);
    }
  }

  /** Work of a ghost (the time to find nobody there) or of a translated chat (longer). */
  private double unusualWork(int c, boolean ghost) {
    return ghost ? scenario.demand().regions().get(pool.region[c]).silentAbandonDetectSeconds()
        : pool.work[c] * translation.handleTimeFactor();
  }

  /** Schedules agent a's next completion; stale completion events carry an older generation. */
  void reschedule(int a) {
    agents.gen[a]++;
    double left = agents.workLeftOnFirst(a);
    if (left >= 0) {
      sim.scheduleIn(left * layout.secondsPerWork[agents.load[a]], ChatCentre.COMPLETION, a, agents.gen[a]);
    }
  }

  void complete(int a, int gen) {
    if (agents.gen[a] != gen) {
      return;
    }
    double now = sim.now();
    int s = agents.site[a];
    int n = agents.load[a];
    boolean on = agents.state[a] == AgentPool.ON;
    int c = agents.release(a, now, layout.perChatRate, on, siteSlots[s]);
    floors[s].chatEnded(now, n);
    finish(c, s, now);
    if (on) {
      agents.enlist(a, now);
      fill(a);
    } else {
      leaving(a, n, now);
    }
    reschedule(a);
  }

  /** An agent past the end of shift finished a chat: one slot less, and gone after the last one. */
  private void leaving(int a, int n, double now) {
    floors[agents.site[a]].slotsAvailable.add(now, -1);
    if (n == 1) {
      logOff(a, now);
    }
  }

  private void finish(int c, int site, double now) {
    if (pool.state[c] == ChatPool.GHOST_IN_SERVICE) {
      pool.release(c);
      return;
    }
    outcomes.handled(c, site, now - pool.serviceStart[c]);
    if (pool.wrong[c]) {
      pool.state[c] = ChatPool.AWAY;
      pool.repeat[c] = true;
      sim.scheduleIn(draws.retryDelay[pool.region[c]].sample(), ChatCentre.RETURN, c, pool.gen[c]);
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
      int h = head(q);
      if (h >= 0 && (best < 0 || pool.handoff[h] < pool.handoff[best])) {
        best = h;
        bestQueue = q;
      }
    }
    if (translation != null) {
      double now = sim.now();
      for (int q : layout.siteTranslationQueues[s]) {
        int h = head(q);
        if (h >= 0 && now - pool.handoff[h] >= translation.afterSeconds() - ChatOutcomes.WAIT_TOLERANCE
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

  void shiftStart(int s, int instance) {
    double now = sim.now();
    ShiftSchedule.Instance inst = shifts[s].instances().get(instance);
    double keep = shifts[s].aroundTheClock() ? inst.agents()
        : inst.agents() * (1 - scenario.agents().sites().get(s).shrinkage());
    int present = (int) Math.floor(keep);
    if (draws.shrinkageRng.nextDouble() < keep - present) {
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

  void shiftEnd(int s, int instance) {
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
    addOvertime(a, now);
    agents.state[a] = AgentPool.OFF;
    floor.loggedIn.add(now, -1);
    floor.putOffDuty(a);
  }

  /**
   * At the end of the run: agents past their shift still finishing chats have worked overtime up to
   * the horizon, paid though they have not logged off yet.
   */
  void closeOvertime(double horizon) {
    for (int a = 0; a < agents.size(); a++) {
      if (agents.state[a] == AgentPool.LEAVING) {
        addOvertime(a, horizon);
      }
    }
  }

  private void addOvertime(int a, double until) {
    overtime.add(agents.site[a], agents.shiftEnd[a], until);
  }

  /** Chats started by agents, and how many of them by an agent not on shift (always 0). */
  long startsTotal() {
    return starts;
  }

  long startsOffShift() {
    return startsOffShift;
  }

}
