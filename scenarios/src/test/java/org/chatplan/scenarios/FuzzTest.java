package org.chatplan.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Experiment;
import org.junit.jupiter.api.Test;

/**
 * ~300 randomly damaged scenarios (fixed seed): the loader never throws, never hangs, and returns
 * either a scenario or at least one error with a message. Accepted mutants then run for one
 * replication of one day, to check that whatever the loader accepts the engine can run.
 */
class FuzzTest {
  static final long SEED = 20270301L;
  static final int MUTANTS = 300;

  @Test void loaderSurvivesDamagedScenarios() {
    List<String> sources = new ArrayList<>();
    sources.add(Fixtures.MINIMAL);
    ScenarioLibrary.names().forEach(n -> sources.add(ScenarioLibrary.text(n)));
    sources.forEach(s -> ScenarioLoader.parse(s, "warm-up.yaml"));
    Mutator mutator = new Mutator(SEED);
    List<Scenario> accepted = new ArrayList<>();
    int rejected = 0;
    for (int i = 0; i < MUTANTS; i++) {
      String text = mutator.mutate(sources.get(i % sources.size()));
      String label = "mutant-" + i + ".yaml";
      // A hang would be caught by Surefire's forked-process timeout; speed is not asserted here.
      LoadResult r = ScenarioLoader.parse(text, label);
      assertNotNull(r);
      if (r.ok()) {
        assertTrue(r.errors().isEmpty());
        assertNotNull(r.scenario());
        accepted.add(r.scenario());
      } else {
        rejected++;
        assertNull(r.scenario());
        assertFalse(r.errors().isEmpty(), () -> label + ": rejected without an error");
        for (Problem p : r.errors()) {
          assertFalse(p.message().isBlank(), () -> label + ": empty message");
          assertFalse(p.format().contains("Exception"), () -> label + ": exception text leaked: " + p.format());
        }
      }
    }
    assertTrue(rejected > MUTANTS / 3, "most mutants should be broken, got " + rejected + " rejected");
    assertTrue(accepted.size() > 10, "some mutants should still load, got " + accepted.size());
    runEach(accepted);
  }

  /** One replication of one day for each accepted mutant; the engine must not throw. */
  private static void runEach(List<Scenario> scenarios) {
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = oneDay(scenarios.get(i));
      int index = i;
      try {
        Experiment.run(s, 1);
      } catch (RuntimeException e) {
        fail("the engine rejected a scenario the loader accepted (mutant " + index + "): " + e + "\n" + s, e);
      }
    }
  }

  static Scenario oneDay(Scenario s) {
    Calendar c = s.calendar();
    return new Scenario(s.name(), s.description(), s.currency(), new Calendar(c.start(), 1, 0, c.intervalSeconds()),
        new RunSettings(1, s.run().seed()), s.targets(), s.demand(), s.bot(), s.agents(), s.satisfaction(), s.phone());
  }
}
