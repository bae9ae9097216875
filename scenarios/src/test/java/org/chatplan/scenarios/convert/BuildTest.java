package org.chatplan.scenarios.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.chatplan.engine.model.Calendar;
import org.chatplan.scenarios.Problem;
import org.chatplan.scenarios.load.Locations;
import org.chatplan.scenarios.load.Problems;
import org.junit.jupiter.api.Test;

/** An engine record that rejects its arguments becomes a problem at the path being read. */
class BuildTest {

  @Test void engineRejectionBecomesAProblem() {
    Problems p = new Problems("my.yaml", new Locations());
    Calendar c = Build.attempt(p, "calendar", () -> new Calendar(LocalDate.of(2027, 3, 1), 1, 0, 7));
    assertNull(c);
    Problem problem = p.all().get(0);
    assertEquals("calendar", problem.path());
    assertEquals("my.yaml: error: calendar: rejected by the engine model: calendar.interval must divide a day, got 7.0s",
        problem.format());
  }
}
