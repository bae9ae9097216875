package org.chatplan.engine.model;

/** Of the customers who abandon, the fraction that comes back, and after how long. */
public record Retry(double probability, DurationModel after) {
  public Retry {
    Checks.fraction("retry.percent", probability);
    Checks.present("retry.after", after);
  }
}
