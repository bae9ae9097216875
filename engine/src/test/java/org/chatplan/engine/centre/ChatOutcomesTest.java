package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Translation;
import org.junit.jupiter.api.Test;

/**
 * An answered chat's outcome on its own: the chance of a wrong answer grows with the chats the
 * agent holds beyond the recommended number, and CSAT loses the translation and wrong-answer
 * penalties, never going below 0. (docs/model.md, "Concurrency" and "Satisfaction".)
 */
class ChatOutcomesTest {
  private static final int N = 20_000;

  @Test
  void wrongAnswersAndCsatPenalties() {
    Scenario base = Textbook.queue(1, 300, 0, 10, 1, 2, 1);
    // recommended 1, 10% more wrong answers per extra chat; translation costs 35 CSAT points
    Scenario s = base.withAgents(new Agents(new Concurrency(1, new double[] {1, 1.8, 2.4}, 0.10), Routing.LEAST_BUSY,
        new Translation(60, 1.2, 0.35), base.agents().sites()));
    Accounting acct = new Accounting(1, 1, 1, 1, 1);
    ChatPool pool = new ChatPool(64);
    ChatOutcomes outcomes = new ChatOutcomes(acct, pool, s, new XoShiRo256PlusPlus(new long[] {1, 2, 3, 4}));
    double immediate = s.satisfaction().afterWait(0);
    double wrongPenalty = s.satisfaction().wrongAnswerPenalty();
    int wrong = 0;
    int wrongAtRecommended = 0;
    double csat = 0;
    for (int i = 0; i < 2 * N; i++) {
      int c = pool.acquire();
      pool.counted[c] = true;
      pool.cell[c] = 0;
      pool.region[c] = 0;
      pool.handoffInterval[c] = 0;
      pool.translated[c] = i % 2 == 0;
      boolean third = i < N; // the agent's third chat (2 beyond the recommended 1), then its only one
      outcomes.answered(c, 0, 0, third ? 3 : 1);
      if (pool.wrong[c]) {
        if (third) {
          wrong++;
        } else {
          wrongAtRecommended++;
        }
      }
      csat += Math.max(0, immediate - (pool.translated[c] ? 0.35 : 0) - (pool.wrong[c] ? wrongPenalty : 0));
      pool.release(c);
    }
    acct.close();
    assertEquals(0, wrongAtRecommended, "no wrong answers at the recommended concurrency");
    double p = 0.2;
    assertEquals(p, (double) wrong / N, 3.3 * Math.sqrt(p * (1 - p) / N), "wrong-answer share at 2 extra chats");
    assertEquals(wrong, acct.total(0, Counter.WRONG), 0);
    assertEquals(N, acct.total(0, Counter.TRANSLATED), 0);
    // 0.90 - 0.35 - 0.60 < 0: translated wrong answers count 0, not less
    assertEquals(csat, acct.total(0, Counter.CSAT_SUM), 1e-6);
  }
}
