package org.chatplan.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sweep specs: comma lists and ranges {@code from..to[:step]}, see {@link ScenarioOverrides#expandValues}. */
final class ValueRanges {
  private ValueRanges() {}

  /** Most values one spec may expand to. */
  static final int MAX_VALUES = 1000;

  private static final String NUM = "(-?[0-9]*\\.?[0-9]+)";
  private static final Pattern RANGE = Pattern.compile(
      "(x?)" + NUM + "([smhd]?)\\s*\\.\\.\\s*(x?)" + NUM + "([smhd]?)(?:\\s*:\\s*" + NUM + "([smhd]?))?");

  static List<String> expand(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("empty value list; write e.g. 1..5, x0.8..x1.2 or true,false");
    }
    String s = spec.strip();
    if (s.startsWith("[") || s.startsWith("{")) {
      return List.of(s);
    }
    List<String> out = new ArrayList<>();
    for (String part : s.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty entry in \"" + s + "\"");
      }
      if (p.contains("..")) {
        range(p, out);
      } else {
        out.add(p);
      }
      if (out.size() > MAX_VALUES) {
        throw new IllegalArgumentException("\"" + s + "\" gives more than " + MAX_VALUES + " values");
      }
    }
    return List.copyOf(out);
  }

  private static void range(String p, List<String> out) {
    Matcher m = RANGE.matcher(p);
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + p + "\" is not a range; write FROM..TO or FROM..TO:STEP, "
          + "e.g. 10..30:5, x0.8..x1.4, 5m..8m");
    }
    String prefix = m.group(1);
    String unit = m.group(3);
    if (!prefix.equals(m.group(4)) || !unit.equals(m.group(6))) {
      throw new IllegalArgumentException("\"" + p + "\": both ends need the same form (both with x, or the same unit)");
    }
    if (m.group(7) != null && !m.group(8).isEmpty() && !m.group(8).equals(unit)) {
      throw new IllegalArgumentException("\"" + p + "\": the step's unit must be " + (unit.isEmpty() ? "none" : unit));
    }
    BigDecimal from = new BigDecimal(m.group(2));
    BigDecimal to = new BigDecimal(m.group(5));
    BigDecimal step = m.group(7) != null ? new BigDecimal(m.group(7))
        : prefix.equals("x") ? new BigDecimal("0.1")
        : BigDecimal.ONE.movePointLeft(Math.max(0, Math.max(from.scale(), to.scale())));
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("\"" + p + "\": the step must be greater than 0");
    }
    int scale = Math.max(0, Math.max(step.scale(), Math.max(from.scale(), to.scale())));
    BigDecimal signed = from.compareTo(to) <= 0 ? step : step.negate();
    BigDecimal span = to.subtract(from).abs();
    if (span.divide(step, 0, java.math.RoundingMode.FLOOR).compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
      throw new IllegalArgumentException("\"" + p + "\" gives more than " + MAX_VALUES + " values; use a larger step");
    }
    for (BigDecimal v = from; v.subtract(from).abs().compareTo(span) <= 0; v = v.add(signed)) {
      out.add(prefix + v.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString() + unit);
    }
  }
}
