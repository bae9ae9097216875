package org.chatplan.engine.centre;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;

/**
 * A site's shift instances in simulation time, from its shift patterns in local time (daylight
 * saving applied). Also the paid and night hours they carry inside the reported window, which do
 * not depend on the random run.
 */
public final class ShiftSchedule {
  /** Night premium applies to hours worked between these local hours. */
  static final int NIGHT_FROM_HOUR = 22;
  static final int NIGHT_TO_HOUR = 6;
  private static final double NIGHT_STEP_SECONDS = 300;

  /**
   * One shift instance: {@code agents} agents from {@code start} to {@code end} (simulation seconds).
   * Its paid and night hours are counted per reporting interval ({@link #paidInInterval}).
   */
  public record Instance(double start, double end, int agents) {}

  private final List<Instance> instances;
  private final boolean aroundTheClock;
  /** Scheduled (paid) agent-seconds in each reporting interval, and their night part. */
  private final double[] paidByInterval;
  private final double[] nightByInterval;
  /** The share of each reporting interval that is night at the site. */
  private final double[] nightShare;

  private ShiftSchedule(List<Instance> instances, boolean aroundTheClock, ZoneId zone, Calendar calendar) {
    this.instances = List.copyOf(instances);
    this.aroundTheClock = aroundTheClock;
    int n = calendar.intervals();
    paidByInterval = new double[n];
    nightByInterval = new double[n];
    double w0 = calendar.warmupSeconds();
    double dt = calendar.intervalSeconds();
    long zero = calendar.epochSecondAtZero();
    double[] nightOfInterval = new double[n];
    nightShare = new double[n];
    for (int i = 0; i < n; i++) {
      nightOfInterval[i] = nightSeconds(zone, zero, w0 + i * dt, w0 + (i + 1) * dt);
      nightShare[i] = nightOfInterval[i] / dt;
    }
    // A whole interval's night part is computed once; only the partly covered intervals at either
    // end of a shift need their own (a staffing plan's layers cover whole intervals only).
    for (Instance inst : this.instances) {
      int first = (int) Math.max(0, Math.floor((inst.start() - w0) / dt));
      for (int i = first; i < n && w0 + i * dt < inst.end(); i++) {
        double lo = Math.max(inst.start(), w0 + i * dt);
        double hi = Math.min(inst.end(), w0 + (i + 1) * dt);
        if (hi <= lo) {
          continue;
        }
        boolean whole = lo == w0 + i * dt && hi == w0 + (i + 1) * dt;
        paidByInterval[i] += (hi - lo) * inst.agents();
        nightByInterval[i] += (whole ? nightOfInterval[i] : nightSeconds(zone, zero, lo, hi)) * inst.agents();
      }
    }
  }

  public static ShiftSchedule of(Site site, Calendar calendar) {
    double horizon = calendar.horizonSeconds();
    long zero = calendar.epochSecondAtZero();
    List<Instance> list = new ArrayList<>();
    if (!site.usesShifts()) {
      list.add(new Instance(0, horizon, site.agentsAroundClock()));
      return new ShiftSchedule(list, true, site.zone(), calendar);
    }
    // Shifts of the two local days before the start can still be running at time 0: a 24-hour shift
    // starting late in the evening in a zone up to 12 hours behind UTC ends on the start day itself.
    LocalDate first = calendar.start().minusDays(2);
    int localDays = (int) Math.ceil(horizon / 86400) + 3;
    for (int di = 0; di < localDays; di++) {
      LocalDate date = first.plusDays(di);
      for (Shift shift : site.shifts()) {
        if (!shift.days().contains(date.getDayOfWeek()) || shift.agents() == 0) {
          continue;
        }
        double a = ZonedDateTime.of(date, shift.start(), site.zone()).toEpochSecond() - zero;
        double b = a + shift.lengthSeconds();
        if (b <= 0 || a >= horizon) {
          continue;
        }
        list.add(new Instance(Math.max(a, 0), Math.min(b, horizon), shift.agents()));
      }
    }
    list.sort((x, y) -> Double.compare(x.start(), y.start()));
    return new ShiftSchedule(list, false, site.zone(), calendar);
  }

  /**
   * A staffing plan: {@code agents[i]} agents on duty during reporting interval i of the window (the
   * warm-up uses interval 0's figure). Agents are stacked in layers so that only the net change
   * starts or ends shifts at an interval boundary: no artificial hand-overs.
   */
  public static ShiftSchedule ofPlan(Site site, Calendar calendar, int[] agents) {
    if (agents.length != calendar.intervals()) {
      throw new IllegalArgumentException("plan needs " + calendar.intervals() + " intervals, got " + agents.length);
    }
    double w0 = calendar.warmupSeconds();
    double dt = calendar.intervalSeconds();
    int max = 0;
    for (int a : agents) {
      if (a < 0) {
        throw new IllegalArgumentException("plan agents must be >= 0, got " + a);
      }
      max = Math.max(max, a);
    }
    List<Instance> list = new ArrayList<>();
    for (int layer = 1; layer <= max; layer++) {
      int i = 0;
      while (i < agents.length) {
        if (agents[i] < layer) {
          i++;
          continue;
        }
        int j = i;
        while (j < agents.length && agents[j] >= layer) {
          j++;
        }
        double start = i == 0 ? 0 : w0 + i * dt;
        list.add(new Instance(start, w0 + j * dt, 1));
        i = j;
      }
    }
    list.sort((x, y) -> Double.compare(x.start(), y.start()));
    return new ShiftSchedule(list, true, site.zone(), calendar);
  }

  /**
   * Seconds of [from, to) that fall in local night hours, on a 5-minute grid: each step counts as
   * night if the local hour at its midpoint is. The zone's offset is looked up again only when a
   * step passes its next transition, not per step: plans for a year of intervals call this for
   * every layer of agents, and a {@code ZonedDateTime} per step was a tenth of a staffing run.
   */
  static double nightSeconds(ZoneId zone, long zero, double from, double to) {
    ZoneRules rules = zone.getRules();
    long offsetUntil = Long.MIN_VALUE; // the offset below holds for instants before this one
    long offset = 0;
    double night = 0;
    for (double t = from; t < to; t += NIGHT_STEP_SECONDS) {
      double step = Math.min(NIGHT_STEP_SECONDS, to - t);
      long instant = zero + (long) (t + step / 2);
      if (instant >= offsetUntil) {
        Instant i = Instant.ofEpochSecond(instant);
        offset = rules.getOffset(i).getTotalSeconds();
        ZoneOffsetTransition next = rules.nextTransition(i);
        offsetUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
      }
      long hour = Math.floorMod(instant + offset, 86400L) / 3600;
      if (hour >= NIGHT_FROM_HOUR || hour < NIGHT_TO_HOUR) {
        night += step;
      }
    }
    return night;
  }

  public List<Instance> instances() {
    return instances;
  }

  /** True for an {@code agents: N} site: logged in from time 0 to the horizon, no shrinkage. */
  public boolean aroundTheClock() {
    return aroundTheClock;
  }

  /** Scheduled agents at simulation time t (before shrinkage). */
  public int scheduledAt(double t) {
    int n = 0;
    for (Instance i : instances) {
      if (i.start() <= t && t < i.end()) {
        n += i.agents();
      }
    }
    return n;
  }

  /** Scheduled agent-seconds in reporting interval i (paid, shrinkage included), before overtime. */
  public double paidInInterval(int i) {
    return paidByInterval[i];
  }

  /** The part of {@link #paidInInterval} worked at night (22:00-06:00 site time). */
  public double nightInInterval(int i) {
    return nightByInterval[i];
  }

  /** The share of reporting interval i that is night (22:00-06:00) at the site, from 0 to 1. */
  public double nightShare(int i) {
    return nightShare[i];
  }

  /** Paid agent-seconds inside [from, to), before overtime. */
  public double paidSeconds(double from, double to) {
    double s = 0;
    for (Instance i : instances) {
      double lo = Math.max(from, i.start());
      double hi = Math.min(to, i.end());
      if (hi > lo) {
        s += (hi - lo) * i.agents();
      }
    }
    return s;
  }
}
