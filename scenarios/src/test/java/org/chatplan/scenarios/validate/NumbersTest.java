package org.chatplan.scenarios.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers in messages read as a person wrote them. */
class NumbersTest {

  @Test
  void arithmeticNoiseIsNotShown() {
    assertEquals("29", Numbers.format(0.29 * 100));
    assertEquals("0.9", Numbers.format(0.9 / 100 * 100));
    assertEquals("90", Numbers.format(0.9 * 100));
    assertEquals("0.35", Numbers.format(0.35));
  }

  @Test
  void writtenDigitsAreKept() {
    assertEquals("12", Numbers.format(12));
    assertEquals("1234.5678", Numbers.format(1234.5678));
    assertEquals("0.000123", Numbers.format(0.000123));
    assertEquals("1.0E308", Numbers.format(1e308));
    assertEquals("-2.5", Numbers.format(-2.5));
  }
}
