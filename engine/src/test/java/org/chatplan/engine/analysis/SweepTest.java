package org.chatplan.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Metric;
import org.junit.jupiter.api.Test;

class SweepTest {

  @Test
  void gridRunsTheFirstAxisSlowest() {
    List<List<String>> g = Sweep.grid(List.of(new SweepAxis("a", List.of("1", "2")),
        new SweepAxis("b", List.of("x", "y", "z"))));
    assertEquals(List.of(List.of("1", "x"), List.of("1", "y"), List.of("1", "z"), List.of("2", "x"),
        List.of("2", "y"), List.of("2", "z")), g);
  }

  @Test
  void pointsDifferOnlyInTheSweptFieldAndShareTheirCustomers() {
    Scenario base = Fixtures.textbook(14, 0, 3, 7);
    SweepAxis agents = new SweepAxis("agents.sites[0].agents", List.of("12", "14", "16"));
    List<Scenario> points = new ArrayList<>();
    for (List<String> p : Sweep.grid(List.of(agents))) {
      // Each point is built with its own run settings; the sweep must replace them by the common ones.
      points.add(Fixtures.withAgents(base, Integer.parseInt(p.get(0))).withRun(new RunSettings(1, 99)));
    }
    RunSettings common = new RunSettings(4, 2027);
    SweepResult r = Sweep.of(List.of(agents), points, common).run(2);

    assertEquals(3, r.points().size());
    double[] offered = r.points().get(0).result().values(Metric.OFFERED);
    for (int i = 0; i < 3; i++) {
      SweepPoint p = r.points().get(i);
      Scenario s = p.result().scenario();
      int n = Integer.parseInt(p.values().get(0));
      assertEquals(Fixtures.withAgents(base, n).withRun(common), s, "only agents and run settings may change");
      assertEquals(common.seed(), p.result().seed());
      assertEquals(4, p.result().replications().size());
      // Common random numbers: nobody abandons, so the same customers arrive at every point.
      assertArrayEquals(offered, p.result().values(Metric.OFFERED));
    }
    double sl12 = r.points().get(0).get(Metric.SERVICE_LEVEL).mean();
    double sl16 = r.points().get(2).get(Metric.SERVICE_LEVEL).mean();
    assertTrue(sl16 > sl12, "more agents serve faster: " + sl12 + " -> " + sl16);
    PairedDifference d = r.difference(0, 2, Metric.SERVICE_LEVEL);
    assertTrue(d.significant(), "12 -> 16 agents is a large change: " + d);
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    Scenario base = Fixtures.textbook(14, 240, 3, 5);
    SweepAxis agents = new SweepAxis("agents", List.of("13", "15"));
    List<Scenario> points = List.of(Fixtures.withAgents(base, 13), Fixtures.withAgents(base, 15));
    SweepResult one = Sweep.of(List.of(agents), points, base.run()).run(1);
    SweepResult two = Sweep.of(List.of(agents), points, base.run()).run(3);
    for (int i = 0; i < 2; i++) {
      for (Metric m : List.of(Metric.SERVICE_LEVEL, Metric.ASA_SECONDS, Metric.ABANDON_RATE)) {
        assertArrayEquals(one.points().get(i).result().values(m), two.points().get(i).result().values(m));
      }
    }
  }

  @Test
  void oneScenarioPerGridPointIsRequired() {
    Scenario s = Fixtures.textbook(14, 0, 2, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Sweep.of(List.of(new SweepAxis("a", List.of("1", "2"))), List.of(s), s.run()));
    assertTrue(e.getMessage().contains("2 points but 1"), e.getMessage());
  }

  @Test
  void aRepeatedValueIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SweepAxis("bot.enabled", List.of("true", "true")));
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
  }
}
