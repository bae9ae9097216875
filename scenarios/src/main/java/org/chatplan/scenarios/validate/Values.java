package org.chatplan.scenarios.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.chatplan.scenarios.load.Describe;
import org.chatplan.scenarios.load.Problems;

/**
 * Readers for scalar values. Each takes a present, non-null node, reports what is wrong at
 * {@code path} and returns null on error, so that reading goes on and every problem is found.
 */
public final class Values {
  private Values() {}

  /** A finite number. */
  public static Double number(Problems p, String path, JsonNode n) {
    return number(p, path, n, false);
  }

  /** A finite number; {@code percentField}: the field is a percent (so "45%" means 45). */
  private static Double number(Problems p, String path, JsonNode n, boolean percentField) {
    if (n.isNumber()) {
      double v = n.doubleValue();
      if (!Double.isFinite(v)) {
        p.error(path, n.asText() + " is too large; write a finite number");
        return null;
      }
      return v;
    }
    if (n.isTextual()) {
      String t = n.asText().strip();
      if (t.endsWith("%")) {
        String digits = t.substring(0, t.length() - 1).strip();
        p.error(path, Describe.value(n) + " is not a number; " + (percentField
            ? "write " + digits + " (a percent is written without the % sign)"
            : "this field is not a percent: write the number itself, or in --set scale the current value with x"
                + (isNumeric(digits) ? Numbers.format(Double.parseDouble(digits) / 100) : "F")));
        return null;
      }
      if (t.startsWith("*") && isNumeric(t.substring(1).strip())) {
        p.error(path, Describe.value(n) + " is not a number; to scale the current value in --set, write x"
            + t.substring(1).strip());
        return null;
      }
      String plain = t.replace(",", "").replace("_", "").replaceAll("^[$€£¥]\\s*", "");
      if (!plain.equals(t) && isNumeric(plain)) {
        p.error(path, Describe.value(n) + " is not a number; write " + plain
            + " (no thousands separators or currency signs)");
        return null;
      }
      if (Durations.SHAPE.matcher(t).matches() && !t.isEmpty() && Character.isLetter(t.charAt(t.length() - 1))) {
        p.error(path, Describe.value(n) + " is not a number; this field takes a plain number without a unit");
        return null;
      }
      if (isNumeric(t)) {
        p.error(path, Describe.value(n) + " is text, not a number; write it without quotes");
        return null;
      }
    }
    p.error(path, "expected a number, got " + Describe.node(n));
    return null;
  }

  /** A number in [min, max], or (min, max] when {@code minExclusive}. */
  public static Double bounded(Problems p, String path, JsonNode n, double min, boolean minExclusive,
      double max, String what) {
    Double v = number(p, path, n);
    return v == null ? null : check(p, path, v, min, minExclusive, max, what);
  }

  /** Range check with messages naming the value and the range. */
  public static Double check(Problems p, String path, double v, double min, boolean minExclusive,
      double max, String what) {
    if (minExclusive ? !(v > min) : !(v >= min)) {
      p.error(path, Numbers.format(v) + " is too small; " + what + " must be "
          + (minExclusive ? "greater than " : "at least ") + Numbers.format(min));
      return null;
    }
    if (v > max) {
      p.error(path, Numbers.format(v) + " is too large; " + what + " must be at most " + Numbers.format(max));
      return null;
    }
    return v;
  }

  /** A whole number in [min, max]. */
  public static Long integer(Problems p, String path, JsonNode n, long min, long max, String what) {
    if (n.isIntegralNumber() && !n.canConvertToLong()) {
      // beyond 64 bits: a double would round it (and a cast clamp it) without a word
      boolean small = n.bigIntegerValue().signum() < 0;
      p.error(path, n.asText() + " is too " + (small ? "small" : "large") + "; " + what + " must be at "
          + (small ? "least " + min : "most " + max));
      return null;
    }
    if (n.isIntegralNumber() && (n.longValue() < min || n.longValue() > max)) {
      boolean small = n.longValue() < min;
      p.error(path, n.asText() + " is too " + (small ? "small" : "large") + "; " + what + " must be at "
          + (small ? "least " + min : "most " + max));
      return null;
    }
    Double v = number(p, path, n);
    if (v == null) {
      return null;
    }
    if (v != Math.rint(v)) {
      p.error(path, Numbers.format(v) + " is not a whole number; " + what + " counts whole units, e.g. "
          + Numbers.format(Math.max(min, Math.round(v))));
      return null;
    }
    if (check(p, path, v, min, false, max, what) == null) {
      return null;
    }
    return n.isIntegralNumber() && n.canConvertToLong() ? n.longValue() : (long) (double) v;
  }

  /** A percent from 0 to 100, returned as a fraction from 0 to 1. */
  public static Double percent(Problems p, String path, JsonNode n) {
    Double v = number(p, path, n, true);
    if (v == null) {
      return null;
    }
    if (v < 0 || v > 100) {
      p.error(path, Numbers.format(v) + " is outside 0..100; a percent is a number from 0 to 100, e.g. 45");
      return null;
    }
    return v / 100;
  }

  /**
   * The words for a percent written as a fraction (0.8 for 80): what it is read as, and what was
   * probably meant. Shared by the scenario file and the erlang command.
   */
  public static String fractionForPercent(String written, double value) {
    return written + " is read as " + written + "%; a percent is written from 0 to 100: did you mean "
        + Numbers.hundredfold(value) + "?";
  }

  /** A duration with a unit, in seconds (>= 0). */
  public static Double duration(Problems p, String path, JsonNode n) {
    if (n.isNumber() && !Double.isFinite(n.doubleValue())) {
      p.error(path, "expected a duration such as \"90s\", \"8m\" or \"1.5h\", got a number too large to use");
      return null;
    }
    if (n.isNumber()) {
      p.error(path, Durations.noUnit(n.asText(), path));
      return null;
    }
    if (!n.isTextual()) {
      p.error(path, "expected a duration such as \"90s\", \"8m\" or \"1.5h\", got " + Describe.node(n));
      return null;
    }
    Durations.Parsed d = Durations.parse(n.asText(), path);
    if (!d.ok()) {
      p.error(path, d.error());
      return null;
    }
    return d.seconds();
  }

  /** A duration in (0, maxSeconds]. */
  public static Double positiveDuration(Problems p, String path, JsonNode n, double maxSeconds, String what) {
    Double s = duration(p, path, n);
    if (s == null) {
      return null;
    }
    if (s <= 0) {
      p.error(path, n.asText() + " is zero; " + what + " must be longer than 0");
      return null;
    }
    if (s > maxSeconds) {
      p.error(path, n.asText() + " is too long; " + what + " must be at most " + Durations.format(maxSeconds));
      return null;
    }
    return s;
  }

  /** true or false. */
  public static Boolean bool(Problems p, String path, JsonNode n) {
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    p.error(path, "expected true or false, got " + Describe.node(n));
    return null;
  }

  /** Free text (a scalar; numbers are taken as written). */
  public static String text(Problems p, String path, JsonNode n) {
    if (n.isValueNode()) {
      return n.asText();
    }
    p.error(path, "expected text, got " + Describe.node(n));
    return null;
  }

  /** A non-blank name: topic, region, site, language code. */
  public static String name(Problems p, String path, JsonNode n) {
    String s = text(p, path, n);
    if (s != null && s.isBlank()) {
      p.error(path, "a name cannot be empty");
      return null;
    }
    return s == null ? null : s.strip();
  }

  /** A list of names; a single name is taken as a list of one. Null entries are errors. */
  public static List<String> names(Problems p, String path, JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isArray()) {
      boolean ok = true;
      for (int i = 0; i < n.size(); i++) {
        String s = n.get(i).isNull() ? null : name(p, path + "[" + i + "]", n.get(i));
        if (s == null) {
          if (n.get(i).isNull()) {
            p.error(path + "[" + i + "]", "empty list entry; write a name or remove the entry");
          }
          ok = false;
        } else {
          out.add(s);
        }
      }
      return ok ? out : null;
    }
    String single = name(p, path, n);
    return single == null ? null : List.of(single);
  }

  /** Non-negative weights; the list must have one of {@code lengths} entries and a positive sum. */
  public static double[] weights(Problems p, String path, JsonNode n, String what, int... lengths) {
    if (!n.isArray()) {
      p.error(path, "expected a list of " + lengthText(lengths) + " numbers (" + what + "), got " + Describe.node(n));
      return null;
    }
    boolean lengthOk = false;
    for (int l : lengths) {
      lengthOk |= n.size() == l;
    }
    if (!lengthOk) {
      p.error(path, "has " + n.size() + " weights; give " + lengthText(lengths) + " (" + what + ")");
      return null;
    }
    double[] w = new double[n.size()];
    double sum = 0;
    boolean ok = true;
    for (int i = 0; i < w.length; i++) {
      Double v = bounded(p, path + "[" + i + "]", n.get(i), 0, false, 1e9, "a weight");
      ok &= v != null;
      w[i] = v == null ? 0 : v;
      sum += w[i];
    }
    if (ok && sum <= 0) {
      p.error(path, "all weights are 0; at least one must be positive");
      return null;
    }
    return ok ? w : null;
  }

  private static String lengthText(int... lengths) {
    if (lengths.length == 1) {
      return String.valueOf(lengths[0]);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lengths.length; i++) {
      b.append(i == 0 ? "" : i == lengths.length - 1 ? " or " : ", ").append(lengths[i]);
    }
    return b.toString();
  }

  private static boolean isNumeric(String t) {
    try {
      Double.parseDouble(t);
      return !t.isEmpty() && !Character.isLetter(t.charAt(t.length() - 1));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
