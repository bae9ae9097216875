package org.chatplan.engine.centre;

import org.chatplan.engine.kernel.Simulator;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Scenario;

/**
 * Customers who run out of patience in the queue.
 *
 * <p>A customer whose region has retries gets a patience event: the retry must be scheduled from
 * the moment they leave. Everyone else leaves lazily: the deadline is stored with the chat and the
 * departure is settled, at the deadline's time, when an agent reaches the chat at the head of its
 * queue, when its translation timer fires, or at the end of the run. Nothing else observes a
 * waiting customer between those moments (queues are first come, first served and the queue-length
 * area is summed from each chat's own time in the queue), so the counts are the same as with an
 * event per waiting chat, and the event list stays short.
 */
final class Abandonment {
  private final Simulator sim;
  private final CentreLayout layout;
  private final ChatPool pool;
  private final ChatQueue[] queues;
  private final ChatOutcomes outcomes;
  private final FloorAreas areas;
  private final Draws draws;
  private final boolean[] retries;

  Abandonment(Simulator sim, CentreLayout layout, ChatPool pool, ChatQueue[] queues, ChatOutcomes outcomes,
      FloorAreas areas, Draws draws) {
    this.sim = sim;
    this.layout = layout;
    this.pool = pool;
    this.queues = queues;
    this.outcomes = outcomes;
    this.areas = areas;
    this.draws = draws;
    Scenario scenario = layout.scenario;
    retries = new boolean[layout.regions];
    for (int r = 0; r < layout.regions; r++) {
      Region region = scenario.demand().regions().get(r);
      retries[r] = region.retry() != null;
    }
  }

  /** Chat c has just joined a queue: starts its patience. */
  void arm(int c) {
    double patience = pool.patience[c];
    if (patience == Double.POSITIVE_INFINITY) {
      pool.deadline[c] = Double.POSITIVE_INFINITY;
    } else if (retries[pool.region[c]]) {
      pool.deadline[c] = Double.POSITIVE_INFINITY;
      sim.scheduleIn(patience, ChatCentre.PATIENCE, c, pool.gen[c]);
    } else {
      pool.deadline[c] = pool.handoff[c] + patience;
    }
  }

  /** True if chat c is waiting but its deadline has passed: it has left, unnoticed until now. */
  boolean lapsed(int c, double now) {
    return pool.state[c] == ChatPool.WAITING && pool.deadline[c] <= now;
  }

  /** The patience event of chat c (generation gen). */
  void patienceEvent(int c, int gen) {
    if (pool.gen[c] == gen && pool.state[c] == ChatPool.WAITING) {
      leave(c, sim.now());
    }
  }

  /** Settles a lapsed chat at its deadline. */
  void settle(int c) {
    leave(c, pool.deadline[c]);
  }

  /** Chat c leaves the queue unanswered at time {@code at} (now, or a past deadline). */
  private void leave(int c, double at) {
    double wait = at - pool.handoff[c];
    areas.queued(pool.handoff[c], at);
    boolean silent = pool.silent[c];
    if (pool.counted[c]) {
      outcomes.count(c, Counter.ABANDONED, 1);
      outcomes.count(c, Counter.QUEUE_SUM, wait);
      if (silent) {
        outcomes.count(c, Counter.SILENT, 1);
      }
    }
    int r = pool.region[c];
    boolean comesBack = retries[r]
        && draws.retryRng.nextDouble() < layout.scenario.demand().regions().get(r).retry().probability();
    if (silent) {
      pool.state[c] = ChatPool.GHOST; // still in the queue: an agent will open it and find no one
      if (comesBack) {
        awayUntilRetry(copyOfCustomer(c), r);
      }
      return;
    }
    queues[layout.queueOf(pool.topic[c], pool.language[c])].live--;
    if (comesBack) {
      awayUntilRetry(c, r);
    } else {
      pool.release(c);
    }
  }

  private void awayUntilRetry(int c, int r) {
    pool.state[c] = ChatPool.AWAY;
    pool.repeat[c] = false;
    sim.scheduleIn(draws.retryDelay[r].sample(), ChatCentre.RETURN, c, pool.gen[c]);
  }

  /**
   * A silent abandoner's chat stays in the queue as a ghost, so the customer's retry needs a chat of
   * its own: the same customer and question (region, topic, language, work, and leaving silently).
   */
  private int copyOfCustomer(int c) {
    int copy = pool.acquire();
    pool.region[copy] = pool.region[c];
    pool.topic[copy] = pool.topic[c];
    pool.language[copy] = pool.language[c];
    pool.cell[copy] = pool.cell[c];
    pool.silent[copy] = true;
    pool.work[copy] = pool.work[c];
    return copy;
  }

  /**
   * At the end of the run: every waiting chat whose deadline has passed is settled, and the others'
   * time in the queue so far is added to the queue-length area.
   */
  void settleAll(double horizon) {
    for (int c = 0; c < pool.highWater(); c++) {
      if (lapsed(c, horizon)) {
        settle(c);
      } else if (pool.state[c] == ChatPool.WAITING) {
        areas.queued(pool.handoff[c], horizon);
      }
    }
  }
}
