package org.chatplan.engine.centre;

import org.chatplan.engine.stats.TimeWeighted;

/**
 * Time-weighted quantities of the floor: chats waiting and in service, and per site the agents
 * logged in, agents holding a chat, available and busy slots. At each interval boundary the areas
 * of the interval just ended are kept, per interval and for the whole window.
 */
final class FloorAreas {
  final TimeWeighted waiting = new TimeWeighted();
  final TimeWeighted inService = new TimeWeighted();
  double waitingArea;
  double inServiceArea;
  /** [site * 4 + k] over the reported window: logged-in, with-chat, slots available, slots busy. */
  final double[] siteArea;
  /** The same per interval: [(interval * sites + site) * 4 + k]. */
  final double[] intervalSiteArea;
  private final SiteFloor[] floors;

  FloorAreas(SiteFloor[] floors, int intervals) {
    this.floors = floors;
    siteArea = new double[floors.length * 4];
    intervalSiteArea = new double[intervals * floors.length * 4];
  }

  /** Interval boundary i: hands the time-weighted areas of interval i - 1 to the accounting. */
  void tick(int i, double now) {
    double w = waiting.flush(now);
    double b = inService.flush(now);
    if (i > 0) {
      waitingArea += w;
      inServiceArea += b;
    }
    for (int s = 0; s < floors.length; s++) {
      SiteFloor f = floors[s];
      keepArea(i, s, 0, f.loggedIn.flush(now));
      keepArea(i, s, 1, f.agentsWithChat.flush(now));
      keepArea(i, s, 2, f.slotsAvailable.flush(now));
      keepArea(i, s, 3, f.slotsBusy.flush(now));
    }
  }

  private void keepArea(int tick, int s, int k, double area) {
    if (tick > 0) {
      siteArea[s * 4 + k] += area;
      intervalSiteArea[((tick - 1) * floors.length + s) * 4 + k] = area;
    }
  }
}
