package org.chatplan.charts.report;

import static org.chatplan.charts.report.Html.escape;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chatplan.charts.MetricText;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/** The report's tables: whole-window summary, one table per breakdown, chat vs phone. */
final class Tables {
  private Tables() {}

  /** Metric, mean, ± 95% half-width, n: one row per metric the run reported. */
  static String summary(Map<Metric, MetricSummary> total, String currency) {
    StringBuilder b = new StringBuilder("<table class=\"summary\">\n<caption>Whole reported window; mean over"
        + " replications with its 95% confidence half-width</caption>\n"
        + "<tr><th>Metric</th><th>Mean</th><th>± 95% half-width</th><th>n</th></tr>\n");
    for (Metric m : Metric.values()) {
      MetricSummary s = total.get(m);
      if (s != null) {
        b.append("<tr><th><a href=\"#def-").append(m.key()).append("\">")
            .append(escape(MetricText.labelWithUnit(m, currency))).append("</a></th><td class=\"num\">")
            .append(MetricText.format(m, s.mean())).append("</td><td class=\"num\">")
            .append(MetricText.formatHalfWidth(m, s)).append("</td><td class=\"num\">").append(s.n())
            .append("</td></tr>\n");
      }
    }
    return b.append("</table>\n").toString();
  }

  /**
   * One column per name (region, site...), one row per metric defined for any of them; each cell is
   * "mean ± half-width", with "(n=k)" added where k differs from {@code replications}.
   */
  static String breakdown(String what, Map<String, Map<Metric, MetricSummary>> by, String currency,
      int replications) {
    if (by.isEmpty()) {
      return "<p class=\"note\">No " + escape(what) + " in this run.</p>\n";
    }
    Set<Metric> present = EnumSet.noneOf(Metric.class);
    by.values().forEach(f -> present.addAll(f.keySet()));
    StringBuilder b = new StringBuilder("<table class=\"breakdown\">\n<caption>By ").append(escape(what))
        .append("; each cell: mean ± 95% half-width over n = ").append(replications)
        .append(" replications unless shown</caption>\n<tr><th>Metric</th>");
    for (String name : by.keySet()) {
      b.append("<th>").append(escape(name)).append("</th>");
    }
    b.append("</tr>\n");
    for (Metric m : present) {
      b.append("<tr><th>").append(escape(MetricText.labelWithUnit(m, currency))).append("</th>");
      for (Map<Metric, MetricSummary> f : by.values()) {
        MetricSummary s = f.get(m);
        b.append("<td class=\"num\">").append(s == null ? "–" : cell(m, s, replications)).append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</table>\n").toString();
  }

  /** Measure, chat, phone: each "mean ± half-width (n)". */
  static String channels(List<ChannelRow> rows) {
    StringBuilder b = new StringBuilder("<table class=\"channels\">\n<caption>Same offered contacts on each"
        + " channel; mean ± 95% half-width (n)</caption>\n<tr><th>Measure</th><th>Chat</th><th>Phone</th></tr>\n");
    for (ChannelRow r : rows) {
      b.append("<tr><th>").append(escape(r.measure())).append("</th><td class=\"num\">")
          .append(plain(r.chat())).append("</td><td class=\"num\">").append(plain(r.phone())).append("</td></tr>\n");
    }
    return b.append("</table>\n").toString();
  }

  /** "84.2 ± 0.6" in display units, plus "(n=k)" when k is not the usual count. */
  static String cell(Metric m, MetricSummary s, int replications) {
    String hw = Double.isNaN(s.halfWidth()) ? "" : " <span class=\"hw\">" + MetricText.formatHalfWidth(m, s) + "</span>";
    String n = s.n() == replications ? "" : " <span class=\"n\">(n=" + s.n() + ")</span>";
    return MetricText.format(m, s.mean()) + hw + n;
  }

  /** A summary already in display units, with decimals chosen by magnitude. */
  static String plain(MetricSummary s) {
    int dec = decimals(s.mean());
    String hw = Double.isNaN(s.halfWidth()) ? "" : " <span class=\"hw\">± " + MetricText.number(s.halfWidth(), dec) + "</span>";
    return MetricText.number(s.mean(), dec) + hw + " <span class=\"n\">(n=" + s.n() + ")</span>";
  }

  static int decimals(double v) {
    double a = Math.abs(v);
    return a >= 100 ? 0 : a >= 10 ? 1 : 2;
  }

  /** Metrics in enum order that appear in any of the maps. */
  static List<Metric> present(List<Map<Metric, MetricSummary>> maps) {
    Set<Metric> set = EnumSet.noneOf(Metric.class);
    maps.forEach(f -> set.addAll(f.keySet()));
    return new ArrayList<>(set);
  }
}
