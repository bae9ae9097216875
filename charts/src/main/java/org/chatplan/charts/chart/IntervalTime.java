package org.chatplan.charts.chart;

import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import org.chatplan.charts.ZoneText;
import org.chatplan.engine.model.Calendar;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;

/**
 * Where reporting intervals sit in time. Interval i covers
 * [reportStart + i * interval, reportStart + (i + 1) * interval) in epoch seconds; charts plot it at
 * its midpoint so a point stands for the whole interval.
 */
final class IntervalTime {
  private IntervalTime() {}

  /** Epoch milliseconds at the middle of interval {@code i}. */
  static double midMillis(Calendar c, int i) {
    return (c.reportStartEpochSecond() + (i + 0.5) * c.intervalSeconds()) * 1000.0;
  }

  /** Epoch milliseconds at the start and end of the reported window. */
  static double startMillis(Calendar c) {
    return c.reportStartEpochSecond() * 1000.0;
  }

  static double endMillis(Calendar c) {
    return (c.reportStartEpochSecond() + c.reportedSeconds()) * 1000.0;
  }

  /** "30 min" or "1 h", for axis labels. */
  static String intervalText(Calendar c) {
    double s = c.intervalSeconds();
    return s % 3600 == 0 ? (long) (s / 3600) + " h" : s % 60 == 0 ? (long) (s / 60) + " min" : (long) s + " s";
  }

  /** Tick spacings in hours; the first that gives at most {@link #MAX_TICKS} ticks is used. */
  private static final int[] TICK_HOURS = {1, 2, 3, 4, 6, 12, 24, 48, 168};
  private static final int MAX_TICKS = 14;

  /**
   * A time axis over the reported window, labelled and ticked in {@code zone}: ticks on whole local
   * hours, labelled with the weekday ("Mon 08:00") so that days of a long window stay apart.
   */
  static DateAxis axis(Calendar c, ZoneId zone) {
    TimeZone tz = TimeZone.getTimeZone(zone);
    DateAxis axis = new DateAxis("Time (" + ZoneText.name(zone) + "), interval midpoints", tz, Locale.ROOT);
    axis.setRange(startMillis(c), endMillis(c));
    axis.setLowerMargin(0);
    axis.setUpperMargin(0);
    double hours = c.reportedSeconds() / 3600;
    int step = TICK_HOURS[TICK_HOURS.length - 1];
    for (int h : TICK_HOURS) {
      if (hours / h <= MAX_TICKS) {
        step = h;
        break;
      }
    }
    SimpleDateFormat format = new SimpleDateFormat(step >= 24 ? "EEE d MMM" : "EEE HH:mm", Locale.ROOT);
    format.setTimeZone(tz);
    axis.setTickUnit(new DateTickUnit(DateTickUnitType.HOUR, step, format));
    return axis;
  }
}
