package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The queue-length area of stays, clipped to the window and split at interval boundaries, by hand. */
class FloorAreasTest {

  @Test
  void staysAreClippedToTheWindowAndSplitAtIntervalBoundaries() {
    // Window [100, 340): four intervals of 60 s.
    FloorAreas a = new FloorAreas(new SiteFloor[0], 4, 100, 340);
    a.queued(110, 250);  // 50 s in interval 0, 60 in 1, 30 in 2
    a.queued(40, 130);   // from before the window: 30 s in interval 0
    a.queued(300, 400);  // past its end: 40 s in interval 3
    a.queued(20, 90);    // wholly before: nothing
    a.queued(160, 160);  // no stay
    assertArrayEquals(new double[] {80, 60, 30, 40}, a.intervalWaitingArea, 1e-9);
    assertEquals(210, a.waitingArea, 1e-9);
  }
}
