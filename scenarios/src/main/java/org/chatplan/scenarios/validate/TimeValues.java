package org.chatplan.scenarios.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chatplan.scenarios.load.Describe;
import org.chatplan.scenarios.load.Problems;

/** Readers for times of day, dates, time zones and days of the week. */
public final class TimeValues {
  private TimeValues() {}

  private static final Pattern HH_MM = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final List<String> DAY_WORDS =
      List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "ALL", "WEEKDAYS", "WEEKEND");
  /** Zone ids in a fixed order, for deterministic suggestions. */
  private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

  /** "HH:MM", 00:00 to 23:59. */
  public static LocalTime timeOfDay(Problems p, String path, JsonNode n) {
    String hint = "write \"HH:MM\", e.g. \"08:00\"";
    if (!n.isTextual()) {
      p.error(path, Describe.value(n) + " is not a time of day; " + hint + " (in quotes)");
      return null;
    }
    Matcher m = HH_MM.matcher(n.asText().strip());
    if (m.matches()) {
      int h = Integer.parseInt(m.group(1));
      int min = Integer.parseInt(m.group(2));
      if (h < 24 && min < 60) {
        return LocalTime.of(h, min);
      }
    }
    p.error(path, Describe.value(n) + " is not a time of day; " + hint);
    return null;
  }

  /** An ISO date, YYYY-MM-DD. */
  public static LocalDate date(Problems p, String path, JsonNode n) {
    if (n.isTextual()) {
      try {
        return LocalDate.parse(n.asText().strip());
      } catch (DateTimeException e) {
        // reported below
      }
    }
    p.error(path, Describe.value(n) + " is not a date; write YYYY-MM-DD, e.g. 2027-03-01");
    return null;
  }

  /** Common time-zone abbreviations and the zone id a planner most likely means by them. */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
      Map.entry("ET", "America/New_York"), Map.entry("CST", "America/Chicago"),
      Map.entry("CDT", "America/Chicago"), Map.entry("CT", "America/Chicago"),
      Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
      Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
      Map.entry("PT", "America/Los_Angeles"), Map.entry("BST", "Europe/London"),
      Map.entry("CEST", "Europe/Berlin"), Map.entry("EEST", "Europe/Athens"),
      Map.entry("IST", "Asia/Kolkata"), Map.entry("JST", "Asia/Tokyo"),
      Map.entry("SGT", "Asia/Singapore"), Map.entry("AEST", "Australia/Sydney"),
      Map.entry("AEDT", "Australia/Sydney"), Map.entry("BRT", "America/Sao_Paulo"));

  /** An IANA zone id (or UTC / a fixed offset); unknown ids get a "did you mean". */
  public static ZoneId zone(Problems p, String path, JsonNode n) {
    if (!n.isTextual() || n.asText().isBlank()) {
      p.error(path, "expected an IANA time-zone id such as \"Europe/Berlin\", got " + Describe.node(n));
      return null;
    }
    String id = n.asText().strip();
    try {
      ZoneId zone = ZoneId.of(id);
      if (!ZoneId.getAvailableZoneIds().contains(id) && zone.getRules().isFixedOffset()
          && !zone.normalized().equals(java.time.ZoneOffset.UTC)) {
        p.warning(path, "\"" + id + "\" is a fixed offset, not an IANA zone id: no daylight saving applies; "
            + "if the place observes it, give its zone id, e.g. \"Europe/Berlin\" or \"America/New_York\"");
      }
      return zone;
    } catch (DateTimeException e) {
      String meant = ABBREVIATIONS.get(id.toUpperCase(Locale.ROOT));
      if (meant != null) {
        // Abbreviations are ambiguous (IST is India, Ireland and Israel) and name one side of the
        // daylight-saving change; the nearest spelling of a zone id would be another continent.
        p.error(path, "\"" + id + "\" is an abbreviation, not a zone; use the zone id of the place, e.g. \""
            + meant + "\" (it follows daylight saving by itself)");
        return null;
      }
      String close = Suggest.closest(id, ZONES);
      if (close == null) {
        close = Suggest.closest(id.replace(' ', '_'), ZONES);
      }
      p.error(path, "unknown time zone \"" + id + "\""
          + (close == null ? "." : "; did you mean \"" + close + "\"?")
          + " Use an IANA zone id such as \"America/New_York\" or \"Asia/Manila\"");
      return null;
    }
  }

  /** Days as {@code [MON, TUE]}, a single day, {@code ALL}, {@code WEEKDAYS} or {@code WEEKEND}. */
  public static Set<DayOfWeek> days(Problems p, String path, JsonNode n) {
    List<JsonNode> items = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    if (n.isArray()) {
      if (n.size() == 0) {
        p.error(path, "the list of days is empty; write e.g. [MON, TUE] or ALL");
        return null;
      }
      for (int i = 0; i < n.size(); i++) {
        items.add(n.get(i));
        paths.add(path + "[" + i + "]");
      }
    } else {
      items.add(n);
      paths.add(path);
    }
    Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      Set<DayOfWeek> one = word(p, paths.get(i), items.get(i));
      if (one == null) {
        ok = false;
      } else {
        if (out.stream().anyMatch(one::contains)) {
          // harmless (a shift runs once a day), but often a typo for another day
          p.warning(paths.get(i), items.get(i).asText() + " repeats a day already listed; a shift runs once a day, "
              + "so check whether another day was meant");
        }
        out.addAll(one);
      }
    }
    return ok ? out : null;
  }

  /** "MON-FRI", "Mon - Fri", "MONDAY..FRIDAY", "Mon to Fri": a span a planner may write for a list. */
  private static final Pattern DAY_SPAN =
      Pattern.compile("([A-Z]+)\\s*(?:-|\\.\\.|–|TO)\\s*([A-Z]+)");

  /** 0 (Monday) to 6 for a day written short or in full ("FRI", "FRIDAY"), else -1. */
  private static int dayOf(String w) {
    int i = w.length() < 3 ? -1 : DAY_WORDS.subList(0, 7).indexOf(w.substring(0, 3));
    return i >= 0 && DayOfWeek.of(i + 1).name().startsWith(w) ? i : -1;
  }

  /** The days from {@code from} to {@code to} (0 = Monday), wrapping past Sunday, as a YAML list. */
  private static String spanList(int from, int to) {
    List<String> days = new ArrayList<>();
    for (int d = from; ; d = (d + 1) % 7) {
      days.add(DAY_WORDS.get(d));
      if (d == to) {
        break;
      }
    }
    return "[" + String.join(", ", days) + "]";
  }

  private static Set<DayOfWeek> word(Problems p, String path, JsonNode n) {
    String w = n.isTextual() ? n.asText().strip().toUpperCase(Locale.ROOT) : "";
    switch (w) {
      case "ALL":
        return EnumSet.allOf(DayOfWeek.class);
      case "WEEKDAYS":
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
      case "WEEKEND":
        return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      default:
        int i = DAY_WORDS.indexOf(w);
        if (i >= 0 && i < 7) {
          return EnumSet.of(DayOfWeek.of(i + 1));
        }
    }
    Matcher span = DAY_SPAN.matcher(w);
    if (span.matches() && dayOf(span.group(1)) >= 0 && dayOf(span.group(2)) >= 0) {
      int from = dayOf(span.group(1));
      int to = dayOf(span.group(2));
      String fix = from == 0 && to == 4 ? "WEEKDAYS" : from == 5 && to == 6 ? "WEEKEND" : spanList(from, to);
      p.error(path, Describe.value(n) + " is not a day; write " + (fix.startsWith("[") ? "the days as a list, " : "")
          + fix);
      return null;
    }
    String close = n.isTextual() ? Suggest.closest(w.length() > 3 && w.length() <= 9 && !w.startsWith("WEEK")
        ? w.substring(0, 3) : w, DAY_WORDS) : null;
    p.error(path, Describe.value(n) + " is not a day; write MON, TUE, WED, THU, FRI, SAT or SUN, "
        + "or ALL, WEEKDAYS or WEEKEND" + (close == null ? "" : "; did you mean " + close + "?"));
    return null;
  }
}
