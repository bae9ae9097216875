package org.chatplan.engine.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangBTest {

  @Test
  void textbookValues() {
    // B(10, 5) = 0.01838: the figure printed in Erlang B tables for 10 trunks at 5 E (1.84%);
    // the full digits were recomputed independently with mpmath at 40 digits (docs/erlang.md).
    assertEquals(0.0183845703366481, ErlangB.blocking(10, 5), 1e-14);
    // B(100, 80) = 0.0039920: recomputed with mpmath (40 digits) from the same recursion, and
    // consistent with Erlang B tables where 100 trunks carry about 80 E at 0.4% blocking.
    assertEquals(0.00399202860455320, ErlangB.blocking(100, 80), 1e-15);
  }

  @Test
  void matchesPublishedOnePercentTable() {
    // Standard Erlang B traffic table, 1% blocking column (the table printed in teletraffic texts
    // and WFM calculators): load in Erlangs that n trunks carry at B = 0.01, given to 4 significant
    // digits, so B at the printed load is 0.01 within the rounding (checked with mpmath).
    double[][] table = {{1, 0.0101}, {5, 1.361}, {10, 4.461}, {20, 12.03}, {50, 37.90}, {100, 84.06}};
    for (double[] row : table) {
      assertEquals(0.01, ErlangB.blocking((int) row[0], row[1]), 1e-5, "n=" + row[0]);
    }
  }

  @Test
  void smallCasesInClosedForm() {
    assertEquals(1.0, ErlangB.blocking(0, 3.0));
    assertEquals(0.0, ErlangB.blocking(4, 0.0));
    assertEquals(2.0 / 3.0, ErlangB.blocking(1, 2.0), 1e-15); // a / (1 + a)
    // B(2, a) = (a^2 / 2) / (1 + a + a^2 / 2); a = 3 gives 4.5 / 8.5
    assertEquals(4.5 / 8.5, ErlangB.blocking(2, 3.0), 1e-15);
  }

  @Test
  void largeSystemsDoNotOverflow() {
    // a^n / n! overflows a double beyond n ~ 170; the recursion does not.
    // References recomputed with mpmath (60 digits).
    assertEquals(0.0022157679024972, ErlangB.blocking(5000, 4900), 1e-13);
    assertEquals(0.0111993582785055, ErlangB.blocking(5000, 5000), 1e-13);
    double b = ErlangB.blocking(5000, 6000);
    assertTrue(b > 0 && b < 1);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> ErlangB.blocking(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> ErlangB.blocking(3, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> ErlangB.blocking(3, -0.5));
  }
}
