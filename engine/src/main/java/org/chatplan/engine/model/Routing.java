package org.chatplan.engine.model;

/** Which agent with a free slot takes a chat. */
public enum Routing {
  /** Fewest active chats first; among equals, the one that has waited longest at that load. */
  LEAST_BUSY("least-busy"),
  /**
   * The agent who has been idle longest; when nobody is idle, a random agent with a free slot
   * (spreads chats instead of packing them onto the least busy).
   */
  LONGEST_IDLE("longest-idle");

  private final String scenarioName;

  Routing(String scenarioName) {
    this.scenarioName = scenarioName;
  }

  /** Name used in scenario files. */
  public String scenarioName() {
    return scenarioName;
  }

  /** Parses a scenario name, or returns null. */
  public static Routing fromScenarioName(String name) {
    for (Routing r : values()) {
      if (r.scenarioName.equals(name)) {
        return r;
      }
    }
    return null;
  }
}
