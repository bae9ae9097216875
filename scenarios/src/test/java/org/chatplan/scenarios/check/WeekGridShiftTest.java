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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coverage warnings count agents on shift as the simulator puts them there: from the shift's
 * local start on its day, for its length in elapsed time, across daylight-saving changes too.
 * 7 November 2027, clocks go back at 02:00: an 8-hour shift from 01:30 (EDT, 05:30 UTC) ends at
 * 13:30 UTC. 14 March 2027, clocks go forward at 02:00: a shift "from 02:30" starts at 03:30 EDT,
 * 07:30 UTC, and ends at 15:30 UTC.
 */
class WeekGridShiftTest {

  @ParameterizedTest(name = "shift from {0}, at {1}: {2} on")
  @CsvSource({
      "01:30, 2027-11-07T05:15:00Z, 0", "01:30, 2027-11-07T05:45:00Z, 10",
      "01:30, 2027-11-07T13:15:00Z, 10", "01:30, 2027-11-07T13:45:00Z, 0",
      "02:30, 2027-03-14T07:15:00Z, 0", "02:30, 2027-03-14T07:45:00Z, 10",
      "02:30, 2027-03-14T15:15:00Z, 10", "02:30, 2027-03-14T15:45:00Z, 0"})
  void newYorkShiftsOnDaylightSavingDays(String start, String at, int agents) {
    Shift shift = new Shift(LocalTime.parse(start), 8 * 3600, EnumSet.allOf(DayOfWeek.class), 10);
    Site site = new Site("ny", ZoneId.of("America/New_York"), 20, 0, 0, 0, 1, Skills.all(), List.of(shift), 0);
    assertEquals(agents, WeekGrid.onShift(site, Instant.parse(at)));
  }
}
