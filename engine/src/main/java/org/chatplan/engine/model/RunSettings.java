package org.chatplan.engine.model;

/** How many independent replications, and the seed that fixes every one of them. */
public record RunSettings(int replications, long seed) {
  public RunSettings {
    if (replications < 1) {
      throw new IllegalArgumentException("run.replications must be >= 1, got " + replications);
    }
  }
}
