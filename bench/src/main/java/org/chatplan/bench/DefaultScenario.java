/*
 * Not run on its own: loads the scenario for DefaultScenarioBench and HeapGrowth.
 * How to run: java -jar bench/target/benchmarks.jar DefaultScenarioBench -f 1 -wi 2 -i 3 -w 2s -r 3s
 */
package org.chatplan.bench;

import java.util.stream.Collectors;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Scenario;
import org.chatplan.scenarios.LoadResult;
import org.chatplan.scenarios.ScenarioLibrary;
import org.chatplan.scenarios.ScenarioLoader;

/** The bundled default scenario, loaded as the CLI loads it, and longer variants of it. */
final class DefaultScenario {
  private DefaultScenario() {}

  /** The bundled default (follow-the-sun), exactly as {@code chatplan run} would run it. */
  static Scenario load() {
    String name = ScenarioLibrary.defaultName();
    LoadResult r = ScenarioLoader.resolve(name);
    if (!r.ok()) {
      throw new IllegalStateException("the bundled scenario " + name + " does not load: "
          + r.errors().stream().map(Object::toString).collect(Collectors.joining("; ")));
    }
    return r.scenario();
  }

  /** The same scenario with {@code days} reported days (warm-up, start and interval unchanged). */
  static Scenario withDays(Scenario s, int days) {
    Calendar c = s.calendar();
    return new Scenario(s.name(), s.description(), s.currency(),
        new Calendar(c.start(), days, c.warmupSeconds(), c.intervalSeconds()), s.run(), s.targets(),
        s.demand(), s.bot(), s.agents(), s.satisfaction(), s.phone());
  }
}
