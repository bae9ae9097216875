package org.chatplan.engine.centre;

import static org.chatplan.engine.run.Metric.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.ReplicationResult;
import org.chatplan.engine.stats.CoarseHistogram;
import org.chatplan.engine.stats.WaitHistogram;

/** Turns a finished replication's counters into {@link Figures} (formulas in docs/metrics.md). */
public final class Readout {
  private final ChatCentre centre;
  private final Accounting acct;
  private final Scenario scenario;
  private final ShiftSchedule[] shifts;
  private final double window;

  private Readout(ChatCentre centre, ShiftSchedule[] shifts) {
    this.centre = centre;
    this.acct = centre.acct;
    this.scenario = centre.layout().scenario;
    this.shifts = shifts;
    this.window = scenario.calendar().reportedSeconds();
  }

  /** Reads replication {@code rep} of a centre that has run. */
  public static ReplicationResult of(ChatCentre centre, ShiftSchedule[] shifts, int rep) {
    centre.closeAtHorizon();
    centre.acct.close();
    return new Readout(centre, shifts).build(rep);
  }

  private ReplicationResult build(int rep) {
    CentreLayout layout = centre.layout();
    int sites = layout.sites;
    double[] labour = new double[sites];
    double[] paid = new double[sites];
    double[] overtime = new double[sites];
    Labour pay = new Labour(scenario.agents().sites(), shifts, centre.overtime(), acct.intervals);
    Map<String, Figures> bySite = new LinkedHashMap<>();
    for (int s = 0; s < sites; s++) {
      Site site = scenario.agents().sites().get(s);
      for (int i = 0; i < acct.intervals; i++) {
        paid[s] += pay.paid(i, s);
        overtime[s] += pay.overtime(i, s);
        labour[s] += pay.cost(i, s);
      }
      int g = acct.siteGroup(s);
      int ss = s;
      Figures.Builder b = siteFigures(k -> acct.total(g, k), k -> centre.areas.siteArea[ss * 4 + k], acct.waits[g], window);
      b.set(PAID_HOURS, paid[s] / 3600).set(OVERTIME_HOURS, overtime[s] / 3600).set(COST_LABOUR, labour[s]);
      bySite.put(site.name(), b.build());
    }
    Figures.Builder total = chatFigures(k -> acct.total(0, k), acct.waits[0]);
    double areaLogged = 0;
    double areaWith = 0;
    double areaSlots = 0;
    double areaBusy = 0;
    double paidAll = 0;
    double overtimeAll = 0;
    double labourAll = 0;
    for (int s = 0; s < sites; s++) {
      areaLogged += centre.areas.siteArea[s * 4];
      areaWith += centre.areas.siteArea[s * 4 + 1];
      areaSlots += centre.areas.siteArea[s * 4 + 2];
      areaBusy += centre.areas.siteArea[s * 4 + 3];
      paidAll += paid[s];
      overtimeAll += overtime[s];
      labourAll += labour[s];
    }
    occupancy(total, areaLogged, areaWith, areaSlots, areaBusy, window);
    total.set(MEAN_QUEUE_LENGTH, centre.areas.waitingArea / window)
        .set(MEAN_CHATS_IN_SERVICE, centre.areas.inServiceArea() / window);
    double bot = acct.total(0, Counter.BOT_CONVERSATIONS) * scenario.bot().costPerConversation();
    costs(total, paidAll / 3600, overtimeAll / 3600, labourAll, bot);

    Map<String, Figures> byRegion = new LinkedHashMap<>();
    for (int r = 0; r < layout.regions; r++) {
      int g = acct.regionGroup(r);
      byRegion.put(scenario.demand().regions().get(r).name(), chatFigures(k -> acct.total(g, k), acct.waits[g]).build());
    }
    Map<String, Figures> byTopic = new LinkedHashMap<>();
    for (int t = 0; t < layout.topics; t++) {
      int g = acct.topicGroup(t);
      byTopic.put(scenario.demand().topics().get(t).name(), chatFigures(k -> acct.total(g, k), acct.waits[g]).build());
    }
    Map<String, Figures> byLanguage = new LinkedHashMap<>();
    for (int l = 0; l < layout.languages.size(); l++) {
      int g = acct.languageGroup(l);
      byLanguage.put(layout.languages.get(l), chatFigures(k -> acct.total(g, k), acct.waits[g]).build());
    }
    List<Figures> byInterval = new ArrayList<>();
    List<List<Figures>> byIntervalRegion = new ArrayList<>();
    List<List<Figures>> byIntervalSite = new ArrayList<>();
    double dt = scenario.calendar().intervalSeconds();
    for (int i = 0; i < acct.intervals; i++) {
      int iv = i;
      Figures.Builder b = chatFigures(k -> {
        double sum = 0;
        for (int r = 0; r < layout.regions; r++) {
          sum += acct.interval(iv, r, k);
        }
        return sum;
      }, null);
      b.set(WAIT_P50_SECONDS, CoarseHistogram.quantile(acct.intervalWaits, i * CoarseHistogram.BUCKETS, 0.5))
          .set(WAIT_P90_SECONDS, CoarseHistogram.quantile(acct.intervalWaits, i * CoarseHistogram.BUCKETS, 0.9))
          .set(WAIT_P99_SECONDS, CoarseHistogram.quantile(acct.intervalWaits, i * CoarseHistogram.BUCKETS, 0.99));
      double[] a = new double[4];
      double paidIv = 0;
      double overtimeIv = 0;
      double labourIv = 0;
      List<Figures> siteRows = new ArrayList<>();
      for (int s = 0; s < sites; s++) {
        int ss = s;
        int row = layout.regions + s;
        for (int k = 0; k < 4; k++) {
          a[k] += centre.areas.intervalSiteArea[(i * sites + s) * 4 + k];
        }
        siteRows.add(siteFigures(k -> acct.interval(iv, row, k),
            k -> centre.areas.intervalSiteArea[(iv * sites + ss) * 4 + k], null, dt)
            .set(PAID_HOURS, pay.paid(i, s) / 3600).set(OVERTIME_HOURS, pay.overtime(i, s) / 3600)
            .set(COST_LABOUR, pay.cost(i, s)).build());
        paidIv += pay.paid(i, s);
        overtimeIv += pay.overtime(i, s);
        labourIv += pay.cost(i, s);
      }
      occupancy(b, a[0], a[1], a[2], a[3], dt);
      b.set(MEAN_QUEUE_LENGTH, centre.areas.intervalWaitingArea[i] / dt).set(MEAN_CHATS_IN_SERVICE, a[3] / dt);
      double botIv = 0;
      for (int r = 0; r < layout.regions; r++) {
        botIv += acct.interval(i, r, Counter.BOT_CONVERSATIONS);
      }
      costs(b, paidIv / 3600, overtimeIv / 3600, labourIv, botIv * scenario.bot().costPerConversation());
      byInterval.add(b.build());
      List<Figures> regionRows = new ArrayList<>();
      for (int r = 0; r < layout.regions; r++) {
        int rr = r;
        regionRows.add(chatFigures(k -> acct.interval(iv, rr, k), null).build());
      }
      byIntervalRegion.add(regionRows);
      byIntervalSite.add(siteRows);
    }
    return new ReplicationResult(rep, total.build(), byRegion, byTopic, byLanguage, bySite, byInterval,
        byIntervalRegion, byIntervalSite, centre.simulator().eventsHandled());
  }

  /** Customer-side figures of one breakdown from its counters. */
  private Figures.Builder chatFigures(IntToDoubleFunction c, WaitHistogram waits) {
    Figures.Builder b = new Figures.Builder();
    double answered = c.applyAsDouble(Counter.ANSWERED);
    double abandoned = c.applyAsDouble(Counter.ABANDONED);
    double botResolved = c.applyAsDouble(Counter.BOT_RESOLVED);
    double queued = answered + abandoned;
    b.set(OFFERED, c.applyAsDouble(Counter.OFFERED))
        .set(BOT_RESOLVED, botResolved)
        .set(REACHED_QUEUE, c.applyAsDouble(Counter.REACHED))
        .set(ANSWERED, answered)
        .set(HANDLED, c.applyAsDouble(Counter.HANDLED))
        .set(ABANDONED, abandoned)
        .set(SILENT_ABANDONED, c.applyAsDouble(Counter.SILENT))
        .set(RETRIES, c.applyAsDouble(Counter.RETRIES))
        .set(REPEAT_CONTACTS, c.applyAsDouble(Counter.REPEATS))
        .set(STILL_IN_SYSTEM, c.applyAsDouble(Counter.STILL))
        .set(CLOSED_ARRIVALS, c.applyAsDouble(Counter.CLOSED))
        .set(TRANSLATED, c.applyAsDouble(Counter.TRANSLATED))
        .set(WRONG_ANSWERS, c.applyAsDouble(Counter.WRONG))
        .set(ASA_SECONDS, ratio(c.applyAsDouble(Counter.WAIT_SUM), answered))
        .set(MEAN_QUEUE_SECONDS, ratio(c.applyAsDouble(Counter.QUEUE_SUM), queued))
        .set(SERVICE_LEVEL, ratio(c.applyAsDouble(Counter.WITHIN_TARGET), queued))
        .set(PROB_WAIT, queued > 0 ? 1 - c.applyAsDouble(Counter.IMMEDIATE) / queued : Double.NaN)
        .set(ABANDON_RATE, ratio(abandoned, queued))
        .set(MEAN_HANDLE_SECONDS, ratio(c.applyAsDouble(Counter.HANDLE_SUM), c.applyAsDouble(Counter.HANDLED)))
        .set(CSAT, ratio(c.applyAsDouble(Counter.CSAT_SUM), answered))
        .set(FIRST_CONTACT_RESOLUTION, answered > 0 ? 1 - c.applyAsDouble(Counter.WRONG) / answered : Double.NaN);
    if (centre.layout().hasUnservableChats()) {
      // Unservable chats are never answered: those not still waiting at the end have abandoned.
      double unservable = c.applyAsDouble(Counter.UNSERVABLE);
      double unservableLeft = unservable - c.applyAsDouble(Counter.UNSERVABLE_STILL);
      double servable = queued - unservableLeft;
      b.set(UNSERVABLE, unservable)
          .set(SERVABLE_SERVICE_LEVEL, ratio(c.applyAsDouble(Counter.WITHIN_TARGET), servable))
          .set(SERVABLE_ABANDON_RATE, ratio(abandoned - unservableLeft, servable));
    }
    var sat = scenario.satisfaction();
    double botCsat = scenario.bot().enabled() ? scenario.bot().csat() : 0;
    b.set(CSAT_ALL_CONTACTS, ratio(c.applyAsDouble(Counter.CSAT_SUM) + botResolved * botCsat
        + abandoned * sat.abandonedCountAs(), answered + botResolved + abandoned));
    if (waits != null) {
      b.set(WAIT_P50_SECONDS, waits.quantile(0.5))
          .set(WAIT_P90_SECONDS, waits.quantile(0.9))
          .set(WAIT_P99_SECONDS, waits.quantile(0.99));
    }
    return b;
  }

  /** Agent-side figures of one site from its counters and time-weighted areas. */
  private static Figures.Builder siteFigures(IntToDoubleFunction c, IntToDoubleFunction area,
      WaitHistogram waits, double seconds) {
    Figures.Builder b = new Figures.Builder();
    double answered = c.applyAsDouble(Counter.ANSWERED);
    b.set(ANSWERED, answered)
        .set(HANDLED, c.applyAsDouble(Counter.HANDLED))
        .set(ASA_SECONDS, ratio(c.applyAsDouble(Counter.WAIT_SUM), answered))
        .set(CSAT, ratio(c.applyAsDouble(Counter.CSAT_SUM), answered));
    if (waits != null) {
      b.set(WAIT_P50_SECONDS, waits.quantile(0.5))
          .set(WAIT_P90_SECONDS, waits.quantile(0.9))
          .set(WAIT_P99_SECONDS, waits.quantile(0.99));
    }
    occupancy(b, area.applyAsDouble(0), area.applyAsDouble(1), area.applyAsDouble(2), area.applyAsDouble(3), seconds);
    return b;
  }

  private static void occupancy(Figures.Builder b, double logged, double withChat, double slots,
      double busy, double seconds) {
    b.set(AGENTS_LOGGED_IN, logged / seconds)
        .set(OCCUPANCY, ratio(busy, slots))
        .set(UTILISATION, ratio(withChat, logged))
        .set(MEAN_CONCURRENCY, ratio(busy, withChat));
  }

  private void costs(Figures.Builder b, double paidHours, double overtimeHours, double labour, double bot) {
    double offered = b.get(OFFERED);
    double resolved = b.get(BOT_RESOLVED) + b.get(HANDLED) - b.get(WRONG_ANSWERS);
    double total = labour + bot;
    b.set(PAID_HOURS, paidHours).set(OVERTIME_HOURS, overtimeHours)
        .set(COST_LABOUR, labour).set(COST_BOT, bot).set(COST_TOTAL, total)
        .set(COST_PER_CONTACT, ratio(total, offered)).set(COST_PER_RESOLVED, ratio(total, resolved));
  }

  private static double ratio(double a, double b) {
    return b > 0 ? a / b : Double.NaN;
  }
}
