package org.chatplan.engine.centre;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  /**
   * Builds the schedule over [0, calendar.horizonSeconds()). The timeline is walked in pieces of
   * constant UTC offset (split at the zone's transitions); within a piece local time runs with
   * simulation time, so each profile slot it touches becomes one segment. A slot in a spring-forward
   * gap is touched by no piece; a slot in an autumn overlap by two. (Mapping each slot's local start
   * and end to instants instead goes wrong for slots shorter than the change: a gap moves such a
   * slot onto the next one, an overlap stretches one slot and not its neighbour.)
   */
  public static ArrivalSchedule of(Region region, Calendar calendar) {
    double[] dow = normalised(region.dayOfWeek());
    double[] hod = normalised(region.hourOfDay());
    int slots = hod.length;
    long slotSeconds = 86400 / slots;
    ZoneRules rules = region.zone().getRules();
    long zero = calendar.epochSecondAtZero();
    double horizon = calendar.horizonSeconds();
    LocalDate first = calendar.start().minusDays(1);
    long firstMidnight = first.toEpochDay() * 86400; // local seconds, i.e. epoch seconds + offset
    int localDays = (int) Math.ceil(horizon / 86400) + 3;
    List<double[]> segments = new ArrayList<>();
    long end = zero + (long) Math.ceil(horizon);
    for (long p0 = zero; p0 < end; ) {
      Instant at = Instant.ofEpochSecond(p0);
      ZoneOffsetTransition change = rules.nextTransition(at);
      long p1 = change == null ? end : Math.min(end, change.toEpochSecond());
      long offset = rules.getOffset(at).getTotalSeconds();
      // Profile slots (counted from the local midnight of `first`) that the piece's local times touch.
      for (long k = Math.floorDiv(p0 + offset - firstMidnight, slotSeconds); ; k++) {
        long localStart = firstMidnight + k * slotSeconds;
        if (localStart >= p1 + offset) {
          break;
        }
        double lo = Math.max(0, Math.max(p0, localStart - offset) - zero);
        double hi = Math.min(horizon, Math.min(p1, localStart + slotSeconds - offset) - zero);
        if (hi > lo) {
          int di = (int) Math.floorDiv(k, slots);
          double perDay = region.chatsPerWeek() * dow[first.plusDays(di).getDayOfWeek().getValue() - 1];
          segments.add(new double[] {lo, hi, perDay * hod[(int) Math.floorMod(k, slots)] / slotSeconds, di});
        }
      }
      p0 = p1;
    }
    int n = segments.size();
    double[] s = new double[n];
    double[] e = new double[n];
    double[] r = new double[n];
    int[] d = new int[n];
    for (int i = 0; i < n; i++) {
      double[] g = segments.get(i);
      s[i] = g[0];
      e[i] = g[1];
      r[i] = g[2];
      d[i] = (int) g[3];
    }
    return new ArrivalSchedule(s, e, r, d, localDays);
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
