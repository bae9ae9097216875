package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.chatplan.engine.stats.CoarseHistogram;
import org.junit.jupiter.api.Test;

/**
 * The bookkeeping on its own, with known inputs: every (region, topic, language, site) combination
 * answers its own number of chats with its own wait, some at once; each breakdown (total, region,
 * topic, language, site, interval row) must then hold exactly its combinations' counts and wait
 * percentiles. Catches a chat counted in the wrong group, which statistical tests on one-region
 * scenarios cannot see.
 */
class AccountingTest {
  private static final int REGIONS = 2;
  private static final int TOPICS = 3;
  private static final int LANGUAGES = 2;
  private static final int SITES = 2;

  /** Combination c = (((r * T + t) * L + l) * S + s): c + 1 chats waiting (c + 1) s, and c % 3 at once. */
  private static int[] parts(int c) {
    int s = c % SITES;
    int l = (c / SITES) % LANGUAGES;
    int t = (c / SITES / LANGUAGES) % TOPICS;
    int r = c / SITES / LANGUAGES / TOPICS;
    return new int[] {r, t, l, s};
  }

  @Test
  void everyBreakdownHoldsExactlyItsOwnChats() {
    Accounting a = new Accounting(REGIONS, TOPICS, LANGUAGES, SITES, 2);
    int combinations = REGIONS * TOPICS * LANGUAGES * SITES;
    for (int c = 0; c < combinations; c++) {
      int[] p = parts(c);
      int cell = a.cellOf(p[0], p[1], p[2]);
      int interval = c % 2;
      for (int k = 0; k <= c; k++) {
        a.answer(cell, p[0], p[3], interval, c + 1, 0.5, c + 1 <= 10);
      }
      for (int k = 0; k < c % 3; k++) {
        a.answer(cell, p[0], p[3], interval, 0, 0.9, true);
      }
      a.handle(cell, p[0], p[3], interval, 60);
      a.add(Counter.OFFERED, p[0], p[1], p[2], interval, 2 * c + 1);
    }
    a.close();

    check(a, 0, c -> true);
    // Each breakdown (region, topic, language, site: the parts of a combination) and each of its values.
    IntUnaryOperator[] groupOf = {a::regionGroup, a::topicGroup, a::languageGroup, a::siteGroup};
    int[] sizes = {REGIONS, TOPICS, LANGUAGES, SITES};
    for (int part = 0; part < 4; part++) {
      for (int v = 0; v < sizes[part]; v++) {
        int pp = part;
        int vv = v;
        check(a, groupOf[part].applyAsInt(v), c -> parts(c)[pp] == vv);
      }
    }
    // Interval rows: regions then sites, each interval its own combinations.
    for (int i = 0; i < 2; i++) {
      for (int row = 0; row < REGIONS + SITES; row++) {
        int ii = i;
        int rw = row;
        IntPredicate in = c -> c % 2 == ii && (rw < REGIONS ? parts(c)[0] == rw : parts(c)[3] == rw - REGIONS);
        assertEquals(answered(in), a.interval(i, row, Counter.ANSWERED), 0, "interval " + i + " row " + row);
        assertEquals(handled(in), a.interval(i, row, Counter.HANDLED), 0, "handled, interval " + i + " row " + row);
        assertEquals(withinTen(in), a.interval(i, row, Counter.WITHIN_TARGET), 0, "within, interval " + i + " row " + row);
      }
      // The interval's coarse wait histogram: every answered chat once, the immediate ones at zero.
      int ii = i;
      IntPredicate inInterval = c -> c % 2 == ii;
      long all = 0;
      for (int b = 0; b < CoarseHistogram.BUCKETS; b++) {
        all += a.intervalWaits[i * CoarseHistogram.BUCKETS + b];
      }
      assertEquals(answered(inInterval), all, 0, "interval " + i + " wait histogram count");
      assertEquals(immediate(inInterval), a.intervalWaits[i * CoarseHistogram.BUCKETS + CoarseHistogram.bucket(0)], 0,
          "interval " + i + " answered at once");
      for (int c = ii; c < REGIONS * TOPICS * LANGUAGES * SITES; c += 2) {
        assertTrue(a.intervalWaits[i * CoarseHistogram.BUCKETS + CoarseHistogram.bucket(c + 1)] > 0,
            "interval " + i + " has the wait of " + (c + 1) + " s");
      }
    }
  }

  private static void check(Accounting a, int group, IntPredicate in) {
    String what = "group " + group;
    assertEquals(answered(in), a.total(group, Counter.ANSWERED), 0, what + " answered");
    assertEquals(immediate(in), a.total(group, Counter.IMMEDIATE), 0, what + " immediate");
    assertEquals(withinTen(in), a.total(group, Counter.WITHIN_TARGET), 0, what + " within target");
    assertEquals(handled(in), a.total(group, Counter.HANDLED), 0, what + " handled");
    // CSAT 0.5 for a chat that waited, 0.9 for one answered at once: sums in tenths, exact.
    assertEquals(sum(in, c -> 5 * (c + 1) + 9 * (c % 3)) / 10, a.total(group, Counter.CSAT_SUM), 1e-9, what + " CSAT");
    if (group < a.siteGroup(0)) { // offered and time in queue belong to the customer, not to a site
      assertEquals(sum(in, c -> 2 * c + 1), a.total(group, Counter.OFFERED), 0, what + " offered");
      assertEquals(sum(in, c -> (c + 1) * (c + 1)), a.total(group, Counter.QUEUE_SUM), 1e-9, what + " time in queue");
    }
    List<Double> waits = new ArrayList<>();
    for (int c = 0; c < REGIONS * TOPICS * LANGUAGES * SITES; c++) {
      if (in.test(c)) {
        for (int k = 0; k <= c; k++) {
          waits.add(c + 1.0);
        }
        for (int k = 0; k < c % 3; k++) {
          waits.add(0.0);
        }
      }
    }
    Collections.sort(waits);
    assertEquals(waits.size(), a.waits[group].count(), what + " waits recorded");
    for (double p : new double[] {0.13, 0.47, 0.91, 0.993}) { // p x count never a whole number here
      double expected = waits.get((int) Math.ceil(p * waits.size()) - 1);
      // The histogram keeps 2 significant digits: a percentile is within 1% of the exact order statistic.
      assertEquals(expected, a.waits[group].quantile(p), 0.01 * expected, what + " p" + p);
    }
  }

  private static double answered(IntPredicate in) {
    return sum(in, c -> c + 1 + c % 3);
  }

  private static double immediate(IntPredicate in) {
    return sum(in, c -> c % 3);
  }

  private static double withinTen(IntPredicate in) {
    return sum(in, c -> (c + 1 <= 10 ? c + 1 : 0) + c % 3);
  }

  private static double handled(IntPredicate in) {
    return sum(in, c -> 1);
  }

  private static double sum(IntPredicate in, IntUnaryOperator f) {
    double s = 0;
    for (int c = 0; c < REGIONS * TOPICS * LANGUAGES * SITES; c++) {
      if (in.test(c)) {
        s += f.applyAsInt(c);
      }
    }
    return s;
  }
}
