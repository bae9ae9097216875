package org.chatplan.engine.model;

/** Service targets: a share answered within a time, and a ceiling on abandonment (fractions). */
public record Targets(double serviceLevel, double withinSeconds, double maxAbandon) {
  public Targets {
    Checks.fraction("targets.serviceLevel.percent", serviceLevel);
    Checks.nonNegative("targets.serviceLevel.within", withinSeconds);
    Checks.fraction("targets.maxAbandonPercent", maxAbandon);
  }
}
