package org.chatplan.engine.centre;

import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.chatplan.engine.model.Routing;

/** Agent pools set up by hand for the pool and router tests. */
final class Pools {
  private Pools() {}

  /** An agent of {@code site} on shift, holding {@code load} chats, enlisted at its level at {@code at}. */
  static int agent(AgentPool pool, int site, int load, double at) {
    int a = pool.create(site);
    pool.state[a] = AgentPool.ON;
    pool.load[a] = load;
    pool.enlist(a, at);
    return a;
  }

  /** A router over two sites of two slots each, on a fixed stream. */
  static Router router(Routing routing, AgentPool pool) {
    return new Router(routing, pool, new int[] {2, 2}, new XoShiRo256PlusPlus(new long[] {1, 2, 3, 4}));
  }
}
