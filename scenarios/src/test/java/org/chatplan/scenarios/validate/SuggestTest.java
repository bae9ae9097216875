package org.chatplan.scenarios.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {

  @Test void closestKeyWithinAThirdOfItsLength() {
    List<String> keys = List.of("name", "share", "handleTime", "botResolves");
    assertEquals("handleTime", Suggest.closest("handleTim", keys));
    assertEquals("handleTime", Suggest.closest("hnadleTime", keys)); // adjacent swap counts once
    assertEquals("handleTime", Suggest.closest("HANDLETIME", keys));
    assertEquals("botResolves", Suggest.closest("botresolve", keys));
    assertNull(Suggest.closest("colour", keys));
    assertNull(Suggest.closest("", keys));
  }

  @Test void durationsParseAndFormat() {
    assertEquals(90.0, Durations.parse("90s").seconds());
    assertEquals(480.0, Durations.parse("8m").seconds());
    assertEquals(5400.0, Durations.parse("1.5h").seconds());
    assertEquals(172800.0, Durations.parse("2d").seconds());
    assertEquals(480.0, Durations.parse(" 8 m ").seconds());
    assertEquals("8 has no unit; write 8m (minutes), or 8s (seconds) or 8h (hours)", Durations.parse("8").error());
    // The unit such a field is usually written in comes first: 8 hours, not 8 minutes, for a shift.
    assertEquals("8 has no unit; write 8h (hours), or 8s (seconds) or 8m (minutes)",
        Durations.parse("8", "agents.sites[0].shifts[0].length").error());
    assertEquals("60 has no unit; write 60s (seconds), or 60m (minutes) or 60h (hours)",
        Durations.noUnit("60", "targets.serviceLevel.within"));
    assertEquals("90s", Durations.format(90));
    assertEquals("8m", Durations.format(480));
    assertEquals("1.5h", Durations.format(5400));
    assertEquals("2d", Durations.format(172800));
  }
}
