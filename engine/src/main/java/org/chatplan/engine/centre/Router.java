package org.chatplan.engine.centre;

import org.apache.commons.rng.UniformRandomProvider;
import org.chatplan.engine.model.Routing;

/**
 * Chooses the agent with a free slot that takes a chat, among the sites eligible for its queue.
 * Reads only the heads of the per-(site, load) agent lists, so a choice costs O(sites x slots).
 */
final class Router {
  private final Routing routing;
  private final AgentPool agents;
  private final int[] siteSlots;
  private final UniformRandomProvider rng;

  Router(Routing routing, AgentPool agents, int[] siteSlots, UniformRandomProvider rng) {
    this.routing = routing;
    this.agents = agents;
    this.siteSlots = siteSlots;
    this.rng = rng;
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

  /**
   * The agent idle longest; when nobody is idle, a uniformly random agent with a free slot. The
   * random step keeps the policy Markovian in the agents' load levels, so the exact chat chain
   * ({@code ChatRouting.IDLE_FIRST}) reproduces it.
   */
  private int longestIdle(int[] sites) {
    int best = -1;
    for (int s : sites) {
      int h = agents.head(s, 0);
      if (h >= 0 && (best < 0 || agents.enteredLevel[h] < agents.enteredLevel[best])) {
        best = h;
      }
    }
    if (best >= 0) {
      return best;
    }
    int free = 0;
    for (int s : sites) {
      for (int level = 1; level < siteSlots[s]; level++) {
        free += agents.count(s, level);
      }
    }
    if (free == 0) {
      return -1;
    }
    int pick = rng.nextInt(free);
    for (int s : sites) {
      for (int level = 1; level < siteSlots[s]; level++) {
        int n = agents.count(s, level);
        if (pick < n) {
          return agents.nth(s, level, pick);
        }
        pick -= n;
      }
    }
    throw new IllegalStateException("free-slot count out of step");
  }
}
