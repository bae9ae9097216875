package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.junit.jupiter.api.Test;

/**
 * Local-time profiles and shifts land on the right UTC hours on both sides of a daylight-saving
 * change. 2027: the US springs forward on Sunday 14 March, the EU on Sunday 28 March.
 */
class TimeZoneTest {
  private static final Calendar MARCH = new Calendar(LocalDate.of(2027, 3, 10), 21, 0, 1800);

  private static int utcHourOfPeak(ArrivalSchedule s, LocalDate day) {
    long zero = MARCH.epochSecondAtZero();
    double best = -1;
    int hour = -1;
    for (int i = 0; i < s.segments(); i++) {
      Instant at = Instant.ofEpochSecond(zero + (long) s.segmentStart(i));
      if (at.atOffset(ZoneOffset.UTC).toLocalDate().equals(day) && s.segmentRate(i) > best) {
        best = s.segmentRate(i);
        hour = at.atOffset(ZoneOffset.UTC).getHour();
      }
    }
    return hour;
  }

  @Test
  void regionPeakAtTenLocalMovesWithDaylightSaving() {
    double[] hours = new double[24];
    java.util.Arrays.fill(hours, 1);
    hours[10] = 50;
    double[] days = {1, 1, 1, 1, 1, 1, 1};
    Region ny = new Region("ny", ZoneId.of("America/New_York"), 7000, days, hours, Map.of("en", 1.0),
        Map.of(), null, null, 0, 0, 120);
    ArrivalSchedule s = ArrivalSchedule.of(ny, MARCH);
    assertEquals(15, utcHourOfPeak(s, LocalDate.of(2027, 3, 12)), "EST: 10:00 local = 15:00 UTC");
    assertEquals(14, utcHourOfPeak(s, LocalDate.of(2027, 3, 16)), "EDT: 10:00 local = 14:00 UTC");
  }

  @Test
  void springForwardDayIsAnHourShortAndKeepsItsSlotRates() {
    double[] hours = new double[24];
    java.util.Arrays.fill(hours, 1);
    double[] days = {1, 1, 1, 1, 1, 1, 1};
    Region ny = new Region("ny", ZoneId.of("America/New_York"), 7 * 2400, days, hours, Map.of("en", 1.0),
        Map.of(), null, null, 0, 0, 120);
    ArrivalSchedule s = ArrivalSchedule.of(ny, MARCH);
    long zero = MARCH.epochSecondAtZero();
    // 2400 chats per local day at 100 per local hour; the local day of 14 March has 23 hours.
    double from = java.time.ZonedDateTime.of(LocalDate.of(2027, 3, 14), LocalTime.MIDNIGHT, ny.zone()).toEpochSecond() - zero;
    double to = java.time.ZonedDateTime.of(LocalDate.of(2027, 3, 15), LocalTime.MIDNIGHT, ny.zone()).toEpochSecond() - zero;
    assertEquals(23 * 3600, to - from, 0);
    assertEquals(2300, s.expectedArrivals(from, to), 1e-6);
  }

  /**
   * On a change day every profile slot, at every slot length, gets its weight once per time its
   * local clock time occurs: none in the spring gap, twice in the autumn overlap, once elsewhere.
   * New York: 02:00-03:00 skipped on 14 March 2027, 01:00-02:00 repeated on 7 November 2027.
   */
  @Test
  void everySlotLengthSkipsTheSpringGapAndRepeatsTheAutumnOverlap() {
    ZoneId zone = ZoneId.of("America/New_York");
    record Change(LocalDate day, int fromMinute, int toMinute, int times) {}
    for (Change c : List.of(new Change(LocalDate.of(2027, 3, 14), 120, 180, 0),
        new Change(LocalDate.of(2027, 11, 7), 60, 120, 2))) {
      Calendar cal = new Calendar(c.day().minusDays(2), 5, 0, 1800);
      long zero = cal.epochSecondAtZero();
      for (int slots : new int[] {24, 48, 96}) {
        int minutes = 1440 / slots;
        for (int j = 0; j < slots; j++) {
          double[] hours = new double[slots];
          java.util.Arrays.fill(hours, 1e-9);
          hours[j] = 1;
          Region r = new Region("ny", zone, 7000, new double[] {1, 1, 1, 1, 1, 1, 1}, hours, Map.of("en", 1.0),
              Map.of(), null, null, 0, 0, 120);
          ArrivalSchedule s = ArrivalSchedule.of(r, cal);
          double from = c.day().atStartOfDay(zone).toEpochSecond() - zero;
          double to = c.day().plusDays(1).atStartOfDay(zone).toEpochSecond() - zero;
          boolean changed = j * minutes >= c.fromMinute() && (j + 1) * minutes <= c.toMinute();
          double expected = 1000 * (changed ? c.times() : 1);
          assertEquals(expected, s.expectedArrivals(from, to), 1e-3,
              c.day() + ", " + slots + " slots, slot " + j + " (" + j * minutes + " min)");
        }
      }
    }
  }

  @Test
  void siteShiftsCoverTheRightUtcHours() {
    Shift morning = new Shift(LocalTime.of(8, 0), 9 * 3600, EnumSet.allOf(DayOfWeek.class), 5);
    Site berlin = new Site("berlin", ZoneId.of("Europe/Berlin"), 20, 0, 0, 0, 2, Skills.all(), List.of(morning), 0);
    Site manila = new Site("manila", ZoneId.of("Asia/Manila"), 8, 0, 0, 0, 2, Skills.all(), List.of(morning), 0);
    ShiftSchedule b = ShiftSchedule.of(berlin, MARCH);
    ShiftSchedule m = ShiftSchedule.of(manila, MARCH);
    long zero = MARCH.epochSecondAtZero();
    // Berlin: CET (UTC+1) before 28 March, CEST (UTC+2) after.
    assertEquals(5, b.scheduledAt(utc(zero, 2027, 3, 24, 7, 30)));
    assertEquals(0, b.scheduledAt(utc(zero, 2027, 3, 24, 6, 30)));
    assertEquals(5, b.scheduledAt(utc(zero, 2027, 3, 29, 6, 30)));
    assertEquals(0, b.scheduledAt(utc(zero, 2027, 3, 29, 15, 30)));
    // Manila: UTC+8 all year, 08:00-17:00 local = 00:00-09:00 UTC.
    assertEquals(5, m.scheduledAt(utc(zero, 2027, 3, 12, 0, 30)));
    assertEquals(0, m.scheduledAt(utc(zero, 2027, 3, 12, 9, 30)));
    assertEquals(0, m.scheduledAt(utc(zero, 2027, 3, 11, 23, 30)));
  }

  @Test
  void nightPremiumHoursAreLocal() {
    Shift night = new Shift(LocalTime.of(20, 0), 10 * 3600, EnumSet.allOf(DayOfWeek.class), 1);
    Site manila = new Site("manila", ZoneId.of("Asia/Manila"), 8, 0.2, 0, 0, 2, Skills.all(), List.of(night), 0);
    ShiftSchedule m = ShiftSchedule.of(manila, new Calendar(LocalDate.of(2027, 3, 10), 7, 0, 1800));
    double paid = 0;
    double nights = 0;
    for (int i = 0; i < 7 * 48; i++) {
      paid += m.paidInInterval(i);
      nights += m.nightInInterval(i);
    }
    // 20:00-06:00 local: 8 of every 10 hours are night hours (22:00-06:00), clipped at the window.
    assertTrue(paid > 0);
    assertEquals(0.8, nights / paid, 0.05);
  }

  private static double utc(long zero, int y, int mo, int d, int h, int mi) {
    return java.time.LocalDateTime.of(y, mo, d, h, mi).toEpochSecond(ZoneOffset.UTC) - zero;
  }

  /**
   * Night seconds with the offset looked up per transition equal, to the second, the definition:
   * a {@code ZonedDateTime} at every 5-minute step's midpoint. Random spans (on and off the grid,
   * shorter and longer than a step) across DST changes, in zones with half-hour and 45-minute
   * offsets and Lord Howe's half-hour DST.
   */
  @Test
  void nightSecondsMatchTheLocalClockAtEveryStep() {
    long zero = java.time.ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
    for (String z : List.of("America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu",
        "Asia/Kolkata", "UTC", "America/Santiago")) {
      ZoneId zone = ZoneId.of(z);
      for (int k = 0; k < 200; k++) {
        double from = k % 2 == 0 ? 300 * rnd.nextInt(0, 20_000) : rnd.nextDouble(0, 6e6);
        double to = from + (k % 5 == 0 ? rnd.nextDouble(0, 600) : rnd.nextDouble(0, 3e6));
        assertEquals(nightSecondsByClock(zone, zero, from, to), ShiftSchedule.nightSeconds(zone, zero, from, to),
            0.0, z + " [" + from + ", " + to + ")");
      }
    }
  }

  private static double nightSecondsByClock(ZoneId zone, long zero, double from, double to) {
    double night = 0;
    for (double t = from; t < to; t += 300) {
      double step = Math.min(300, to - t);
      int hour = java.time.ZonedDateTime.ofInstant(Instant.ofEpochSecond(zero + (long) (t + step / 2)), zone).getHour();
      if (hour >= 22 || hour < 6) {
        night += step;
      }
    }
    return night;
  }
}
