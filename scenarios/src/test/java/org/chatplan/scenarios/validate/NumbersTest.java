package org.chatplan.scenarios.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers in messages read as a person wrote them. */
class NumbersTest {

  @Test
  void writtenDigitsAreKept() {
    assertEquals("12", Numbers.format(12));
    assertEquals("0.35", Numbers.format(0.35));
    assertEquals("1234.5678", Numbers.format(1234.5678));
    assertEquals("0.000123", Numbers.format(0.000123));
    assertEquals("1.0E308", Numbers.format(1e308));
    assertEquals("-2.5", Numbers.format(-2.5));
    // values just past a limit must not be shown as the limit itself
    assertEquals("100.0000000001", Numbers.format(100.0000000001));
    assertEquals("10.0000000000001", Numbers.format(10.0000000000001));
    assertEquals("1234567890123.5", Numbers.format(1234567890123.5));
  }

  /** A fraction shown as a percent is shifted in decimal: no binary noise from x 100. */
  @Test
  void hundredfoldShiftsTheDecimalPoint() {
    assertEquals("29", Numbers.hundredfold(0.29));
    assertEquals("0.9", Numbers.hundredfold(0.9 / 100));
    assertEquals("90", Numbers.hundredfold(0.9));
    assertEquals("35", Numbers.hundredfold(0.35));
    assertEquals("0.0000001", Numbers.hundredfold(1e-9));
    assertEquals("100.0000000001", Numbers.hundredfold(1.000000000001));
  }
}
