package org.chatplan.engine.model;

import java.time.ZoneId;
import java.util.List;

/**
 * A team in one place: its zone, wage, skills, concurrency limit and shifts. A site with
 * {@code agentsAroundClock > 0} and no shifts has that many agents always logged in, no shrinkage
 * and no hand-overs (the textbook case).
 *
 * @param nightPremium extra pay fraction on hours worked 22:00-06:00 local
 * @param overtimePremium extra pay fraction on overtime (finishing chats after shift end)
 * @param shrinkage fraction of paid time not available for chats
 */
public record Site(String name, ZoneId zone, double hourlyCost, double nightPremium,
    double overtimePremium, double shrinkage, int maxConcurrency, Skills skills, List<Shift> shifts,
    int agentsAroundClock) {

  public Site {
    Checks.present("site.name", name);
    String at = "agents.sites." + name + ".";
    Checks.present(at + "zone", zone);
    Checks.nonNegative(at + "hourlyCost", hourlyCost);
    Checks.nonNegative(at + "nightPremiumPercent", nightPremium);
    Checks.nonNegative(at + "overtimePremiumPercent", overtimePremium);
    Checks.fraction(at + "shrinkagePercent", shrinkage);
    if (shrinkage >= 1) {
      throw new IllegalArgumentException(at + "shrinkagePercent must be below 100");
    }
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException(at + "maxConcurrency must be >= 1, got " + maxConcurrency);
    }
    skills = skills == null ? Skills.all() : skills;
    shifts = shifts == null ? List.of() : List.copyOf(shifts);
    if (agentsAroundClock < 0) {
      throw new IllegalArgumentException(at + "agents must be >= 0, got " + agentsAroundClock);
    }
  }

  /** A UTC site with N agents around the clock, serving everything. */
  public static Site aroundTheClock(String name, int agents, int maxConcurrency, double hourlyCost) {
    return new Site(name, ZoneId.of("UTC"), hourlyCost, 0, 0, 0, maxConcurrency, Skills.all(), List.of(), agents);
  }

  public boolean usesShifts() {
    return !shifts.isEmpty();
  }
}
