package org.chatplan.cli.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chatplan.cli.UserError;

/**
 * Command-line values read by hand, so that every bad value gives one line that names the option,
 * repeats the value and suggests a fix ({@code --handle: "3" needs a unit ...; maybe 3m?}).
 */
public final class Inputs {
  private Inputs() {}

  private static final Pattern DURATION = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([smhd])\\s*");
  private static final Pattern NUMBER = Pattern.compile("\\s*[-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?\\s*");

  /** Seconds in {@code 90s}, {@code 4m}, {@code 1.5h} or {@code 2d}; the unit is required. */
  public static double seconds(String option, String text) {
    if (text == null || text.isBlank()) {
      throw new UserError(option + ": needs a duration such as 90s, 4m or 1.5h");
    }
    Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      if (NUMBER.matcher(text).matches()) {
        throw new UserError(option + ": \"" + text.strip() + "\" needs a unit (s, m, h or d); maybe "
            + text.strip() + "s or " + text.strip() + "m?");
      }
      throw new UserError(option + ": \"" + text + "\" is not a duration; write e.g. 90s, 4m or 1.5h");
    }
    double v = Double.parseDouble(m.group(1));
    double s = v * switch (m.group(2)) {
      case "s" -> 1;
      case "m" -> 60;
      case "h" -> 3600;
      default -> 86400;
    };
    if (!Double.isFinite(s)) {
      throw new UserError(option + ": \"" + text + "\" is too long");
    }
    return s;
  }

  /** Like {@link #seconds} but must be greater than 0. */
  public static double positiveSeconds(String option, String text) {
    double s = seconds(option, text);
    if (s <= 0) {
      throw new UserError(option + ": must be longer than 0, got " + text.strip());
    }
    return s;
  }

  /** A finite number, at least {@code min}. */
  public static double number(String option, String text, double min) {
    if (text == null || !NUMBER.matcher(text).matches()) {
      throw new UserError(option + ": \"" + text + "\" is not a number");
    }
    double v = Double.parseDouble(text.strip());
    if (!Double.isFinite(v) || v < min) {
      throw new UserError(option + ": must be at least " + plain(min) + ", got " + text.strip());
    }
    return v;
  }

  /** A whole number from {@code min} to {@code max}. */
  public static int whole(String option, String text, int min, int max) {
    double v = number(option, text, min);
    if (v != Math.rint(v)) {
      throw new UserError(option + ": must be a whole number, got " + text.strip() + "; maybe "
          + (long) Math.ceil(v) + "?");
    }
    if (v > max) {
      throw new UserError(option + ": must be at most " + max + ", got " + text.strip());
    }
    return (int) v;
  }

  /** A percent from 0 to 100 ({@code 80} or {@code 80%}), returned as a fraction. */
  public static double percent(String option, String text) {
    String t = text == null ? null : text.strip();
    if (t != null && t.endsWith("%")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t == null || !NUMBER.matcher(t).matches()) {
      throw new UserError(option + ": \"" + text + "\" is not a percent; write a number from 0 to 100, e.g. 80");
    }
    double v = Double.parseDouble(t);
    if (!(v >= 0 && v <= 100)) {
      throw new UserError(option + ": must be from 0 to 100 (percent), got " + text.strip());
    }
    return v / 100;
  }

  /** A comma list of positive numbers, e.g. {@code 1,1.7,2.2}. */
  public static double[] numbers(String option, String text) {
    if (text == null || text.isBlank()) {
      throw new UserError(option + ": needs a comma list of numbers, e.g. 1,1.7,2.2");
    }
    List<Double> out = new ArrayList<>();
    for (String part : text.split(",")) {
      double v = number(option, part, 0);
      if (v <= 0) {
        throw new UserError(option + ": every value must be greater than 0, got " + part.strip());
      }
      out.add(v);
    }
    if (out.isEmpty()) {
      throw new UserError(option + ": needs a comma list of numbers, e.g. 1,1.7,2.2");
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A number without trailing zeros: 30, 1.5. */
  public static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  /** A duration as a person writes it: 20s, 90s, 3m, 90m, 4h (seconds below 2 minutes, hours from 3 hours). */
  public static String duration(double seconds) {
    if (Double.isInfinite(seconds)) {
      return "infinite";
    }
    if (seconds >= 10800 && isShort(seconds / 3600)) {
      return plain(round(seconds / 3600)) + "h";
    }
    if (seconds >= 120 && isShort(seconds / 60)) {
      return plain(round(seconds / 60)) + "m";
    }
    return plain(round(seconds)) + "s";
  }

  private static boolean isShort(double v) {
    return Math.abs(v * 100 - Math.rint(v * 100)) < 1e-9;
  }

  private static double round(double v) {
    return Math.rint(v * 100) / 100;
  }
}
