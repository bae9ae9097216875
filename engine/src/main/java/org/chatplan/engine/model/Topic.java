package org.chatplan.engine.model;

/**
 * What customers write about. {@code handleTime} is the agent work for one chat handled alone
 * (concurrency 1); {@code botResolves} the fraction of this topic the bot closes without an agent.
 */
public record Topic(String name, double share, DurationModel handleTime, double botResolves) {
  public Topic {
    Checks.present("topic.name", name);
    Checks.nonNegative("topics." + name + ".share", share);
    Checks.present("topics." + name + ".handleTime", handleTime);
    Checks.fraction("topics." + name + ".botResolves", botResolves);
  }
}
