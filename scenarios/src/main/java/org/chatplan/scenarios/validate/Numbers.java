package org.chatplan.scenarios.validate;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats numbers for messages as they were written, without floating-point noise: 12, 0.35, 1.0E308. */
public final class Numbers {
  private Numbers() {}

  public static String format(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    if (Math.abs(v) >= 1e15 || Math.abs(v) < 1e-6) {
      return String.valueOf(v);
    }
    BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
    return d.toPlainString();
  }

  /**
   * 100 x v for a share shown as a percent, shifted in decimal rather than multiplied in binary
   * (0.29 gives "29", not 28.999999999999996) and to 15 significant digits, so that a percent the
   * file gave and the reader divided by 100 (0.9 read as 0.009000000000000001) comes back as written.
   */
  public static String hundredfold(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v * 100);
    }
    return new BigDecimal(Double.toString(v)).round(new MathContext(15)).movePointRight(2).stripTrailingZeros()
        .toPlainString();
  }

  /** A share as a percentage with one decimal, or two below 0.1%: "12.0%", "0.04%". */
  public static String percent(double fraction) {
    double p = fraction * 100;
    if (p > 0 && p < 0.005) {
      return "under 0.01%"; // not "0.00%": something is there
    }
    return (p > 0 && p < 0.1 ? String.format(java.util.Locale.ROOT, "%.2f", p)
        : String.format(java.util.Locale.ROOT, "%.1f", p)) + "%";
  }
}
