package org.chatplan.cli.analysis;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntFunction;
import org.chatplan.engine.erlang.ChatModelSpec;
import org.chatplan.engine.erlang.ErlangAResult;
import org.chatplan.engine.erlang.ErlangCResult;
import org.chatplan.engine.erlang.ExactChatResult;

/** What {@code chatplan erlang} prints: one labelled line per figure, shares as percent, times in seconds. */
public final class ErlangText {
  private ErlangText() {}

  /** Wait percentiles printed for Erlang C. */
  private static final double[] PERCENTILES = {0.5, 0.8, 0.9, 0.95, 0.99};

  /** The load every model starts from. */
  public record Traffic(double arrivalsPerInterval, double intervalSeconds, double handleSeconds) {
    public double arrivalRatePerSecond() {
      return arrivalsPerInterval / intervalSeconds;
    }

    /** a = lambda h, in Erlangs. */
    public double offeredLoad() {
      return arrivalRatePerSecond() * handleSeconds;
    }
  }

  public static void header(PrintWriter out, String title, Traffic in, Double patienceSeconds) {
    out.println(title);
    String per = in.intervalSeconds() == 3600 ? "per hour"
        : "per " + Inputs.duration(in.intervalSeconds()) + " = "
            + num(in.arrivalRatePerSecond() * 3600, 2) + " per hour";
    line(out, "arrivals", num(in.arrivalsPerInterval(), 2) + " " + per);
    line(out, "handle time", Inputs.duration(in.handleSeconds()) + " = "
        + num(in.handleSeconds(), 1) + " s; offered load " + fixed(in.offeredLoad(), 2) + " Erlangs");
    if (patienceSeconds != null) {
      line(out, "mean patience", Inputs.duration(patienceSeconds) + " (exponential)");
    }
    out.println();
  }

  public static void erlangB(PrintWriter out, int agents, double a, double blocking) {
    double carried = a * (1 - blocking);
    line(out, "agents", Integer.toString(agents));
    line(out, "blocking (lost)", fixed(blocking, 4) + "  (" + percent(blocking) + ")");
    line(out, "carried load", fixed(carried, 2) + " Erlangs");
    line(out, "occupancy", percent(carried / agents));
  }

  public static void erlangC(PrintWriter out, ErlangCResult r) {
    line(out, "agents", Integer.toString(r.agents()));
    if (!r.stable()) {
      line(out, "UNSTABLE", "offered load " + fixed(r.offeredLoad(), 2) + " Erlangs >= " + r.agents()
          + " agents: the queue grows without bound");
    }
    line(out, "P(wait)", fixed(r.probWait(), 4));
    line(out, "service level (" + dur(r.slThresholdSeconds()) + ")", percent(r.serviceLevel()));
    line(out, "ASA", seconds(r.asaSeconds()));
    line(out, "mean queue time", seconds(r.meanQueueSeconds()) + "  (everyone waits it out: equals ASA)");
    line(out, "abandon rate", percent(0) + "  (nobody abandons in Erlang C)");
    line(out, "occupancy", percent(r.occupancy()));
    StringBuilder b = new StringBuilder();
    for (double p : PERCENTILES) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append('p').append(num(p * 100, 0)).append(' ').append(seconds(r.waitQuantileSeconds(p)));
    }
    line(out, "wait percentiles", b.toString());
  }

  public static void erlangA(PrintWriter out, ErlangAResult r) {
    line(out, "agents", Integer.toString(r.agents()));
    line(out, "P(wait)", fixed(r.probWait(), 4));
    line(out, "service level (" + dur(r.slThresholdSeconds()) + ")", percent(r.serviceLevel())
        + "  (abandoned count against)");
    line(out, "ASA", seconds(r.asaSeconds()) + "  (answered contacts)");
    line(out, "mean queue time", seconds(r.meanQueueSeconds()) + "  (every contact, abandoned included)");
    line(out, "abandon rate", percent(r.abandonRate()));
    line(out, "still waiting after " + dur(r.slThresholdSeconds()), percent(r.probWaitExceedsThreshold()));
    line(out, "occupancy", percent(r.occupancy()));
  }

  /** The exact model, the naive shortcut and their gap, side by side. */
  public static void chat(PrintWriter out, ChatModelSpec spec, ExactChatResult exact, ErlangAResult naive) {
    String t = dur(exact.slThresholdSeconds());
    out.printf("  %-26s %14s %16s %18s%n", "", "exact model", "naive shortcut", "shortcut - exact");
    row(out, "P(wait)", fixed(exact.probWait(), 4), fixed(naive.probWait(), 4),
        signed(naive.probWait() - exact.probWait(), 4, ""));
    row(out, "service level (" + t + ")", percent(exact.serviceLevel()), percent(naive.serviceLevel()),
        signed(100 * (naive.serviceLevel() - exact.serviceLevel()), 1, " pts"));
    row(out, "ASA", seconds(exact.asaSeconds()), seconds(naive.asaSeconds()),
        signed(naive.asaSeconds() - exact.asaSeconds(), 1, " s"));
    row(out, "mean queue time", seconds(exact.meanQueueSeconds()), seconds(naive.meanQueueSeconds()),
        signed(naive.meanQueueSeconds() - exact.meanQueueSeconds(), 1, " s"));
    row(out, "abandon rate", percent(exact.abandonRate()), percent(naive.abandonRate()),
        signed(100 * (naive.abandonRate() - exact.abandonRate()), 1, " pts"));
    row(out, "occupancy (chat slots)", percent(exact.occupancy()), percent(naive.occupancy()),
        signed(100 * (naive.occupancy() - exact.occupancy()), 1, " pts"));
    row(out, "utilisation (agents busy)", percent(exact.utilisation()), "-", "");
    row(out, "mean concurrency", fixed(exact.meanConcurrency(), 2), "-", "");
    int c = spec.maxConcurrency();
    double handle = spec.meanHandleSeconds() * c / spec.throughput()[c - 1];
    out.println();
    out.println("Naive shortcut: " + spec.agents() * c + " servers (" + spec.agents() + " agents x " + c
        + "), each chat taking " + dur(spec.meanHandleSeconds()) + " x " + c + " / " + num(spec.throughput()[c - 1], 3)
        + " = " + num(handle, 1) + " s, then Erlang " + (Double.isInfinite(spec.meanPatienceSeconds()) ? "C" : "A")
        + ".");
    boolean linear = true;
    for (int k = 1; k <= c; k++) {
      linear &= spec.throughput()[k - 1] == k;
    }
    out.println(linear ? "With throughput(k) = k every chat progresses alone at the same rate: the shortcut is exact."
        : "It ignores that agents holding fewer than " + c + " chats work each one faster.");
  }

  public static void unstableChat(PrintWriter out, ChatModelSpec spec) {
    int c = spec.maxConcurrency();
    double capacity = spec.agents() * spec.throughput()[c - 1] / spec.meanHandleSeconds();
    line(out, "UNSTABLE", num(spec.arrivalRatePerSecond() * 3600, 1) + " chats per hour arrive but " + spec.agents()
        + " agents at full concurrency");
    line(out, "", "finish at most " + num(capacity * 3600, 1) + " per hour; with nobody abandoning, the queue");
    line(out, "", "grows without bound in both models. Maybe more --agents, or --patience?");
  }

  /**
   * Staffing levels around the minimum: {@code figures} gives P(wait), service level, ASA, abandon
   * rate and occupancy for a number of agents.
   */
  public static void staffingTable(PrintWriter out, int minimum, double within, IntFunction<double[]> figures) {
    out.printf("  %7s %9s %9s %9s %9s %10s%n", "agents", "P(wait)", "SL " + dur(within), "ASA s", "abandon",
        "occupancy");
    for (int n = Math.max(1, minimum - 2); n <= minimum + 3; n++) {
      double[] f = figures.apply(n);
      out.printf("  %7d %9s %9s %9s %9s %10s%s%n", n, fixed(f[0], 4), percent(f[1]),
          Double.isInfinite(f[2]) ? "infinite" : fixed(f[2], 1), percent(f[3]),
          percent(f[4]), n == minimum ? "  <- fewest" : "");
    }
  }

  /** "80% within 20s and abandon <= 5%". */
  public static String goal(double sl, double within, double maxAbandon, double maxAsa) {
    StringBuilder b = new StringBuilder();
    if (!Double.isNaN(sl)) {
      b.append(Inputs.plain(round(100 * sl))).append("% within ").append(dur(within));
    }
    if (!Double.isNaN(maxAbandon)) {
      b.append(b.length() > 0 ? " and " : "").append("abandon <= ").append(Inputs.plain(round(100 * maxAbandon))).append('%');
    }
    if (!Double.isInfinite(maxAsa)) {
      b.append(b.length() > 0 ? " and " : "").append("ASA <= ").append(dur(maxAsa));
    }
    return b.toString();
  }

  /** "+6 agents, +17% against the exact model". */
  public static String agentGap(int naive, int exact) {
    if (naive == exact) {
      return "same as the exact model";
    }
    int d = naive - exact;
    return (d > 0 ? "+" : "") + d + " agent" + (Math.abs(d) == 1 ? "" : "s") + ", "
        + signed(100.0 * d / exact, 0, "%") + " against the exact model";
  }

  public static String curve(double[] throughput) {
    StringBuilder b = new StringBuilder();
    for (double v : throughput) {
      b.append(b.length() > 0 ? ", " : "").append(num(v, 3));
    }
    return b.toString();
  }

  public static String percent(double fraction) {
    return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
  }

  private static double round(double v) {
    return Math.rint(v * 1e6) / 1e6;
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("  %-26s %s%n", label, value);
  }

  private static void row(PrintWriter out, String label, String exact, String naive, String gap) {
    out.println(String.format(Locale.ROOT, "  %-26s %14s %16s %18s", label, exact, naive, gap).stripTrailing());
  }

  private static String seconds(double s) {
    return Double.isInfinite(s) ? "infinite" : fixed(s, 1) + " s";
  }

  private static String dur(double s) {
    return Inputs.duration(s);
  }

  private static String fixed(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** Up to {@code decimals}, trailing zeros dropped: 200, 55.56. */
  private static String num(double v, int decimals) {
    if (Double.isInfinite(v)) {
      return "infinite";
    }
    return Inputs.plain(
        new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue());
  }

  private static String signed(double v, int decimals, String unit) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (Double.isInfinite(v)) {
      return (v > 0 ? "+" : "-") + "infinite";
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return (v >= 0 && !s.startsWith("-") ? "+" : "") + s + unit;
  }
}
