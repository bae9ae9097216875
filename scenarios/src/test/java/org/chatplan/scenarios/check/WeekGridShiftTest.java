package org.chatplan.scenarios.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.junit.jupiter.api.Test;

/**
 * The coverage warnings count agents on shift as the simulator puts them there: from the shift's
 * local start on its day, for its length in elapsed time, across daylight-saving changes too.
 */
class WeekGridShiftTest {
  private static Site newYork(String start) {
    Shift shift = new Shift(LocalTime.parse(start), 8 * 3600, EnumSet.allOf(DayOfWeek.class), 10);
    return new Site("ny", ZoneId.of("America/New_York"), 20, 0, 0, 0, 1, Skills.all(), List.of(shift), 0);
  }

  /** 7 November 2027, clocks go back at 02:00: a shift from 01:30 (EDT, 05:30 UTC) ends 8 h later, 13:30 UTC. */
  @Test
  void fallBackDay() {
    Site site = newYork("01:30");
    assertEquals(0, WeekGrid.onShift(site, Instant.parse("2027-11-07T05:15:00Z")));
    assertEquals(10, WeekGrid.onShift(site, Instant.parse("2027-11-07T05:45:00Z")));
    assertEquals(10, WeekGrid.onShift(site, Instant.parse("2027-11-07T13:15:00Z")));
    assertEquals(0, WeekGrid.onShift(site, Instant.parse("2027-11-07T13:45:00Z")));
  }

  /** 14 March 2027, clocks go forward at 02:00: a shift "from 02:30" starts at 03:30 EDT, 07:30 UTC. */
  @Test
  void springForwardDay() {
    Site site = newYork("02:30");
    assertEquals(0, WeekGrid.onShift(site, Instant.parse("2027-03-14T07:15:00Z")));
    assertEquals(10, WeekGrid.onShift(site, Instant.parse("2027-03-14T07:45:00Z")));
    assertEquals(10, WeekGrid.onShift(site, Instant.parse("2027-03-14T15:15:00Z")));
    assertEquals(0, WeekGrid.onShift(site, Instant.parse("2027-03-14T15:45:00Z")));
  }
}
