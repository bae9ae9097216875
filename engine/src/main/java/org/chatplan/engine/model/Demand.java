package org.chatplan.engine.model;

import java.util.List;

/** Who writes and about what: the global topic mix and the regions. */
public record Demand(List<Topic> topics, List<Region> regions) {
  public Demand {
    if (topics == null || topics.isEmpty()) {
      throw new IllegalArgumentException("demand.topics needs at least one topic");
    }
    if (regions == null || regions.isEmpty()) {
      throw new IllegalArgumentException("demand.regions needs at least one region");
    }
    topics = List.copyOf(topics);
    regions = List.copyOf(regions);
  }

  /** Index of a topic by name, or -1. */
  public int topicIndex(String name) {
    for (int i = 0; i < topics.size(); i++) {
      if (topics.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
