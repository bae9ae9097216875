package org.chatplan.scenarios.convert;

import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Phone;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.model.Targets;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.schema.ScenarioSchema;
import org.chatplan.scenarios.validate.Distributions;
import org.chatplan.scenarios.validate.Numbers;
import org.chatplan.scenarios.validate.Section;

/** {@code satisfaction} (all optional) and {@code phone} (optional: absent means no baseline). */
final class OutcomeReaders {
  private OutcomeReaders() {}

  static Satisfaction satisfaction(Section root) {
    Problems p = root.problems();
    Section s = Section.open(p, "satisfaction", root.get("satisfaction"), ScenarioSchema.SATISFACTION);
    if (s == null) {
      return null;
    }
    Satisfaction d = Satisfaction.defaults();
    int before = p.errorCount();
    double immediate = s.percentNotFraction("immediate", d.immediate(), 1);
    double floor = s.percentNotFraction("floor", d.floor(), 1);
    double tolerance = s.positiveDuration("waitTolerance", d.waitToleranceSeconds(), 7 * 86400.0, "waitTolerance");
    double penalty = s.percent("wrongAnswerPenalty", d.wrongAnswerPenalty());
    double abandoned = s.percent("abandonedCountAs", d.abandonedCountAs());
    if (p.errorCount() > before) {
      return null;
    }
    if (floor > immediate) {
      p.warning(s.path("floor"), "floor " + Numbers.hundredfold(floor) + " is above immediate "
          + Numbers.hundredfold(immediate) + ": customers would grow happier the longer they wait");
    }
    return Build.attempt(p, "satisfaction", () -> new Satisfaction(immediate, floor, tolerance, penalty, abandoned));
  }

  static Phone phone(Section root, Targets targets) {
    if (!root.has("phone")) {
      return null;
    }
    Problems p = root.problems();
    Section s = Section.open(p, "phone", root.get("phone"), ScenarioSchema.PHONE);
    if (s == null) {
      return null;
    }
    int before = p.errorCount();
    DurationModel handle = s.require("handleTime") == null ? null
        : Distributions.read(p, s.path("handleTime"), s.get("handleTime"), "lognormal");
    double ivr = s.percentNotFraction("ivrResolvesPercent", 0, 1);
    DurationModel patience = s.has("patience")
        ? Distributions.read(p, s.path("patience"), s.get("patience"), "exponential") : null;
    double cost = s.number("hourlyCost", Double.NaN, 0, false, Defaults.MAX_MONEY, "hourlyCost");
    double telecom = s.number("telecomPerMinute", 0, 0, false, Defaults.MAX_MONEY, "telecomPerMinute");
    double shrinkage = s.percentNotFraction("shrinkagePercent", Defaults.PHONE_SHRINKAGE, 1);
    if (shrinkage >= 1) {
      p.error(s.path("shrinkagePercent"), "100 leaves no time to take calls; shrinkage must be below 100");
    }
    double[] dflt = targets == null ? new double[] {0.8, 20} : new double[] {targets.serviceLevel(), targets.withinSeconds()};
    double[] sl = TopLevelReader.serviceLevel(s, dflt);
    if (p.errorCount() > before || sl == null || targets == null && !s.has("serviceLevel")) {
      return null;
    }
    return Build.attempt(p, "phone", () -> new Phone(handle, ivr, patience, cost, telecom, shrinkage, sl[0], sl[1]));
  }
}
