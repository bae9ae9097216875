package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Region;
import org.junit.jupiter.api.Test;

/**
 * Segments of a region's arrival rate by hand: bounds, rates, local days, clipping at the horizon,
 * and zones whose offset splits UTC hours or moves the local day. Window from Monday 1 March 2027.
 */
class ArrivalScheduleTest {
  private static final double H = 3600;

  private static Region region(String zone, double perWeek, double[] days, double[] hours) {
    return new Region("r", ZoneId.of(zone), perWeek, days, hours, Map.of("en", 1.0), Map.of(), null, null, 0, 0, 120);
  }

  private static double[] flat(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1);
    return w;
  }

  /**
   * UTC, Monday weighted 2 of 8 (2000 of 8000 a week), hour h weighted h + 1 of 300; half an hour
   * of warm-up puts the horizon at 00:30 Tuesday, where the last segment is cut.
   */
  @Test
  void weightsAreNormalisedAndTheLastSegmentIsCutAtTheHorizon() {
    double[] hours = new double[24];
    for (int h = 0; h < 24; h++) {
      hours[h] = h + 1;
    }
    ArrivalSchedule s = ArrivalSchedule.of(region("UTC", 8000, new double[] {2, 1, 1, 1, 1, 1, 1}, hours),
        new Calendar(Scripted.MONDAY, 1, 1800, H));
    assertEquals(25, s.segments());
    assertEquals(0, s.segmentStart(0), 0);
    assertEquals(H, s.segmentEnd(0), 0);
    assertEquals(2000.0 / 300 / H, s.segmentRate(0), 1e-15);
    assertEquals(1, s.segmentDay(0), "day 0 is the Sunday before the start");
    assertEquals(2000.0 * 24 / 300 / H, s.segmentRate(23), 1e-15);
    assertEquals(86400, s.segmentStart(24), 0);
    assertEquals(88200, s.segmentEnd(24), 0);
    assertEquals(1000.0 / 300 / H, s.segmentRate(24), 1e-15, "Tuesday 00:00, weight 1 of 8");
    assertEquals(2, s.segmentDay(24));
    assertEquals(5, s.localDays(), "ceil(88200 s / 1 day) + 3");
    assertEquals(2000, s.expectedArrivals(0, 86400), 1e-9);
    assertEquals(1000.0 / 300 / 2, s.expectedArrivals(86400, 1e6), 1e-9, "only up to the horizon");
    // 05:30-06:30: half of hour 5 (weight 6) and half of hour 6 (weight 7)
    assertEquals(2000.0 * 13 / 2 / 300, s.expectedArrivals(5.5 * H, 6.5 * H), 1e-9);
    assertEquals(0, s.expectedArrivals(7 * H, 7 * H), 0);
  }

  /**
   * Kolkata is UTC+5:30: 00:00 UTC Monday is 05:30 local, so the first segment is the last half
   * of local hour 5 and each later one straddles two UTC hours; local Tuesday (3 times Monday's
   * volume) begins at 18:30 UTC.
   */
  @Test
  void aHalfHourOffsetSplitsSegmentsAndMovesTheLocalDay() {
    ArrivalSchedule s = ArrivalSchedule.of(region("Asia/Kolkata", 9 * 2400, new double[] {1, 3, 1, 1, 1, 1, 1},
        flat(24)), new Calendar(Scripted.MONDAY, 1, 0, H));
    assertEquals(25, s.segments());
    assertEquals(0, s.segmentStart(0), 0);
    assertEquals(1800, s.segmentEnd(0), 0);
    assertEquals(1800, s.segmentStart(1), 0);
    assertEquals(5400, s.segmentEnd(1), 0);
    assertEquals(84600, s.segmentStart(24), 0);
    assertEquals(86400, s.segmentEnd(24), 0);
    assertEquals(1, s.segmentDay(18));
    assertEquals(100 / H, s.segmentRate(18), 1e-15);
    assertEquals(66600, s.segmentStart(19), 0);
    assertEquals(2, s.segmentDay(19));
    assertEquals(300 / H, s.segmentRate(19), 1e-15);
    // Monday 05:30-24:00 local at 100 an hour, then Tuesday 00:00-05:30 at 300
    assertEquals(18.5 * 100 + 5.5 * 300, s.expectedArrivals(0, 86400), 1e-9);
  }

  /** Bogota is UTC-5: the run starts at 19:00 local on the Sunday before, day 0. */
  @Test
  void aZoneBehindUtcStartsOnTheDayBefore() {
    ArrivalSchedule s = ArrivalSchedule.of(region("America/Bogota", 2400, new double[] {0, 0, 0, 0, 0, 0, 1},
        flat(24)), new Calendar(Scripted.MONDAY, 1, 0, H));
    assertEquals(24, s.segments());
    assertEquals(0, s.segmentDay(0));
    assertEquals(100 / H, s.segmentRate(0), 1e-15);
    assertEquals(1, s.segmentDay(5));
    assertEquals(0, s.segmentRate(5), 0);
    assertEquals(500, s.expectedArrivals(0, 86400), 1e-9, "Sunday 19:00-24:00 only");
  }

  /** 48 half-hour slots: half-hour segments, each with its slot's weight. */
  @Test
  void halfHourSlots() {
    double[] slots = flat(48);
    slots[47] = 49; // 23:30-24:00 holds 49 of 96
    ArrivalSchedule s = ArrivalSchedule.of(region("UTC", 7 * 960, flat(7), slots), new Calendar(Scripted.MONDAY, 1, 0, H));
    assertEquals(48, s.segments());
    assertEquals(1800, s.segmentEnd(0), 0);
    assertEquals(960.0 / 96 / 1800, s.segmentRate(0), 1e-15);
    assertEquals(960.0 * 49 / 96 / 1800, s.segmentRate(47), 1e-15);
    assertEquals(960.0 * 49 / 96, s.expectedArrivals(23.5 * H, 24 * H), 1e-9);
    assertEquals(960, s.expectedArrivals(0, 86400), 1e-9);
  }
}
