package org.chatplan.engine.model;

import java.util.List;

/** The agent side: concurrency curve, routing, optional translation fallback, and the sites. */
public record Agents(Concurrency concurrency, Routing routing, Translation translation, List<Site> sites) {
  public Agents {
    Checks.present("agents.concurrency", concurrency);
    Checks.present("agents.routing", routing);
    if (sites == null || sites.isEmpty()) {
      throw new IllegalArgumentException("agents.sites needs at least one site");
    }
    sites = List.copyOf(sites);
    for (Site s : sites) {
      if (s.maxConcurrency() > concurrency.maxCovered()) {
        throw new IllegalArgumentException("agents.concurrency.throughput covers " + concurrency.maxCovered()
            + " chats but site " + s.name() + " allows " + s.maxConcurrency());
      }
    }
  }
}
