package org.chatplan.engine.model;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The simulated window: the clock starts at 00:00 UTC on {@code start}, runs {@code warmupSeconds}
 * that are discarded, then {@code days} reported days cut into reporting intervals.
 */
public record Calendar(LocalDate start, int days, double warmupSeconds, double intervalSeconds) {
  public Calendar {
    Checks.present("calendar.start", start);
    if (days < 1) {
      throw new IllegalArgumentException("calendar.days must be >= 1, got " + days);
    }
    Checks.nonNegative("calendar.warmup", warmupSeconds);
    Checks.positive("calendar.interval", intervalSeconds);
    if (86400 % intervalSeconds != 0) {
      throw new IllegalArgumentException("calendar.interval must divide a day, got " + intervalSeconds + "s");
    }
  }

  /** Seconds of the reported window. */
  public double reportedSeconds() {
    return days * 86400.0;
  }

  /** Simulated seconds: warm-up plus reported window. */
  public double horizonSeconds() {
    return warmupSeconds + reportedSeconds();
  }

  /** Number of reporting intervals in the reported window. */
  public int intervals() {
    return (int) Math.round(reportedSeconds() / intervalSeconds);
  }

  /** Epoch second of simulation time 0. */
  public long epochSecondAtZero() {
    return start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  /** Epoch second at which the reported window begins. */
  public long reportStartEpochSecond() {
    return epochSecondAtZero() + (long) warmupSeconds;
  }
}
