package org.chatplan.scenarios.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangesTest {

  private static boolean[] flags(String pattern) {
    boolean[] f = new boolean[pattern.length()];
    for (int i = 0; i < f.length; i++) {
      f[i] = pattern.charAt(i) == '#';
    }
    return f;
  }

  @Test void findsRunsAndJoinsTheOneThatWrapsAround() {
    assertEquals(List.of(new Ranges.Run(2, 2), new Ranges.Run(7, 4)), Ranges.of(flags("#.##...###")));
    assertEquals(List.of(), Ranges.of(flags("....")));
    assertEquals(List.of(new Ranges.Run(0, 4)), Ranges.of(flags("####")));
    assertEquals(List.of(new Ranges.Run(1, 1)), Ranges.of(flags(".#..")));
  }
}
