package org.chatplan.scenarios.check;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Topic;

/**
 * The first simulated week (from calendar.start, 00:00 UTC) in 15-minute UTC slots, with the
 * expected demand and the agents on shift in each slot, evaluated at the slot's midpoint in every
 * region's and site's own zone (daylight saving included). Rough by design: it feeds warnings,
 * not results.
 */
final class WeekGrid {
  static final int SLOT_SECONDS = 900;
  static final int SLOTS = 7 * 96;

  final long startEpochSecond;
  /** Share of the week's offered chats arriving in each slot (sums to about 1). */
  final double[] demandShare = new double[SLOTS];
  /** Offered agent work per slot, in erlangs at concurrency 1, after the bot and its triage. */
  final double[] workErlangs = new double[SLOTS];
  /** Agents logged in (before shrinkage), all sites. */
  final double[] agentsOn = new double[SLOTS];
  /** Work rate the agents on shift can deliver when full: agents x (1 - shrinkage) x best throughput. */
  final double[] capacityErlangs = new double[SLOTS];
  /**
   * Work rate they sustain once a queue forms and every agent holds maxConcurrency chats:
   * agents x (1 - shrinkage) x throughput(maxConcurrency). Below the best when the curve falls.
   */
  final double[] sustainedErlangs = new double[SLOTS];
  /** Per site: agents available (after shrinkage) in each slot. */
  final double[][] siteAvailable;
  private final Site[] sites;
  private final Concurrency concurrency;

  private WeekGrid(long startEpochSecond, Scenario s) {
    this.startEpochSecond = startEpochSecond;
    this.sites = s.agents().sites().toArray(new Site[0]);
    this.concurrency = s.agents().concurrency();
    this.siteAvailable = new double[sites.length][SLOTS];
  }

  static WeekGrid of(Scenario s) {
    WeekGrid g = new WeekGrid(s.calendar().epochSecondAtZero(), s);
    double total = 0;
    for (Region r : s.demand().regions()) {
      total += r.chatsPerWeek();
    }
    for (Region r : s.demand().regions()) {
      g.addRegion(r, s, total);
    }
    for (int i = 0; i < g.sites.length; i++) {
      g.addSite(i);
    }
    return g;
  }

  Instant slotStart(int slot) {
    return Instant.ofEpochSecond(startEpochSecond + (long) slot * SLOT_SECONDS);
  }

  private Instant mid(int slot) {
    return slotStart(slot).plusSeconds(SLOT_SECONDS / 2);
  }

  private void addRegion(Region r, Scenario s, double totalPerWeek) {
    double[] dow = r.dayOfWeek();
    double[] hod = r.hourOfDay();
    double dowSum = sum(dow);
    double hodSum = sum(hod);
    double profileSlot = 86400.0 / hod.length;
    double[] escalation = escalation(r, s.demand().topics(), s.bot());
    for (int i = 0; i < SLOTS; i++) {
      LocalDateTime local = LocalDateTime.ofInstant(mid(i), r.zone());
      int d = local.getDayOfWeek().getValue() - 1;
      int h = (int) (local.toLocalTime().toSecondOfDay() / profileSlot);
      double chats = r.chatsPerWeek() * dow[d] / dowSum * hod[h] / hodSum * SLOT_SECONDS / profileSlot;
      demandShare[i] += chats / totalPerWeek;
      workErlangs[i] += chats * escalation[0] * escalation[1] / SLOT_SECONDS;
    }
  }

  /** {escalated fraction, mean agent seconds per escalated chat} for a region's topic mix. */
  static double[] escalation(Region r, java.util.List<Topic> topics, Bot bot) {
    Map<String, Double> mix = r.topicMix();
    double weight = 0;
    double escalated = 0;
    double work = 0;
    for (Topic t : topics) {
      double share = mix.isEmpty() ? t.share() : mix.getOrDefault(t.name(), 0.0);
      double toAgent = bot.enabled() ? 1 - t.botResolves() : 1;
      weight += share;
      escalated += share * toAgent;
      work += share * toAgent * t.handleTime().mean();
    }
    if (weight <= 0 || escalated <= 0) {
      return new double[] {0, 0};
    }
    double triage = bot.enabled() ? 1 - bot.triageSaves() : 1;
    return new double[] {escalated / weight, work / escalated * triage};
  }

  private void addSite(int index) {
    Site site = sites[index];
    double best = bestThroughput(site);
    for (int i = 0; i < SLOTS; i++) {
      double on = site.usesShifts() ? onShift(site, mid(i))
          : site.agentsAroundClock();
      agentsOn[i] += on;
      siteAvailable[index][i] = on * (1 - site.shrinkage());
      capacityErlangs[i] += siteAvailable[index][i] * best;
      sustainedErlangs[i] += siteAvailable[index][i] * concurrency.throughputAt(covered(site));
    }
  }

  private int covered(Site site) {
    return Math.min(site.maxConcurrency(), concurrency.maxCovered());
  }

  private double bestThroughput(Site site) {
    double best = 0;
    for (int k = 1; k <= covered(site); k++) {
      best = Math.max(best, concurrency.throughputAt(k));
    }
    return best;
  }

  /**
   * Expected occupancy (busy slots / available slots, as the engine reports it) in a set of slots
   * when offered work is {@code ratio} of full capacity and every site carries the same share of
   * its capacity: each agent then holds k chats with throughput(k) = ratio x best throughput
   * (linear between whole k, throughput(0) = 0), and occupancy is k / maxConcurrency. Above
   * ratio 1 the agents cannot keep up and the ratio itself is returned.
   */
  double occupancy(double ratio, int firstSlot, int slots) {
    if (ratio >= 1) {
      return ratio;
    }
    double busy = 0;
    double available = 0;
    for (int si = 0; si < sites.length; si++) {
      double agents = 0;
      for (int q = 0; q < slots; q++) {
        agents += siteAvailable[si][(firstSlot + q) % SLOTS];
      }
      int c = covered(sites[si]);
      double target = ratio * bestThroughput(sites[si]);
      double k = c;
      double previous = 0;
      for (int j = 1; j <= c; j++) {
        double t = concurrency.throughputAt(j);
        if (t >= target) {
          k = j - 1 + (t > previous ? (target - previous) / (t - previous) : 1);
          break;
        }
        previous = t;
      }
      busy += agents * k;
      available += agents * c;
    }
    return available > 0 ? busy / available : 0;
  }

  /**
   * Agents of the site's shifts that are on at instant {@code t}. A shift starts at its local time
   * on its day and lasts its length in elapsed time, as the simulator runs it: on a daylight-saving
   * day an 8-hour shift from 01:30 ends at 08:30 or 10:30 on the clock, and a start in the
   * spring-forward gap (02:30) is at 03:30.
   */
  static int onShift(Site site, Instant t) {
    int on = 0;
    LocalDate today = LocalDateTime.ofInstant(t, site.zone()).toLocalDate();
    for (Shift shift : site.shifts()) {
      for (int back = 0; back <= 1; back++) {
        LocalDate day = today.minusDays(back);
        if (!shift.days().contains(day.getDayOfWeek())) {
          continue;
        }
        Instant begin = java.time.ZonedDateTime.of(day, shift.start(), site.zone()).toInstant();
        Instant end = begin.plusSeconds((long) shift.lengthSeconds());
        if (!t.isBefore(begin) && t.isBefore(end)) {
          on += shift.agents();
          break;
        }
      }
    }
    return on;
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }

  /** "MON 02:00" for the start of a slot (UTC). */
  String label(int slot) {
    LocalDateTime t = LocalDateTime.ofInstant(slotStart(slot), java.time.ZoneOffset.UTC);
    return t.getDayOfWeek().name().substring(0, 3) + " " + t.toLocalTime().withSecond(0);
  }

  /** "02:00" or "TUE 01:00": the end of a range that started at {@code startSlot}. */
  String endLabel(int startSlot, int endSlotExclusive) {
    LocalDateTime a = LocalDateTime.ofInstant(slotStart(startSlot), java.time.ZoneOffset.UTC);
    LocalDateTime b = LocalDateTime.ofInstant(slotStart(endSlotExclusive), java.time.ZoneOffset.UTC);
    LocalTime time = b.toLocalTime();
    boolean sameDay = a.toLocalDate().equals(b.toLocalDate()) || time.equals(LocalTime.MIDNIGHT)
        && b.toLocalDate().equals(a.toLocalDate().plusDays(1));
    String hhmm = time.equals(LocalTime.MIDNIGHT) && sameDay ? "24:00" : time.toString();
    return sameDay ? hhmm : b.getDayOfWeek().name().substring(0, 3) + " " + hhmm;
  }
}
