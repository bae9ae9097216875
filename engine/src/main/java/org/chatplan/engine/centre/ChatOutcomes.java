package org.chatplan.engine.centre;

import org.apache.commons.rng.UniformRandomProvider;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Translation;

/**
 * What happened to each chat, recorded into the {@link Accounting} of its region, topic, language,
 * site and interval: answers (wait, service level, CSAT, wrong answers) and the final count of chats
 * still in the system.
 */
final class ChatOutcomes {
  /**
   * A wait is "within" the target up to a nanosecond above it: a wait of exactly the target (a
   * translation fallback after 60 s against a 60-second target) comes out of now - handoff a few
   * ulps either side of it.
   */
  static final double WAIT_TOLERANCE = 1e-9;

  private final Accounting acct;
  private final ChatPool pool;
  private final Translation translation;
  private final UniformRandomProvider errorRng;
  private final double slWithin;
  private final Satisfaction sat;
  private final double csatImmediate;
  private final int recommended;
  private final double errorPerExtraChat;

  ChatOutcomes(Accounting acct, ChatPool pool, Scenario scenario, UniformRandomProvider errorRng) {
    this.acct = acct;
    this.pool = pool;
    this.translation = scenario.agents().translation();
    this.errorRng = errorRng;
    this.slWithin = scenario.targets().withinSeconds();
    this.sat = scenario.satisfaction();
    this.csatImmediate = sat.afterWait(0);
    this.recommended = scenario.agents().concurrency().recommended();
    this.errorPerExtraChat = scenario.agents().concurrency().errorPerExtraChat();
  }

  void count(int c, int counter, double value) {
    acct.addCell(counter, pool.cell[c], pool.region[c], pool.handoffInterval[c], value);
  }

  /** Chat c's service at {@code site} finished after {@code serviceSeconds}. */
  void handled(int c, int site, double serviceSeconds) {
    if (pool.counted[c]) {
      acct.handle(pool.cell[c], pool.region[c], site, pool.handoffInterval[c], serviceSeconds);
    }
  }

  /**
   * Chat c is answered at {@code site} after {@code wait} seconds, as the agent's {@code load}-th
   * chat. An immediate answer's CSAT is precomputed: most chats of a well-staffed centre are
   * answered at once, and this runs for every one of them.
   */
  void answered(int c, int site, double wait, int load) {
    int extra = load - recommended;
    double pWrong = extra > 0 ? extra * errorPerExtraChat : 0;
    pool.wrong[c] = pWrong > 0 && errorRng.nextDouble() < pWrong;
    if (!pool.counted[c]) {
      return;
    }
    double csat = wait == 0 ? csatImmediate : sat.afterWait(wait);
    if (pool.translated[c]) {
      csat -= translation.csatPenalty();
      count(c, Counter.TRANSLATED, 1);
    }
    if (pool.wrong[c]) {
      csat -= sat.wrongAnswerPenalty();
      count(c, Counter.WRONG, 1);
    }
    acct.answer(pool.cell[c], pool.region[c], site, pool.handoffInterval[c], wait, Math.max(0, csat),
        wait <= slWithin + WAIT_TOLERANCE);
  }

  /**
   * Counts, per breakdown and interval, the window's chats still with the bot (in the interval of
   * their arrival, like offered) or waiting or in service (in the interval of their hand-off, like
   * answered and abandoned); {@code unservable} tells the chats waiting where no site serves them.
   */
  void countStillInSystem(java.util.function.DoubleToIntFunction intervalOf,
      java.util.function.IntPredicate unservable) {
    for (int c = 0; c < pool.highWater(); c++) {
      byte st = pool.state[c];
      if (!pool.counted[c]) {
        continue;
      }
      if (st == ChatPool.WITH_BOT) {
        acct.addCell(Counter.STILL, pool.cell[c], pool.region[c], intervalOf.applyAsInt(pool.arrival[c]), 1);
      } else if (st == ChatPool.WAITING || st == ChatPool.IN_SERVICE) {
        count(c, Counter.STILL, 1);
        if (st == ChatPool.WAITING && unservable.test(c)) {
          count(c, Counter.UNSERVABLE_STILL, 1);
        }
      }
    }
  }
}
