package org.chatplan.scenarios.validate;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written as a number with a unit: {@code 90s}, {@code 8m}, {@code 1.5h}, {@code 2d}. */
public final class Durations {
  private Durations() {}

  /** Number, optional spaces, unit word. */
  public static final Pattern SHAPE =
      Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([a-zA-Z]*)\\s*");

  private static final Map<String, String> SPELLINGS = Map.ofEntries(
      Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"), Map.entry("seconds", "s"),
      Map.entry("min", "m"), Map.entry("mins", "m"), Map.entry("minute", "m"), Map.entry("minutes", "m"),
      Map.entry("hr", "h"), Map.entry("hrs", "h"), Map.entry("hour", "h"), Map.entry("hours", "h"),
      Map.entry("day", "d"), Map.entry("days", "d"), Map.entry("ms", "?"));

  /** Seconds in one unit, or 0 when the unit is not one of s, m, h, d. */
  public static double unitSeconds(String unit) {
    return switch (unit) {
      case "s" -> 1;
      case "m" -> 60;
      case "h" -> 3600;
      case "d" -> 86400;
      default -> 0;
    };
  }

  /**
   * Parses a duration to seconds, or returns an error message starting with the offending text.
   * Accepts only the four units; a number without unit is an error whose message suggests one.
   */
  public static Parsed parse(String text) {
    return parse(text, null);
  }

  /** As {@link #parse(String)}; {@code path} (may be null) picks the unit a bare number most likely meant. */
  public static Parsed parse(String text, String path) {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      return Parsed.error("\"" + text + "\" is not a duration; write a number with a unit s, m, h or d, "
          + "e.g. \"90s\", \"8m\", \"1.5h\", \"2d\"");
    }
    String number = m.group(1);
    String unit = m.group(2);
    if (unit.isEmpty()) {
      return Parsed.error(noUnit(number, path));
    }
    double perUnit = unitSeconds(unit);
    if (perUnit == 0) {
      String fix = SPELLINGS.get(unit.toLowerCase(Locale.ROOT));
      String hint = fix == null || fix.equals("?")
          ? "use s, m, h or d, e.g. \"" + number + "m\""
          : "did you mean \"" + number + fix + "\"?";
      return Parsed.error("\"" + text.strip() + "\" has unit \"" + unit + "\"; " + hint);
    }
    double seconds = Double.parseDouble(number) * perUnit;
    if (!Double.isFinite(seconds)) {
      return Parsed.error("\"" + text.strip() + "\" is not a finite duration");
    }
    if (seconds < 0) {
      return Parsed.error("\"" + text.strip() + "\" is negative; a duration is 0 or more");
    }
    return new Parsed(seconds, null);
  }

  /**
   * The message for a bare number at {@code path}: every unit, the one such a field is usually
   * written in first (a service-level time in seconds, a shift length or warm-up in hours), so
   * that following the first suggestion does not turn 8 hours into 8 minutes.
   */
  public static String noUnit(String number, String path) {
    String key = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
    String first = switch (key) {
      case "within" -> "s";
      case "length", "warmup" -> "h";
      default -> "m";
    };
    StringBuilder b = new StringBuilder(number + " has no unit; write " + number + first + " (" + word(first) + ")");
    String sep = ", or ";
    for (String u : new String[] {"s", "m", "h"}) {
      if (!u.equals(first)) {
        b.append(sep).append(number).append(u).append(" (").append(word(u)).append(')');
        sep = " or ";
      }
    }
    return b.toString();
  }

  private static String word(String unit) {
    return switch (unit) {
      case "s" -> "seconds";
      case "m" -> "minutes";
      case "h" -> "hours";
      default -> "days";
    };
  }

  /** Formats seconds in the largest unit that gives a short number: 90s, 8m, 1.5h, 2d. */
  public static String format(double seconds) {
    if (seconds != 0 && seconds % 86400 == 0) {
      return Numbers.format(seconds / 86400) + "d";
    }
    if (seconds >= 3600 && seconds % 900 == 0 || seconds >= 36000) {
      return Numbers.format(seconds / 3600) + "h";
    }
    if (seconds != 0 && seconds % 60 == 0 || seconds >= 600) {
      return Numbers.format(seconds / 60) + "m";
    }
    return Numbers.format(seconds) + "s";
  }

  /** A parsed duration: seconds, or an error message. */
  public record Parsed(double seconds, String error) {
    static Parsed error(String message) {
      return new Parsed(Double.NaN, message);
    }

    public boolean ok() {
      return error == null;
    }
  }
}
