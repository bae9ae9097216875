package org.chatplan.engine.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** {@code agents} agents start at {@code start} local time on each of {@code days} for {@code lengthSeconds}. */
public record Shift(LocalTime start, double lengthSeconds, Set<DayOfWeek> days, int agents) {
  public Shift {
    Checks.present("shift.start", start);
    Checks.positive("shift.length", lengthSeconds);
    if (lengthSeconds > 86400) {
      throw new IllegalArgumentException("shift.length must be at most 24h, got " + lengthSeconds + "s");
    }
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("shift.days needs at least one day");
    }
    if (agents < 0) {
      throw new IllegalArgumentException("shift.agents must be >= 0, got " + agents);
    }
    days = Collections.unmodifiableSet(EnumSet.copyOf(days));
  }
}
