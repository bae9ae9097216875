package org.chatplan.engine.model;

/**
 * Fallback for a language nobody free speaks: after waiting {@code afterSeconds} a chat may go to
 * any agent with its topic, with handle time multiplied by {@code handleTimeFactor} and CSAT lowered
 * by {@code csatPenalty} (fraction points).
 */
public record Translation(double afterSeconds, double handleTimeFactor, double csatPenalty) {
  public Translation {
    Checks.nonNegative("agents.translation.after", afterSeconds);
    Checks.positive("agents.translation.handleTimePercent", handleTimeFactor);
    Checks.fraction("agents.translation.csatPenalty", csatPenalty);
  }
}
