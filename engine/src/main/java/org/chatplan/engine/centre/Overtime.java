package org.chatplan.engine.centre;

import org.chatplan.engine.model.Calendar;

/**
 * Overtime worked per site and reporting interval, and the part of it at night (22:00-06:00 site
 * time, paid the night premium as well). An agent's overtime runs from the end of their shift (or
 * the start of the window) until they log off or the run ends; it is split at interval boundaries
 * so that each interval pays for the overtime worked in it, and its night part is the interval's
 * night share (worked out once per site and interval, not per agent leaving: intervals that divide a
 * day lie wholly in the night or the day unless the site's offset is not a whole half hour).
 */
final class Overtime {
  private final int sites;
  private final int intervals;
  private final double warmup;
  private final double interval;
  private final ShiftSchedule[] shifts;
  /** [interval * sites + site] seconds. */
  private final double[] seconds;
  private final double[] night;

  Overtime(Calendar calendar, ShiftSchedule[] shifts) {
    this.sites = shifts.length;
    this.intervals = calendar.intervals();
    this.warmup = calendar.warmupSeconds();
    this.interval = calendar.intervalSeconds();
    this.shifts = shifts;
    seconds = new double[intervals * sites];
    night = new double[intervals * sites];
  }

  /** An agent of {@code site} worked overtime from {@code from} to {@code to} (clipped to the window). */
  void add(int site, double from, double to) {
    double lo = Math.max(from, warmup);
    double hi = Math.min(to, warmup + intervals * interval);
    if (hi <= lo) {
      return;
    }
    int i = Math.min(intervals - 1, (int) ((lo - warmup) / interval));
    while (lo < hi) {
      double end = i == intervals - 1 ? hi : Math.min(hi, warmup + (i + 1) * interval);
      seconds[i * sites + site] += end - lo;
      night[i * sites + site] += (end - lo) * shifts[site].nightShare(i);
      lo = end;
      i++;
    }
  }

  double seconds(int interval, int site) {
    return seconds[interval * sites + site];
  }

  double nightSeconds(int interval, int site) {
    return night[interval * sites + site];
  }
}
