package org.chatplan.charts;

import java.util.Locale;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/**
 * How a {@link Metric} is named and printed for people: label, unit, display scale (shares become
 * percent) and number format. Charts and the HTML report use this one table, so an axis and a table
 * cell never disagree.
 */
public final class MetricText {
  private MetricText() {}

  /** What a metric counts; decides its unit, scale and decimals. */
  public enum Kind {
    /** A number of chats over the window or interval. */
    COUNT,
    /** A fraction 0..1, shown as percent. */
    SHARE,
    /** A time in seconds. */
    SECONDS,
    /** A time in hours. */
    HOURS,
    /** Money in the scenario's currency. */
    MONEY,
    /** A time-average level (agents, chats in queue, chats per agent). */
    LEVEL
  }

  /** Short human label, without unit. */
  public static String label(Metric m) {
    return switch (m) {
      case OFFERED -> "Offered";
      case BOT_RESOLVED -> "Bot-resolved";
      case REACHED_QUEUE -> "Reached the agent queue";
      case ANSWERED -> "Answered";
      case HANDLED -> "Handled";
      case ABANDONED -> "Abandoned";
      case SILENT_ABANDONED -> "Silent abandons";
      case RETRIES -> "Retries";
      case REPEAT_CONTACTS -> "Repeat contacts";
      case STILL_IN_SYSTEM -> "Still in system at end";
      case CLOSED_ARRIVALS -> "Arrived while closed";
      case UNSERVABLE -> "Unservable contacts";
      case TRANSLATED -> "Translated";
      case ASA_SECONDS -> "ASA";
      case MEAN_QUEUE_SECONDS -> "Mean queue time";
      case SERVICE_LEVEL -> "Service level";
      case SERVABLE_SERVICE_LEVEL -> "Servable service level";
      case PROB_WAIT -> "Probability of waiting";
      case WAIT_P50_SECONDS -> "Wait p50";
      case WAIT_P90_SECONDS -> "Wait p90";
      case WAIT_P99_SECONDS -> "Wait p99";
      case ABANDON_RATE -> "Abandon rate";
      case SERVABLE_ABANDON_RATE -> "Servable abandon rate";
      case MEAN_QUEUE_LENGTH -> "Mean queue length";
      case MEAN_CHATS_IN_SERVICE -> "Mean chats in service";
      case MEAN_HANDLE_SECONDS -> "Mean handle time";
      case AGENTS_LOGGED_IN -> "Agents logged in";
      case OCCUPANCY -> "Occupancy";
      case UTILISATION -> "Utilisation";
      case MEAN_CONCURRENCY -> "Mean concurrency";
      case CSAT -> "CSAT (answered)";
      case CSAT_ALL_CONTACTS -> "CSAT (all contacts)";
      case FIRST_CONTACT_RESOLUTION -> "First-contact resolution";
      case WRONG_ANSWERS -> "Wrong answers";
      case PAID_HOURS -> "Paid hours";
      case OVERTIME_HOURS -> "Overtime hours";
      case COST_LABOUR -> "Labour cost";
      case COST_BOT -> "Bot cost";
      case COST_TOTAL -> "Total cost";
      case COST_PER_CONTACT -> "Cost per contact";
      case COST_PER_RESOLVED -> "Cost per resolved contact";
      default -> m.key();
    };
  }

  /** What the metric measures. */
  public static Kind kind(Metric m) {
    return switch (m) {
      case ASA_SECONDS, MEAN_QUEUE_SECONDS, WAIT_P50_SECONDS, WAIT_P90_SECONDS, WAIT_P99_SECONDS,
          MEAN_HANDLE_SECONDS -> Kind.SECONDS;
      case SERVICE_LEVEL, SERVABLE_SERVICE_LEVEL, PROB_WAIT, ABANDON_RATE, SERVABLE_ABANDON_RATE, OCCUPANCY,
          UTILISATION, CSAT, CSAT_ALL_CONTACTS,
          FIRST_CONTACT_RESOLUTION -> Kind.SHARE;
      case PAID_HOURS, OVERTIME_HOURS -> Kind.HOURS;
      case COST_LABOUR, COST_BOT, COST_TOTAL, COST_PER_CONTACT, COST_PER_RESOLVED -> Kind.MONEY;
      case MEAN_QUEUE_LENGTH, MEAN_CHATS_IN_SERVICE, AGENTS_LOGGED_IN, MEAN_CONCURRENCY -> Kind.LEVEL;
      default -> Kind.COUNT;
    };
  }

  /** Unit as printed after a value or in an axis label. */
  public static String unit(Metric m, String currency) {
    return switch (kind(m)) {
      case SECONDS -> "s";
      case SHARE -> "%";
      case HOURS -> "h";
      case MONEY -> currency;
      case COUNT -> "chats";
      case LEVEL -> switch (m) {
        case AGENTS_LOGGED_IN -> "agents";
        case MEAN_CONCURRENCY -> "chats per busy agent";
        default -> "chats";
      };
    };
  }

  /** "Service level (%)": label with unit, for axes and table headers. */
  public static String labelWithUnit(Metric m, String currency) {
    return label(m) + " (" + unit(m, currency) + ")";
  }

  /** Factor from the engine's value to the displayed one (100 for shares, else 1). */
  public static double scale(Metric m) {
    return kind(m) == Kind.SHARE ? 100 : 1;
  }

  /** The engine's value scaled for display. */
  public static double display(Metric m, double value) {
    return value * scale(m);
  }

  /** A value in display units with the metric's decimals; "n/a" for NaN. */
  public static String format(Metric m, double value) {
    return number(display(m, value), decimals(m, value));
  }

  /** "± 0.6" in display units, or "n/a" when undefined (n &lt; 2). */
  public static String formatHalfWidth(Metric m, MetricSummary s) {
    return Double.isNaN(s.halfWidth()) ? "n/a" : "± " + number(display(m, s.halfWidth()), decimals(m, s.mean()));
  }

  /** A plain number with the given decimals, "n/a" for NaN or infinite. */
  public static String number(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  private static int decimals(Metric m, double value) {
    return switch (kind(m)) {
      case COUNT -> Math.abs(value) >= 100 ? 0 : 1;
      case SHARE, SECONDS, HOURS -> 1;
      case MONEY, LEVEL -> 2;
    };
  }
}
