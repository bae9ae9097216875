package org.chatplan.engine.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.junit.jupiter.api.Test;

/**
 * Shift instances, paid and night seconds per interval, by hand. UTC sites, so local time is
 * simulation time from Monday 1 March 2027 00:00; night is 22:00-06:00.
 */
class ShiftScheduleTest {
  private static final double H = 3600;

  private static Site utc(List<Shift> shifts) {
    return new Site("s", ZoneId.of("UTC"), 10, 0, 0, 0, 1, Skills.all(), shifts, 0);
  }

  private static Shift shift(int hour, int minute, double hours, EnumSet<DayOfWeek> days, int agents) {
    return new Shift(LocalTime.of(hour, minute), hours * H, days, agents);
  }

  /** An around-the-clock site is one instance over the whole run, warm-up included. */
  @Test
  void aroundTheClockIsOneInstanceOverTheRun() {
    Calendar cal = new Calendar(Scripted.MONDAY, 1, 1800, H); // window 00:30 Mon to 00:30 Tue
    ShiftSchedule s = ShiftSchedule.of(Site.aroundTheClock("t", 3, 1, 10), cal);
    assertTrue(s.aroundTheClock());
    assertEquals(List.of(new ShiftSchedule.Instance(0, 88200, 3)), s.instances());
    assertEquals(3, s.scheduledAt(0));
    assertEquals(0, s.scheduledAt(88200), "the end is excluded");
    // interval i is [00:30 + i h, 01:30 + i h): 0 is all night, 5 half (05:30-06:00),
    // 6 none, 21 half (22:00-22:30), 23 all (23:30-00:30)
    double[] share = {1, 1, 1, 1, 1, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 1, 1};
    for (int i = 0; i < 24; i++) {
      assertEquals(3 * H, s.paidInInterval(i), 1e-9, "paid in " + i);
      assertEquals(share[i], s.nightShare(i), 1e-12, "night share of " + i);
      assertEquals(3 * H * share[i], s.nightInInterval(i), 1e-9, "night paid in " + i);
    }
  }

  /**
   * Monday and Tuesday. A Sunday 22:00 shift of 5.5 h runs into the window (clipped at 0, ends
   * 03:30 Monday); weekday 08:00-17:00 shifts fall on both days, the Wednesday one is past the
   * horizon; a Tuesday 20:00 shift of 8 h is cut at the horizon; a shift of 0 agents is none, and
   * so are one ending exactly at the start (Sunday 22:00-24:00) and one starting exactly at the
   * horizon (Wednesday 00:00).
   */
  @Test
  void shiftsAreClippedToTheRunSortedAndSkippedOffTheirDays() {
    EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    // listed out of time order: within a day, instances come in list order until sorted
    Site site = utc(List.of(shift(20, 0, 8, EnumSet.of(DayOfWeek.TUESDAY), 1), shift(8, 0, 9, weekdays, 4),
        shift(22, 0, 5.5, EnumSet.of(DayOfWeek.SUNDAY), 2), shift(12, 0, 1, weekdays, 0),
        shift(22, 0, 2, EnumSet.of(DayOfWeek.SUNDAY), 5), shift(0, 0, 1, EnumSet.of(DayOfWeek.WEDNESDAY), 6)));
    ShiftSchedule s = ShiftSchedule.of(site, new Calendar(Scripted.MONDAY, 2, 0, H));
    assertFalse(s.aroundTheClock());
    assertEquals(List.of(new ShiftSchedule.Instance(0, 3.5 * H, 2), new ShiftSchedule.Instance(8 * H, 17 * H, 4),
        new ShiftSchedule.Instance(32 * H, 41 * H, 4), new ShiftSchedule.Instance(44 * H, 48 * H, 1)), s.instances());
    assertEquals(2, s.scheduledAt(3.5 * H - 1));
    assertEquals(0, s.scheduledAt(3.5 * H));
    assertEquals(4, s.scheduledAt(8 * H));
    assertEquals(0, s.scheduledAt(17 * H));
    assertEquals(1, s.scheduledAt(47 * H));
    // paid: 2 x 3.5 h + 4 x 9 h x 2 + 1 x 4 h
    assertEquals((7 + 72 + 4) * H, s.paidSeconds(0, 48 * H), 1e-6);
    assertEquals(2 * 0.5 * H + 4 * 1 * H, s.paidSeconds(3 * H, 9 * H), 1e-6, "a window across two instances");
    assertEquals(0, s.paidSeconds(20 * H, 30 * H), 0);
    // 03:00-04:00 Monday: half an interval of 2 agents, all of it night
    assertEquals(2 * 0.5 * H, s.paidInInterval(3), 1e-9);
    assertEquals(2 * 0.5 * H, s.nightInInterval(3), 1e-9);
    assertEquals(2 * H, s.nightInInterval(2), 1e-9);
    assertEquals(4 * H, s.paidInInterval(8), 1e-9);
    assertEquals(0, s.nightInInterval(8), 0);
    assertEquals(0, s.paidInInterval(17), 0);
    // Tuesday 20:00-24:00: 2 day hours, then 2 night hours
    assertEquals(H, s.paidInInterval(45), 1e-9);
    assertEquals(0, s.nightInInterval(45), 0);
    assertEquals(H, s.nightInInterval(46), 1e-9);
    assertEquals(H, s.nightInInterval(47), 1e-9);
  }

  /**
   * A shift starting and ending inside intervals pays only its own part of each, and its night
   * part is its own, not the whole interval's: 22:15-23:45 Monday, 3 agents, 45 min in each.
   */
  @Test
  void partlyCoveredIntervalsCountOnlyTheCoveredPart() {
    Site site = utc(List.of(shift(22, 15, 1.5, EnumSet.of(DayOfWeek.MONDAY), 3)));
    ShiftSchedule s = ShiftSchedule.of(site, new Calendar(Scripted.MONDAY, 1, 0, H));
    for (int i : new int[] {22, 23}) {
      assertEquals(3 * 2700, s.paidInInterval(i), 1e-9);
      assertEquals(3 * 2700, s.nightInInterval(i), 1e-9);
      assertEquals(1, s.nightShare(i), 0, "the interval's own share does not depend on the shift");
    }
    assertEquals(0, s.paidInInterval(21), 0);
  }

  /**
   * A plan of 2, 1, 1, 3, then 0 until a last interval of 1 (warm-up of 30 min): layer 1 runs
   * from 0 (covering the warm-up) to the end of interval 3 and again over interval 23; layer 2
   * over intervals 0 and 3; layer 3 over interval 3.
   */
  @Test
  void aPlanStacksLayersSoOnlyTheNetChangeStartsOrEndsShifts() {
    Calendar cal = new Calendar(Scripted.MONDAY, 1, 1800, H);
    int[] plan = new int[24];
    plan[0] = 2;
    plan[1] = 1;
    plan[2] = 1;
    plan[3] = 3;
    plan[23] = 1;
    ShiftSchedule s = ShiftSchedule.ofPlan(utc(List.of()), cal, plan);
    assertTrue(s.aroundTheClock(), "a plan has no shrinkage");
    double w = 1800;
    assertEquals(List.of(new ShiftSchedule.Instance(0, w + 4 * H, 1), new ShiftSchedule.Instance(0, w + H, 1),
        new ShiftSchedule.Instance(w + 3 * H, w + 4 * H, 1), new ShiftSchedule.Instance(w + 3 * H, w + 4 * H, 1),
        new ShiftSchedule.Instance(w + 23 * H, w + 24 * H, 1)), s.instances());
    assertEquals(2, s.scheduledAt(0), "the warm-up has interval 0's figure");
    for (int i = 0; i < 24; i++) {
      assertEquals(plan[i] * H, s.paidInInterval(i), 1e-9, "paid in " + i);
    }
    assertEquals(2 * w, s.paidSeconds(0, w));
    assertThrows(IllegalArgumentException.class, () -> ShiftSchedule.ofPlan(utc(List.of()), cal, new int[23]));
    int[] negative = new int[24];
    negative[5] = -1;
    assertThrows(IllegalArgumentException.class, () -> ShiftSchedule.ofPlan(utc(List.of()), cal, negative));
  }

  /** Night steps are judged at their midpoint: a step centred on 22:00 or 06:00 counts as 22 or 6. */
  @Test
  void nightSecondsJudgeEachStepAtItsMidpoint() {
    ZoneId utc = ZoneId.of("UTC");
    long zero = Scripted.MONDAY.atStartOfDay(utc).toEpochSecond();
    assertEquals(H, ShiftSchedule.nightSeconds(utc, zero, 21 * H, 23 * H), 0);
    assertEquals(H, ShiftSchedule.nightSeconds(utc, zero, 5 * H, 7 * H), 0);
    assertEquals(300, ShiftSchedule.nightSeconds(utc, zero, 22 * H - 150, 22 * H + 150), 0, "midpoint 22:00");
    assertEquals(0, ShiftSchedule.nightSeconds(utc, zero, 6 * H - 150, 6 * H + 150), 0, "midpoint 06:00");
    assertEquals(100, ShiftSchedule.nightSeconds(utc, zero, 3 * H, 3 * H + 100), 0, "a short last step");
  }
}
