package org.chatplan.scenarios.check;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups runs of flagged slots that recur at the same UTC time of day on several days, so that a
 * daily gap is one line ("09:00-12:00 UTC on MON-FRI") rather than seven.
 */
final class Periods {
  private Periods() {}

  static final int SLOTS_PER_DAY = 96;

  /** Runs with the same start time of day and length; {@code runs} in week order. */
  record Group(int length, List<Ranges.Run> runs) {
  }

  static List<Group> group(List<Ranges.Run> runs) {
    Map<Long, List<Ranges.Run>> byKey = new LinkedHashMap<>();
    for (Ranges.Run r : runs) {
      long key = r.length() >= SLOTS_PER_DAY ? -1 - byKey.size() : (long) (r.first() % SLOTS_PER_DAY) * 100_000 + r.length();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Group> out = new ArrayList<>();
    for (List<Ranges.Run> list : byKey.values()) {
      out.add(new Group(list.get(0).length(), list));
    }
    return out;
  }

  /** "09:00-12:00 UTC on MON-FRI", "21:00-03:00 UTC overnight from FRI, SAT", "SAT 21:00-MON 06:00 UTC". */
  static String when(WeekGrid g, Group group) {
    Ranges.Run first = group.runs().get(0);
    if (group.length() >= WeekGrid.SLOTS) {
      return "all week";
    }
    if (group.length() >= SLOTS_PER_DAY) {
      return g.label(first.first()) + "-" + g.endLabel(first.first(), first.first() + first.length()) + " UTC";
    }
    String from = time(g, first.first());
    String to = time(g, first.first() + first.length());
    if (to.equals("00:00")) {
      to = "24:00";
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (Ranges.Run r : group.runs()) {
      days.add(LocalDateTime.ofInstant(g.slotStart(r.first()), ZoneOffset.UTC).getDayOfWeek());
    }
    boolean overnight = first.first() % SLOTS_PER_DAY + first.length() > SLOTS_PER_DAY;
    if (overnight) {
      return from + "-" + to + " UTC overnight " + (days.size() == 7 ? "every night" : "from " + days(days).substring(3));
    }
    return from + "-" + to + " UTC " + days(days);
  }

  private static String time(WeekGrid g, int slot) {
    return LocalDateTime.ofInstant(g.slotStart(slot), ZoneOffset.UTC).toLocalTime().toString();
  }

  static String days(Set<DayOfWeek> days) {
    if (days.size() == 7) {
      return "every day";
    }
    if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
      return "on MON-FRI";
    }
    if (days.equals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))) {
      return "on SAT, SUN";
    }
    List<String> names = new ArrayList<>();
    for (DayOfWeek d : days) {
      names.add(d.name().substring(0, 3));
    }
    return "on " + String.join(", ", names);
  }
}
