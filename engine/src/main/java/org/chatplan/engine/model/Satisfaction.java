package org.chatplan.engine.model;

/**
 * How waits and mistakes turn into CSAT (all fractions):
 * satisfied = floor + (immediate - floor) * exp(-wait / waitTolerance), minus penalties.
 */
public record Satisfaction(double immediate, double floor, double waitToleranceSeconds,
    double wrongAnswerPenalty, double abandonedCountAs) {
  public Satisfaction {
    Checks.fraction("satisfaction.immediate", immediate);
    Checks.fraction("satisfaction.floor", floor);
    Checks.positive("satisfaction.waitTolerance", waitToleranceSeconds);
    Checks.fraction("satisfaction.wrongAnswerPenalty", wrongAnswerPenalty);
    Checks.fraction("satisfaction.abandonedCountAs", abandonedCountAs);
  }

  /** Industry-typical defaults (see docs/satisfaction.md). */
  public static Satisfaction defaults() {
    return new Satisfaction(0.90, 0.35, 240, 0.60, 0.0);
  }

  /** Satisfied probability of an answered chat after {@code waitSeconds}, before penalties. */
  public double afterWait(double waitSeconds) {
    return floor + (immediate - floor) * Math.exp(-waitSeconds / waitToleranceSeconds);
  }
}
