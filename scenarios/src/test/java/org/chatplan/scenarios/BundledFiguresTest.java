package org.chatplan.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario, over its full calendar (2 replications), lands in the range a support
 * operation of its kind plausibly shows. The ranges are wide on purpose: they catch a scenario or an
 * engine change that breaks the story the scenario tells (an idle centre, a collapsed queue, a cost
 * per contact off by an order of magnitude), not noise.
 */
class BundledFiguresTest {
  static java.util.List<String> names() {
    return ScenarioLibrary.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void keyFiguresArePlausible(String name) {
    LoadResult loaded = ScenarioLoader.resolve(name);
    assertTrue(loaded.ok(), loaded.problems().toString());
    Scenario s = loaded.scenario();
    ExperimentResult r = Experiment.run(s.withRun(new RunSettings(2, s.run().seed())), 2);
    double sl = r.get(Metric.SERVICE_LEVEL).mean();
    double abandon = r.get(Metric.ABANDON_RATE).mean();
    double occupancy = r.get(Metric.OCCUPANCY).mean();
    double cost = r.get(Metric.COST_PER_CONTACT).mean();
    double csat = r.get(Metric.CSAT_ALL_CONTACTS).mean();
    String all = String.format("%s: SL %.3f abandon %.3f occupancy %.3f cost %.2f csat %.3f", name, sl, abandon, occupancy, cost, csat);
    boolean peak = name.equals("black-friday");
    assertTrue(sl > (peak ? 0.5 : 0.75) && sl <= 1, all);
    assertTrue(abandon < (peak ? 0.25 : 0.10), all);
    assertTrue(occupancy > 0.3 && occupancy < 0.98, all);
    assertTrue(cost > 0.5 && cost < 15, all);
    assertTrue(csat > 0.5 && csat < 0.95, all);
    double offered = r.get(Metric.OFFERED).mean();
    double accounted = r.get(Metric.BOT_RESOLVED).mean() + r.get(Metric.HANDLED).mean()
        + r.get(Metric.ABANDONED).mean() + r.get(Metric.STILL_IN_SYSTEM).mean();
    assertEquals(offered, accounted, 1e-6 * offered, name + ": conservation");
  }
}
