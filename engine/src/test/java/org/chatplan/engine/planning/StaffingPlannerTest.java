package org.chatplan.engine.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planner on a textbook-like queue with a daily profile (M/M/N+M, 2 days, 30-minute intervals):
 * every interval meets the targets after planning, and the plan is minimal within the algorithm's
 * tolerance (one agent fewer in a busy interval makes it, or the next intervals it spills into, miss).
 */
class StaffingPlannerTest {
  private static Scenario scenario;
  private static StaffingPlan plan;

  @BeforeAll
  static void plan() {
    scenario = PlanningScenarios.profiled(2400, 240, 180, 1, 2, 8, 20270301L);
    plan = new StaffingPlanner(scenario, PlannerOptions.defaults(scenario).withThreads(2)).plan();
  }

  @Test
  void everyIntervalMeetsTheTargets() {
    assertTrue(plan.met(), "missed " + plan.missedIntervals());
    assertEquals(scenario.calendar().intervals(), plan.intervals().size());
    for (StaffingPlan.IntervalRequirement iv : plan.intervals()) {
      assertTrue(iv.serviceLevel().mean() >= 0.8, "interval " + iv.interval() + " SL " + iv.serviceLevel());
      assertTrue(iv.abandonRate().mean() <= 0.05, "interval " + iv.interval() + " abandon " + iv.abandonRate());
    }
    // The figures in the plan are the simulation of the plan itself.
    ExperimentResult again = new Experiment(plan.scenario(), plan.plans()).run(1, i -> { });
    for (int i = 0; i < plan.intervals().size(); i++) {
      assertEquals(plan.intervals().get(i).serviceLevel(), again.byInterval().get(i).get(Metric.SERVICE_LEVEL));
    }
  }

  /**
   * The planner goes below the stationary (Erlang A) answer only where the simulation says so with
   * confidence: every such interval meets the targets by its 95% bound, not just by its mean on the
   * planning seed (which a mean that passes by noise would, and then miss on other random numbers).
   */
  @Test
  void belowTheAnalyticStartOnlyWithConfidence() {
    int below = 0;
    for (StaffingPlan.IntervalRequirement iv : plan.intervals()) {
      int required = iv.sites().stream().mapToInt(StaffingPlan.SiteCell::required).sum();
      int analytic = iv.sites().stream().mapToInt(StaffingPlan.SiteCell::analytic).sum();
      if (required < analytic) {
        below++;
        double half = Double.isNaN(iv.serviceLevel().halfWidth()) ? 0 : iv.serviceLevel().halfWidth();
        assertTrue(iv.serviceLevel().mean() - half >= 0.8 - 1e-12, "interval " + iv.interval() + " SL " + iv.serviceLevel());
        double abHalf = Double.isNaN(iv.abandonRate().halfWidth()) ? 0 : iv.abandonRate().halfWidth();
        assertTrue(iv.abandonRate().mean() + abHalf <= 0.05 + 1e-12, "interval " + iv.interval() + " abandon "
            + iv.abandonRate());
      }
    }
    assertTrue(below < plan.intervals().size() / 4, below + " intervals below the analytic start");
  }

  /**
   * Where the planning run cannot confirm a cut below the stationary answer, none is made: with one
   * replication (no bound at all), and with a 99.9% target that every replication meets in full
   * (half-width 0, but a few hundred chats cannot confirm 99.9%). Before, both plans went below it
   * and missed in a third to a half of the intervals on other random numbers.
   */
  @Test
  void noCutBelowTheAnalyticStartThatTheRunCannotConfirm() {
    Scenario oneRep = PlanningScenarios.profiled(2400, 240, 180, 1, 1, 1, 20270301L);
    assertEquals(0, belowAnalytic(new StaffingPlanner(oneRep, PlannerOptions.defaults(oneRep)).plan()));
    Scenario s = PlanningScenarios.profiled(2400, 240, 180, 1, 1, 4, 20270301L);
    Scenario strict = new Scenario(s.name(), "", "USD", s.calendar(), s.run(),
        new org.chatplan.engine.model.Targets(0.999, 60, 0.05), s.demand(), s.bot(), s.agents(), s.satisfaction(), null);
    StaffingPlan p = new StaffingPlanner(strict, PlannerOptions.defaults(strict).withThreads(2)).plan();
    assertEquals(0, belowAnalytic(p));
    // 14 chats a day over two sites: most intervals see no chat at all, which confirms no cut
    Scenario quiet = PlanningScenarios.profiled(14, 300, 180, 1, 2, 3, 7L);
    quiet = quiet.withAgents(new org.chatplan.engine.model.Agents(quiet.agents().concurrency(),
        quiet.agents().routing(), null, List.of(org.chatplan.engine.model.Site.aroundTheClock("a", 1, 1, 20),
            org.chatplan.engine.model.Site.aroundTheClock("b", 1, 1, 20))));
    assertEquals(0, belowAnalytic(new StaffingPlanner(quiet, PlannerOptions.defaults(quiet).withThreads(2)).plan()));
  }

  /**
   * Eight interchangeable sites: a removal that fails at one site is not tried again at each of the
   * others in turn. Before, the search spent its rounds doing that and still missed 4 intervals
   * when the 30-simulation cap came; now it settles in about half of them.
   */
  @Test
  void manySitesSettleWellWithinTheCap() {
    Scenario one = PlanningScenarios.profiled(9600, 300, 180, 1, 1, 4, 20270301L);
    List<org.chatplan.engine.model.Site> eight = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      eight.add(org.chatplan.engine.model.Site.aroundTheClock("s" + k, 10, 1, 20));
    }
    Scenario s = one.withAgents(new org.chatplan.engine.model.Agents(one.agents().concurrency(),
        one.agents().routing(), null, eight));
    StaffingPlan p = new StaffingPlanner(s, PlannerOptions.defaults(s).withThreads(2)).plan();
    assertTrue(p.met() && p.settled(), "missed " + p.missedIntervals() + " in " + p.simulations() + " simulations");
    assertTrue(p.simulations() <= 20, p.simulations() + " simulations");
  }

  private static int belowAnalytic(StaffingPlan p) {
    int below = 0;
    for (StaffingPlan.IntervalRequirement iv : p.intervals()) {
      int required = iv.sites().stream().mapToInt(StaffingPlan.SiteCell::required).sum();
      int analytic = iv.sites().stream().mapToInt(StaffingPlan.SiteCell::analytic).sum();
      below += required < analytic ? 1 : 0;
    }
    return below;
  }

  /**
   * Minimal within tolerance: one agent fewer in a busy interval makes that interval (or one it
   * spills into, within the attribution window) miss. A removal is judged together with the other
   * removals of its round and on common random numbers that shift slightly with every plan, so a
   * few intervals may pass alone: at least 8 of the 10 busiest must miss (on seeds 1 to 6, 13 to 19
   * of the 20 busiest do; docs/staffing.md).
   */
  @Test
  void oneAgentFewerInABusyIntervalMisses() {
    List<StaffingPlan.IntervalRequirement> busiest = new ArrayList<>(plan.intervals());
    busiest.sort(Comparator.comparingInt((StaffingPlan.IntervalRequirement iv) -> iv.sites().get(0).required())
        .reversed().thenComparingInt(StaffingPlan.IntervalRequirement::interval));
    List<Integer> stillMeet = new ArrayList<>();
    for (StaffingPlan.IntervalRequirement iv : busiest.subList(0, 10)) {
      int i = iv.interval();
      int[][] fewer = plan.plans();
      fewer[0][i]--;
      ExperimentResult r = new Experiment(plan.scenario(), fewer).run(2, k -> { });
      boolean missed = false;
      for (int j = i; j <= Math.min(i + StaffingPlanner.ATTRIBUTION_WINDOW, plan.intervals().size() - 1); j++) {
        missed |= !meets(r.byInterval().get(j));
      }
      if (!missed) {
        stillMeet.add(i);
      }
    }
    assertTrue(stillMeet.size() <= 2, "still meet the targets with one agent fewer: " + stillMeet);
  }

  @Test
  void simulationCorrectsTheStationaryAnswerWhereTheProfileMoves() {
    int[][] start = new StaffingPlanner(scenario).analyticStart();
    int peak = 0;
    for (int a : start[0]) {
      peak = Math.max(peak, a);
    }
    assertTrue(peak >= 10, "a busy day needs a double-digit team at peak, got " + peak);
    int differ = 0;
    for (int i = 0; i < start[0].length; i++) {
      differ += start[0][i] != plan.required(0)[i] ? 1 : 0;
      assertEquals(start[0][i], plan.intervals().get(i).sites().get(0).analytic());
    }
    assertTrue(differ > 0, "the simulation should move the stationary answer somewhere");
  }

  @Test
  void fteAndGapFollowTheirDefinitions() {
    StaffingPlan.SiteRequirement site = plan.sites().get(0);
    double hours = 0;
    for (int a : plan.required(0)) {
      hours += a * 0.5;
    }
    assertEquals(hours, site.requiredOnDutyHours(), 1e-9);
    assertEquals(hours, site.requiredPaidHours(), 1e-9, "an agents: N site has no shrinkage");
    assertEquals(hours / (40 * 2 / 7.0), site.requiredFte(), 1e-9);
    assertEquals(10 * 24 * 2, site.scheduledPaidHours(), 1e-9, "10 agents around the clock");
    for (StaffingPlan.IntervalRequirement iv : plan.intervals()) {
      StaffingPlan.SiteCell c = iv.sites().get(0);
      assertEquals(10, c.scheduled(), 1e-9);
      assertEquals(10 - c.required(), c.gap(), 1e-9);
    }
  }

  /**
   * Chats no site can serve (15% in French, an English-only site) only leave, whatever the
   * staffing: the plan is held against the other chats and comes out as for the English chats
   * alone. Counting them, every interval missed the 5% abandon target however many agents were
   * added, and the plan grew with each simulation.
   */
  @Test
  void chatsNoSiteCanServeDoNotInflateThePlan() {
    Scenario english = PlanningScenarios.profiled(0.85 * 2400, 240, 180, 1, 2, 8, 20270301L);
    Scenario mixed = PlanningScenarios.withUnservedFrench(
        PlanningScenarios.profiled(2400, 240, 180, 1, 2, 8, 20270301L), 0.15);
    StaffingPlan englishPlan = new StaffingPlanner(english, PlannerOptions.defaults(english).withThreads(2)).plan();
    StaffingPlan mixedPlan = new StaffingPlanner(mixed, PlannerOptions.defaults(mixed).withThreads(2)).plan();
    assertTrue(mixedPlan.met(), "missed " + mixedPlan.missedIntervals());
    assertTrue(mixedPlan.simulated().total().get(Metric.UNSERVABLE).mean() > 500, "the French chats left");
    for (StaffingPlan.IntervalRequirement iv : mixedPlan.intervals()) {
      assertTrue(iv.abandonRate().mean() <= 0.05, "interval " + iv.interval() + ": the servable chats' rate");
    }
    double mixedHours = mixedPlan.sites().get(0).requiredOnDutyHours();
    double englishHours = englishPlan.sites().get(0).requiredOnDutyHours();
    assertEquals(englishHours, mixedHours, 0.1 * englishHours,
        "the same demand that can be served, about the same plan");
  }

  /** A plan cut short by the simulation cap says so: it may still hold agents the search would remove. */
  @Test
  void aPlanCutShortByTheCapIsNotSettled() {
    assertTrue(plan.settled(), "the full search ends on its own (" + plan.simulations() + " simulations)");
    Scenario small = PlanningScenarios.profiled(1200, 240, 180, 2, 1, 3, 11L);
    StaffingPlan capped = new StaffingPlanner(small, PlannerOptions.defaults(small).withMaxSimulations(1)).plan();
    assertEquals(1, capped.simulations());
    assertFalse(capped.settled(), "one simulation cannot show that no agent can be removed");
  }

  /** A round trims no interval next to a miss, on either side; the others of its parity lose one agent. */
  @Test
  void trimmingLeavesTheNeighboursOfAMissAlone() {
    Scenario small = PlanningScenarios.profiled(1200, 240, 180, 1, 1, 2, 11L);
    StaffingPlanner planner = new StaffingPlanner(small, PlannerOptions.defaults(small).withThreads(2));
    int[][] n = planner.analyticStart();
    int intervals = n[0].length;
    for (int i = 0; i < intervals; i++) {
      n[0][i] += 3; // room to trim everywhere
    }
    ExperimentResult r = planner.simulate(n);
    int[][] known = new int[1][intervals];
    java.util.Arrays.fill(known[0], -1);
    int[] trimmed = new int[intervals];
    java.util.Arrays.fill(trimmed, -1);
    assertTrue(planner.trim(r, n, known, new boolean[intervals], List.of(20), 0, trimmed));
    for (int i = 0; i < intervals; i += 2) {
      boolean neighbour = Math.abs(i - 20) <= 1;
      assertEquals(neighbour ? -1 : 0, trimmed[i], "interval " + i);
    }
    assertTrue(planner.trim(r, n, known, new boolean[intervals], List.of(20), 1, trimmed));
    assertEquals(-1, trimmed[19], "before the miss");
    assertEquals(-1, trimmed[21], "after the miss");
    assertEquals(0, trimmed[23]);
  }

  @Test
  void sameResultOnAnyThreadCount() {
    Scenario small = PlanningScenarios.profiled(1200, 240, 180, 2, 1, 3, 11L);
    PlannerOptions o = PlannerOptions.defaults(small).withMaxSimulations(6);
    StaffingPlan one = new StaffingPlanner(small, o.withThreads(1)).plan();
    StaffingPlan two = new StaffingPlanner(small, o.withThreads(2)).plan();
    assertArrayEquals(one.required(0), two.required(0));
    assertEquals(one.intervals(), two.intervals());
  }

  /** The observer handed back is the one that saw the returned plan's simulation, replication by replication. */
  @Test
  void theObserverReturnedSawTheReturnedPlan() {
    Scenario small = PlanningScenarios.profiled(1200, 240, 180, 2, 1, 3, 11L);
    PlannerOptions o = PlannerOptions.defaults(small).withMaxSimulations(6).withThreads(2);
    List<List<org.chatplan.engine.run.ReplicationResult>> made = new ArrayList<>();
    StaffingPlanner.Observed<Seen> observed = new StaffingPlanner(small, o).plan(k -> { }, () -> {
      Seen seen = new Seen();
      made.add(seen);
      return seen;
    });
    StaffingPlan p = observed.plan();
    assertEquals(p.simulations(), made.size(), "one observer per simulation");
    List<org.chatplan.engine.run.ReplicationResult> seen = observed.observer();
    assertEquals(3, seen.size());
    for (int k = 0; k < 3; k++) {
      assertEquals(k, seen.get(k).replication(), "in replication order");
      assertEquals(p.simulated().replications().get(k).total(), seen.get(k).total());
      assertEquals(small.calendar().intervals(), seen.get(k).byInterval().size(), "whole, intervals included");
    }
  }

  private static final class Seen extends ArrayList<org.chatplan.engine.run.ReplicationResult>
      implements java.util.function.Consumer<org.chatplan.engine.run.ReplicationResult> {
    @Override public void accept(org.chatplan.engine.run.ReplicationResult r) {
      add(r);
    }
  }

  @Test
  void confidenceBoundCriterionAsksForAtLeastAsManyAgents() {
    Scenario small = PlanningScenarios.profiled(1500, 240, 180, 1, 1, 5, 3L);
    PlannerOptions o = PlannerOptions.defaults(small).withThreads(2);
    StaffingPlan mean = new StaffingPlanner(small, o).plan();
    StaffingPlan bound = new StaffingPlanner(small, o.withCriterion(PlannerOptions.Criterion.CONFIDENCE_BOUND)).plan();
    assertTrue(bound.met(), "missed " + bound.missedIntervals());
    assertTrue(bound.sites().get(0).requiredOnDutyHours() > mean.sites().get(0).requiredOnDutyHours());
    for (StaffingPlan.IntervalRequirement iv : bound.intervals()) {
      MetricSummary sl = iv.serviceLevel();
      assertTrue(sl.mean() - sl.halfWidth() >= 0.8, "interval " + iv.interval() + " SL " + sl);
    }
  }

  private static boolean meets(Map<Metric, MetricSummary> row) {
    MetricSummary sl = row.get(Metric.SERVICE_LEVEL);
    MetricSummary ab = row.get(Metric.ABANDON_RATE);
    return sl == null || (sl.mean() >= 0.8 && ab.mean() <= 0.05);
  }
}
