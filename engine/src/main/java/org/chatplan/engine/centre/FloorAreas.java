package org.chatplan.engine.centre;

/**
 * Time-weighted quantities of the floor: chats waiting (summed per chat) and in service, and per site the agents
 * logged in, agents holding a chat, available and busy slots. At each interval boundary the areas
 * of the interval just ended are kept, per interval and for the whole window.
 */
final class FloorAreas {
  double waitingArea;
  /** The waiting area of each interval. */
  final double[] intervalWaitingArea;
  /** [site * 4 + k] over the reported window: logged-in, with-chat, slots available, slots busy. */
  final double[] siteArea;
  /** The same per interval: [(interval * sites + site) * 4 + k]. */
  final double[] intervalSiteArea;
  private final SiteFloor[] floors;
  private final double windowStart;
  private final double windowEnd;
  private final double intervalSeconds;

  FloorAreas(SiteFloor[] floors, int intervals, double windowStart, double windowEnd) {
    this.floors = floors;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.intervalSeconds = (windowEnd - windowStart) / intervals;
    intervalWaitingArea = new double[intervals];
    siteArea = new double[floors.length * 4];
    intervalSiteArea = new double[intervals * floors.length * 4];
  }

  /**
   * A chat waited in the queue from {@code from} to {@code to}: the queue-length area is the sum of
   * such stays (clipped to the reported window, and split at interval boundaries for each
   * interval's own), which lets a departure be settled after the fact.
   */
  void queued(double from, double to) {
    double a = Math.max(from, windowStart);
    double b = Math.min(to, windowEnd);
    if (b > a) {
      waitingArea += b - a;
      int last = intervalWaitingArea.length - 1;
      int i = Math.min(last, (int) ((a - windowStart) / intervalSeconds));
      while (a < b) { // a stay of minutes, in one interval or two
        double end = i == last ? b : Math.min(b, windowStart + (i + 1) * intervalSeconds);
        intervalWaitingArea[i] += end - a;
        a = end;
        i++;
      }
    }
  }

  /** Interval boundary i: hands the time-weighted areas of interval i - 1 to the accounting. */
  void tick(int i, double now) {
    for (int s = 0; s < floors.length; s++) {
      SiteFloor f = floors[s];
      double busy = f.slotsBusy.flush(now);
      keepArea(i, s, 0, f.loggedIn.flush(now));
      keepArea(i, s, 1, f.agentsWithChatArea(now, busy));
      keepArea(i, s, 2, f.slotsAvailable.flush(now));
      keepArea(i, s, 3, busy);
    }
  }

  /**
   * Chats in service over the reported window: every chat in service holds one busy slot, so this
   * is the sum of the sites' busy-slot areas (kept once, not twice per chat).
   */
  double inServiceArea() {
    double sum = 0;
    for (int s = 0; s < floors.length; s++) {
      sum += siteArea[s * 4 + 3];
    }
    return sum;
  }

  private void keepArea(int tick, int s, int k, double area) {
    if (tick > 0) {
      siteArea[s * 4 + k] += area;
      intervalSiteArea[((tick - 1) * floors.length + s) * 4 + k] = area;
    }
  }
}
