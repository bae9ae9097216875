package org.chatplan.engine.model;

/**
 * The phone baseline: the same offered contacts through an IVR, one call per agent, staffed per
 * interval to {@code serviceLevel} within {@code withinSeconds}.
 */
public record Phone(DurationModel handleTime, double ivrResolves, DurationModel patience,
    double hourlyCost, double telecomPerMinute, double shrinkage, double serviceLevel,
    double withinSeconds) {
  public Phone {
    Checks.present("phone.handleTime", handleTime);
    Checks.fraction("phone.ivrResolvesPercent", ivrResolves);
    Checks.nonNegative("phone.hourlyCost", hourlyCost);
    Checks.nonNegative("phone.telecomPerMinute", telecomPerMinute);
    Checks.fraction("phone.shrinkagePercent", shrinkage);
    Checks.fraction("phone.serviceLevel.percent", serviceLevel);
    Checks.nonNegative("phone.serviceLevel.within", withinSeconds);
  }
}
