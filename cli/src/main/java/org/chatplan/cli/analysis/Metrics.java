package org.chatplan.cli.analysis;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.charts.MetricText;
import org.chatplan.charts.report.CompareRow;
import org.chatplan.cli.UserError;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.chatplan.scenarios.validate.Suggest;

/** The {@code --metrics} option (JSON keys, comma separated) and how a summary prints in a cell. */
public final class Metrics {
  private Metrics() {}

  /** Outcomes a sweep tabulates unless told otherwise. */
  public static final List<Metric> SWEEP_DEFAULT = List.of(Metric.SERVICE_LEVEL, Metric.ASA_SECONDS,
      Metric.ABANDON_RATE, Metric.COST_PER_CONTACT);

  /** Outcomes a comparison tabulates unless told otherwise: the report's default rows. */
  public static List<Metric> compareDefault() {
    List<Metric> out = new ArrayList<>();
    CompareRow.defaults().forEach(r -> out.add(r.metric()));
    return List.copyOf(out);
  }

  /** Parses {@code serviceLevel,asaSeconds}; null or blank gives {@code fallback}. */
  public static List<Metric> parse(String option, String text, List<Metric> fallback) {
    if (text == null) {
      return fallback;
    }
    if (text.isBlank()) {
      throw new UserError(option + ": is empty; give JSON keys, e.g. serviceLevel,asaSeconds (or leave the option out "
          + "for the default ones)");
    }
    List<String> keys = new ArrayList<>();
    for (Metric m : Metric.values()) {
      keys.add(m.key());
    }
    List<Metric> out = new ArrayList<>();
    for (String part : text.split(",")) {
      String k = part.strip();
      if (k.isEmpty()) {
        throw new UserError(option + ": empty entry in \"" + text + "\"; write e.g. serviceLevel,asaSeconds");
      }
      Metric found = null;
      for (Metric m : Metric.values()) {
        if (m.key().equalsIgnoreCase(k)) {
          found = m;
        }
      }
      if (found == null) {
        String close = Suggest.closest(k, keys);
        throw new UserError(option + ": unknown metric \"" + k + "\"; "
            + (close != null ? "maybe " + close + "?" : "metrics are the JSON keys of `chatplan run --json`, "
                + "e.g. serviceLevel, asaSeconds, abandonRate, occupancy, costPerContact"));
      }
      if (!out.contains(found)) {
        out.add(found);
      }
    }
    return List.copyOf(out);
  }

  /** "Service level (%)". */
  public static String header(Metric m, String currency) {
    return MetricText.labelWithUnit(m, currency);
  }

  /**
   * "88.8 +/- 1.2" in display units (shares as percent); "n/a" when undefined; no +/- with n &lt; 2.
   * ASCII on purpose: the console may not be UTF-8.
   */
  public static String cell(Metric m, MetricSummary s) {
    if (s == null || Double.isNaN(s.mean())) {
      return "n/a";
    }
    String mean = MetricText.format(m, s.mean());
    return Double.isNaN(s.halfWidth()) ? mean : mean + " " + plusMinus(m, s);
  }

  /** "+/- 1.2" in the metric's display units and decimals. */
  static String plusMinus(Metric m, MetricSummary s) {
    return MetricText.formatHalfWidth(m, s).replace("\u00b1", "+/-");
  }

  /**
   * A difference in display units with its sign: "+2.2 +/- 0.6" (percentage points for shares), and
   * "n.s." when its interval contains 0.
   */
  public static String difference(Metric m, double mean, double halfWidth, boolean significant) {
    if (Double.isNaN(mean)) {
      return "n/a";
    }
    String d = MetricText.format(m, mean);
    if (!d.startsWith("-") && !d.startsWith("n/a")) {
      d = "+" + d;
    }
    if (!Double.isNaN(halfWidth)) {
      d += " " + plusMinus(m, new MetricSummary(mean, halfWidth, 2));
    }
    return significant ? d : d + " n.s.";
  }

  /** Which way the metric improves, for the HTML comparison report. */
  public static CompareRow.Better better(Metric m) {
    return switch (m) {
      case SERVICE_LEVEL, SERVABLE_SERVICE_LEVEL, CSAT, CSAT_ALL_CONTACTS, FIRST_CONTACT_RESOLUTION, ANSWERED, HANDLED,
          BOT_RESOLVED -> CompareRow.Better.HIGHER;
      case ASA_SECONDS, MEAN_QUEUE_SECONDS, WAIT_P50_SECONDS, WAIT_P90_SECONDS, WAIT_P99_SECONDS, ABANDON_RATE,
          SERVABLE_ABANDON_RATE, UNSERVABLE, ABANDONED, SILENT_ABANDONED, RETRIES, REPEAT_CONTACTS, PROB_WAIT,
          MEAN_QUEUE_LENGTH, WRONG_ANSWERS,
          PAID_HOURS, OVERTIME_HOURS, COST_LABOUR, COST_BOT, COST_TOTAL, COST_PER_CONTACT, COST_PER_RESOLVED ->
          CompareRow.Better.LOWER;
      default -> CompareRow.Better.NEITHER;
    };
  }
}
