/*
 * How to run: mvn -B -o -pl bench test   (about 2 s; needs engine and scenarios installed)
 */
package org.chatplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chatplan.engine.erlang.ErlangA;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The M/M/c+M implementations benchmarked in {@link MmcmBench} must be the same model: on
 * 200k arrivals (14 days; each implementation with its own random streams) their abandon rates agree
 * within 0.5 percentage points and their ASAs within 10%, pairwise. All three are also checked
 * against Erlang A within wider bands (a 14-day run sits within a few percent of the steady state;
 * the seeds are fixed, so these are regression checks, not tests with a false-alarm rate).
 */
class MmcmAgreementTest {
  private static final MmcmModel MODEL = MmcmModel.reference(14);
  private static final long SEED = 20270301L;
  private static List<Named> runs;

  record Named(String name, MmcmModel.Stats stats) {}

  @BeforeAll
  static void runAll() {
    runs = List.of(new Named("chatplan", new ChatplanMmcm(MODEL, SEED).run()),
        new Named("ssj", new SsjMmcm(MODEL, SEED).run()),
        new Named("priorityQueue", new PriorityQueueMmcm(MODEL, SEED).run()),
        new Named("chatplanKernelOnly", new KernelMmcm(MODEL, SEED, 0).run()));
    runs.forEach(r -> System.out.println(r.name() + " " + r.stats()));
  }

  @Test
  void aboutTwoHundredThousandArrivalsEach() {
    for (Named r : runs) {
      assertEquals(MODEL.expectedArrivals(), r.stats().offered(), 5 * Math.sqrt(MODEL.expectedArrivals()),
          r.name() + " offered");
    }
  }

  @Test
  void everyArrivalIsAnsweredAbandonedOrStillThereAtTheEnd() {
    for (Named r : runs) {
      MmcmModel.Stats s = r.stats();
      long open = s.offered() - s.answered() - s.abandoned();
      assertTrue(open >= 0 && open < 500, r.name() + ": " + open + " customers unaccounted for; " + s);
    }
  }

  @Test
  void abandonRatesAgreeWithinHalfAPoint() {
    for (Named a : runs) {
      for (Named b : runs) {
        double diff = Math.abs(a.stats().abandonRate() - b.stats().abandonRate());
        assertTrue(diff <= 0.005, a.name() + " vs " + b.name() + ": abandon rates " + a.stats().abandonRate()
            + " and " + b.stats().abandonRate() + " differ by " + diff);
      }
    }
  }

  @Test
  void asaAgreesWithinTenPercent() {
    for (Named a : runs) {
      for (Named b : runs) {
        double rel = Math.abs(a.stats().asa() / b.stats().asa() - 1);
        assertTrue(rel <= 0.10, a.name() + " vs " + b.name() + ": ASA " + a.stats().asa() + "s and "
            + b.stats().asa() + "s differ by " + 100 * rel + "%");
      }
    }
  }

  @Test
  void kernelOnlyFollowsThePriorityQueueSamplePathExactly() {
    // same generators, seeds and logic: only the event list and data layout differ
    assertEquals(runs.get(2).stats().offered(), runs.get(3).stats().offered());
    assertEquals(runs.get(2).stats().answered(), runs.get(3).stats().answered());
    assertEquals(runs.get(2).stats().abandoned(), runs.get(3).stats().abandoned());
    assertEquals(runs.get(2).stats().answeredWaitSum(), runs.get(3).stats().answeredWaitSum(), 1e-6);
  }

  @Test
  void eachIsCloseToErlangA() {
    ErlangA exact = ErlangA.solve(MODEL.agents(), MODEL.arrivalsPerSecond(), MODEL.meanHandleSeconds(),
        MODEL.meanPatienceSeconds());
    for (Named r : runs) {
      assertEquals(exact.abandonRate(), r.stats().abandonRate(), 0.01, r.name() + " abandon rate vs Erlang A");
      assertEquals(exact.asaSeconds(), r.stats().asa(), 0.2 * exact.asaSeconds(), r.name() + " ASA vs Erlang A");
    }
  }
}
