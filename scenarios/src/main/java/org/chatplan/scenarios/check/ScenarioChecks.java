package org.chatplan.scenarios.check;

import org.chatplan.engine.model.Scenario;
import org.chatplan.scenarios.load.Problems;

/**
 * Warnings about a scenario that loaded: demand no site can serve, hours with demand and nobody on
 * shift, hours whose offered work likely exceeds 95% of agent capacity. A check that fails
 * internally becomes a warning saying so, never an exception.
 */
public final class ScenarioChecks {
  private ScenarioChecks() {}

  public static void run(Scenario s, Problems p) {
    try {
      ServabilityCheck.run(s, p);
      WeekGrid grid = WeekGrid.of(s);
      CoverageCheck.run(grid, p);
      OccupancyCheck.run(grid, p);
    } catch (RuntimeException e) {
      p.warning("", "could not complete the plausibility checks (" + e + ")");
    }
  }
}
