package org.chatplan.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.chatplan.scenarios.validate.Numbers;

/** The console summary: fits an 100-column terminal. */
public final class SummaryTable {
  private SummaryTable() {}

  private record Row(String label, Metric metric, Kind kind) {}

  enum Kind { COUNT, PERCENT, SECONDS, MONEY, NUMBER }

  private static final List<Row> ROWS = List.of(
      new Row("Offered contacts", Metric.OFFERED, Kind.COUNT),
      new Row("Resolved by bot", Metric.BOT_RESOLVED, Kind.COUNT),
      new Row("Answered by agents", Metric.ANSWERED, Kind.COUNT),
      new Row("Handled (finished)", Metric.HANDLED, Kind.COUNT),
      new Row("Abandoned", Metric.ABANDONED, Kind.COUNT),
      new Row("Still in system at end", Metric.STILL_IN_SYSTEM, Kind.COUNT),
      new Row("Retries", Metric.RETRIES, Kind.COUNT),
      new Row("Unservable contacts", Metric.UNSERVABLE, Kind.COUNT),
      new Row("Service level", Metric.SERVICE_LEVEL, Kind.PERCENT),
      new Row("SL, servable", Metric.SERVABLE_SERVICE_LEVEL, Kind.PERCENT),
      new Row("ASA (s)", Metric.ASA_SECONDS, Kind.SECONDS),
      new Row("Wait p90 (s)", Metric.WAIT_P90_SECONDS, Kind.SECONDS),
      new Row("Abandon rate", Metric.ABANDON_RATE, Kind.PERCENT),
      new Row("Abandon r., servable", Metric.SERVABLE_ABANDON_RATE, Kind.PERCENT),
      new Row("Occupancy", Metric.OCCUPANCY, Kind.PERCENT),
      new Row("Mean concurrency", Metric.MEAN_CONCURRENCY, Kind.NUMBER),
      new Row("CSAT (answered)", Metric.CSAT, Kind.PERCENT),
      new Row("CSAT (all contacts)", Metric.CSAT_ALL_CONTACTS, Kind.PERCENT),
      new Row("First-contact resol.", Metric.FIRST_CONTACT_RESOLUTION, Kind.PERCENT),
      new Row("Paid hours (h)", Metric.PAID_HOURS, Kind.COUNT),
      new Row("Cost total", Metric.COST_TOTAL, Kind.MONEY),
      new Row("Cost per contact", Metric.COST_PER_CONTACT, Kind.MONEY));

  /**
   * The reported window as a planner reads it: its days and first instant, and the warm-up before it
   * (calendar.start is when the simulation starts, not when counting does).
   */
  public static String window(org.chatplan.engine.model.Calendar cal) {
    String from = java.time.Instant.ofEpochSecond(cal.reportStartEpochSecond()).toString()
        .replace("T", " ").replace(":00Z", " UTC");
    double warmupHours = cal.warmupSeconds() / 3600;
    String warmup = warmupHours == 0 ? "" : String.format(java.util.Locale.ROOT, " after a %s h warm-up",
        warmupHours == Math.rint(warmupHours) ? String.valueOf((long) warmupHours) : String.valueOf(warmupHours));
    return cal.days() + " day(s) from " + from + warmup;
  }

  public static void print(ExperimentResult r, PrintWriter out) {
    Scenario s = r.scenario();
    out.printf("%s%n", s.name());
    out.printf("%s, %d replication(s), seed %d; +/- is the 95%% half-width%n",
        window(s.calendar()), r.replications().size(), r.seed());
    out.println("-".repeat(60));
    for (Row row : ROWS) {
      MetricSummary m = r.total().get(row.metric());
      if (m != null) {
        out.printf("%-24s %16s %s%n", label(row, s), format(m.mean(), row.kind(), s.currency()),
            plusMinus(m, row.kind()));
      }
    }
    out.println("-".repeat(60));
    stillInSystemNote(r, out);
    printBreakdown("Region", r.byRegion(), out);
    printBreakdown("Site", r.bySite(), out);
    out.flush();
  }

  /** A service level's label says within what time: `erlang` and the phone side use other times. */
  private static String label(Row row, Scenario s) {
    boolean sl = row.metric() == Metric.SERVICE_LEVEL || row.metric() == Metric.SERVABLE_SERVICE_LEVEL;
    return sl ? row.label() + " (" + Numbers.format(s.targets().withinSeconds()) + " s)" : row.label();
  }

  /** Share of offered chats not yet answered at the end above which the summary says so. */
  static final double NOT_ANSWERED_NOTE = 0.02;

  /**
   * Chats still waiting (or with the bot) at the end of the window are in no wait, abandonment or
   * CSAT figure: under heavy overload without patience they can be most of the customers, and the
   * rates above would read as a calm day. Offered = bot-resolved + answered + abandoned + these
   * (chats in service at the end are answered, and in the wait figures).
   */
  private static void stillInSystemNote(ExperimentResult r, PrintWriter out) {
    MetricSummary offered = r.total().get(Metric.OFFERED);
    if (offered == null || offered.mean() <= 0) {
      return;
    }
    double notAnswered = offered.mean() - mean(r, Metric.BOT_RESOLVED) - mean(r, Metric.ANSWERED)
        - mean(r, Metric.ABANDONED);
    double share = notAnswered / offered.mean();
    if (share > NOT_ANSWERED_NOTE) {
      out.printf("Note: %.1f%% of offered chats were not yet answered at the end (still waiting, or still with the%n"
          + "bot); they are in no wait, abandonment or CSAT figure above. If they were waiting, more work%n"
          + "arrived than the agents finished: add agents.%n", 100 * share);
    }
  }

  private static double mean(ExperimentResult r, Metric m) {
    MetricSummary s = r.total().get(m);
    return s == null ? 0 : s.mean();
  }

  private static void printBreakdown(String title, Map<String, Map<Metric, MetricSummary>> rows, PrintWriter out) {
    out.printf("%-16s %10s %10s %8s %8s %8s %9s %8s%n", title, "offered", "answered", "SL", "ASA s", "aband.", "occupancy", "conc.");
    for (Map.Entry<String, Map<Metric, MetricSummary>> e : rows.entrySet()) {
      Map<Metric, MetricSummary> m = e.getValue();
      out.printf("%-16s %10s %10s %8s %8s %8s %9s %8s%n", clip(e.getKey(), 16),
          cell(m, Metric.OFFERED, Kind.COUNT), cell(m, Metric.ANSWERED, Kind.COUNT),
          cell(m, Metric.SERVICE_LEVEL, Kind.PERCENT), cell(m, Metric.ASA_SECONDS, Kind.SECONDS),
          cell(m, Metric.ABANDON_RATE, Kind.PERCENT), cell(m, Metric.OCCUPANCY, Kind.PERCENT),
          cell(m, Metric.MEAN_CONCURRENCY, Kind.NUMBER));
    }
  }

  private static String cell(Map<Metric, MetricSummary> m, Metric metric, Kind kind) {
    MetricSummary s = m.get(metric);
    return s == null || Double.isNaN(s.mean()) ? "-" : format(s.mean(), kind, "");
  }

  static String format(double v, Kind kind, String currency) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return switch (kind) {
      case COUNT -> String.format("%,.0f", v);
      case PERCENT -> String.format("%.1f%%", 100 * v);
      case SECONDS -> String.format("%.1f", v);
      case MONEY -> String.format("%,.2f %s", v, currency).trim();
      case NUMBER -> String.format("%.2f", v);
    };
  }

  private static String plusMinus(MetricSummary m, Kind kind) {
    if (Double.isNaN(m.halfWidth())) {
      return "";
    }
    String hw = switch (kind) {
      case PERCENT -> String.format("%.1f pts", 100 * m.halfWidth());
      case COUNT -> String.format("%,.0f", m.halfWidth());
      case MONEY -> String.format("%,.2f", m.halfWidth());
      default -> String.format("%.2f", m.halfWidth());
    };
    return "+/- " + hw;
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "~";
  }
}
