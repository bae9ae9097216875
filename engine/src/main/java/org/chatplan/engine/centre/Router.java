package org.chatplan.engine.centre;

import org.chatplan.engine.model.Routing;

/**
 * Chooses the agent with a free slot that takes a chat, among the sites eligible for its queue.
 * Reads only the heads of the per-(site, load) agent lists, so a choice costs O(sites x slots).
 */
final class Router {
  private final Routing routing;
  private final AgentPool agents;
  private final int[] siteSlots;

  Router(Routing routing, AgentPool agents, int[] siteSlots) {
    this.routing = routing;
    this.agents = agents;
    this.siteSlots = siteSlots;
  }

  /** The chosen agent, or -1 when every agent of these sites is full or off shift. */
  int pick(int[] sites) {
    return routing == Routing.LEAST_BUSY ? leastBusy(sites) : longestIdle(sites);
  }

  /** Lowest load first; among equals the agent that reached that load earliest. */
  private int leastBusy(int[] sites) {
    for (int level = 0; level < agents.maxSlots; level++) {
      int best = -1;
      for (int s : sites) {
        if (level < siteSlots[s]) {
          int h = agents.head(s, level);
          if (h >= 0 && (best < 0 || agents.enteredLevel[h] < agents.enteredLevel[best])) {
            best = h;
          }
        }
      }
      if (best >= 0) {
        return best;
      }
    }
    return -1;
  }

  /** The agent whose load last changed earliest, whatever its load. */
  private int longestIdle(int[] sites) {
    int best = -1;
    for (int s : sites) {
      for (int level = 0; level < siteSlots[s]; level++) {
        int h = agents.head(s, level);
        if (h >= 0 && (best < 0 || agents.enteredLevel[h] < agents.enteredLevel[best])) {
          best = h;
        }
      }
    }
    return best;
  }
}
