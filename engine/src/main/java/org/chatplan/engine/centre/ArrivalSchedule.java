package org.chatplan.engine.centre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Region;

/**
 * A region's arrival rate as a step function of simulation time: one constant-rate segment per
 * profile slot of the region's local time, with daylight-saving applied on the simulated dates (a
 * slot skipped by a spring-forward change has no length; a slot repeated in autumn lasts twice as
 * long at the same rate). Each segment remembers its local day, for the day-level forecast error.
 */
public final class ArrivalSchedule {
  private final double[] start;
  private final double[] end;
  private final double[] rate;
  private final int[] day;
  private final int days;

  private ArrivalSchedule(double[] start, double[] end, double[] rate, int[] day, int days) {
    this.start = start;
    this.end = end;
    this.rate = rate;
    this.day = day;
    this.days = days;
  }

  /** Builds the schedule over [0, calendar.horizonSeconds()). */
  public static ArrivalSchedule of(Region region, Calendar calendar) {
    double[] dow = normalised(region.dayOfWeek());
    double[] hod = normalised(region.hourOfDay());
    int slots = hod.length;
    double slotSeconds = 86400.0 / slots;
    long zero = calendar.epochSecondAtZero();
    double horizon = calendar.horizonSeconds();
    LocalDate first = calendar.start().minusDays(1);
    int localDays = (int) Math.ceil(horizon / 86400) + 3;
    int n = localDays * slots;
    double[] s = new double[n];
    double[] e = new double[n];
    double[] r = new double[n];
    int[] d = new int[n];
    int k = 0;
    for (int di = 0; di < localDays; di++) {
      LocalDate date = first.plusDays(di);
      double perDay = region.chatsPerWeek() * dow[date.getDayOfWeek().getValue() - 1];
      for (int j = 0; j < slots; j++) {
        double a = simTime(date, j * slotSeconds, region, zero);
        double b = simTime(date, (j + 1) * slotSeconds, region, zero);
        double lo = Math.max(0, a);
        double hi = Math.min(horizon, b);
        if (hi <= lo) {
          continue;
        }
        s[k] = lo;
        e[k] = hi;
        r[k] = perDay * hod[j] / slotSeconds;
        d[k] = di;
        k++;
      }
    }
    return new ArrivalSchedule(Arrays.copyOf(s, k), Arrays.copyOf(e, k), Arrays.copyOf(r, k),
        Arrays.copyOf(d, k), localDays);
  }

  private static double simTime(LocalDate date, double secondOfDay, Region region, long zero) {
    LocalDateTime local = date.atStartOfDay().plusSeconds((long) secondOfDay);
    return ZonedDateTime.of(local, region.zone()).toEpochSecond() - zero;
  }

  private static double[] normalised(double[] w) {
    double sum = Arrays.stream(w).sum();
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i] / sum;
    }
    return out;
  }

  public int segments() {
    return start.length;
  }

  public double segmentStart(int i) {
    return start[i];
  }

  public double segmentEnd(int i) {
    return end[i];
  }

  /** Rate in chats per second, before forecast error. */
  public double segmentRate(int i) {
    return rate[i];
  }

  /** Index of the segment's local day (0 = the day before the calendar start). */
  public int segmentDay(int i) {
    return day[i];
  }

  /** Number of local days covered, for sizing the forecast-error multipliers. */
  public int localDays() {
    return days;
  }

  /** Expected arrivals in [from, to) without forecast error. */
  public double expectedArrivals(double from, double to) {
    double sum = 0;
    for (int i = 0; i < start.length; i++) {
      double lo = Math.max(from, start[i]);
      double hi = Math.min(to, end[i]);
      if (hi > lo) {
        sum += rate[i] * (hi - lo);
      }
    }
    return sum;
  }
}
