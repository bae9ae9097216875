package org.chatplan.charts.report;

import static org.chatplan.charts.report.Html.escape;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.charts.Headless;
import org.chatplan.charts.MetricText;
import org.chatplan.charts.chart.CompareChart;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/**
 * The page comparing several runs: which scenarios, a table (rows you choose, one column per
 * scenario, the best marked), the compare chart and the definitions of the compared metrics.
 */
final class ComparisonPage {
  private ComparisonPage() {}

  static String render(List<String> names, List<ExperimentResult> results, List<CompareRow> rows) {
    Headless.ensure();
    if (names.size() != results.size() || names.isEmpty()) {
      throw new IllegalArgumentException("need one name per result and at least one, got " + names.size()
          + " names for " + results.size() + " results");
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("choose at least one comparison row; maybe CompareRow.defaults()?");
    }
    StringBuilder b = new StringBuilder("<header>\n<h1>Scenario comparison</h1>\n<ol class=\"scenarios\">\n");
    for (int i = 0; i < names.size(); i++) {
      ExperimentResult r = results.get(i);
      b.append("<li><strong>").append(escape(names.get(i))).append("</strong>: ").append(escape(r.scenario().name()))
          .append(" (").append(r.replications().size()).append(" replications, seed ").append(r.seed()).append(')');
      if (!r.scenario().description().isBlank()) {
        b.append("<br><span class=\"note\">").append(escape(r.scenario().description())).append("</span>");
      }
      b.append("</li>\n");
    }
    b.append("</ol>\n</header>\n<section id=\"comparison\">\n<h2>Side by side</h2>\n")
        .append(table(names, results, rows));
    List<Metric> metrics = new ArrayList<>();
    rows.forEach(row -> metrics.add(row.metric()));
    b.append(ReportCharts.figure(CompareChart.create(names, results, metrics), ReportCharts.WIDTH,
        CompareChart.suggestedHeight(metrics.size()), "Each panel one metric; whiskers are 95% confidence intervals."))
        .append("</section>\n")
        .append(HtmlReport.definitions(metrics.toArray(Metric[]::new)))
        .append("<footer><p class=\"note\">Made by chatplan. The same scenarios and seeds give the same page.</p></footer>\n");
    return Html.page("Scenario comparison – chatplan", b.toString());
  }

  private static String table(List<String> names, List<ExperimentResult> results, List<CompareRow> rows) {
    String currency = results.get(0).scenario().currency();
    StringBuilder b = new StringBuilder("<table class=\"comparison\">\n<caption>Mean ± 95% half-width (n);"
        + " highlighted: best; † its interval overlaps the runner-up's, so the lead may be noise</caption>\n"
        + "<tr><th>Metric</th>");
    names.forEach(n -> b.append("<th>").append(escape(n)).append("</th>"));
    b.append("</tr>\n");
    for (CompareRow row : rows) {
      Metric m = row.metric();
      b.append("<tr><th><a href=\"#def-").append(m.key()).append("\">")
          .append(escape(MetricText.labelWithUnit(m, currency))).append("</a></th>");
      int best = best(results, row);
      List<MetricSummary> values = new ArrayList<>();
      results.forEach(r -> values.add(r.get(m)));
      boolean overlaps = best >= 0 && overlapsRunnerUp(values, best);
      for (int i = 0; i < results.size(); i++) {
        MetricSummary s = results.get(i).get(m);
        String cls = i == best ? "num best" : "num";
        b.append("<td class=\"").append(cls).append("\">");
        if (s == null) {
          b.append("–");
        } else {
          b.append(Tables.cell(m, s, -1)).append(i == best && overlaps ? " †" : "");
        }
        b.append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</table>\n").toString();
  }

  /**
   * Index of the best mean in the row's direction, or -1: no direction, fewer than two values, or a
   * tie for first place (nothing to single out when two runs are equally good).
   */
  static int best(List<ExperimentResult> results, CompareRow row) {
    if (row.better() == CompareRow.Better.NEITHER) {
      return -1;
    }
    int best = -1;
    int defined = 0;
    boolean tied = false;
    for (int i = 0; i < results.size(); i++) {
      double v = mean(results.get(i), row.metric());
      if (Double.isNaN(v)) {
        continue;
      }
      defined++;
      double b = best < 0 ? Double.NaN : mean(results.get(best), row.metric());
      if (best < 0 || (row.better() == CompareRow.Better.HIGHER ? v > b : v < b)) {
        best = i;
        tied = false;
      } else if (v == b) {
        tied = true;
      }
    }
    return defined >= 2 && !tied ? best : -1;
  }

  /**
   * Whether the best's interval overlaps the runner-up's: the other run whose mean is nearest the
   * best's (every other run is worse, so the nearest is second). Runs further down are not
   * compared: their overlap with the best says nothing about whether the best stands out.
   */
  static boolean overlapsRunnerUp(List<MetricSummary> row, int best) {
    MetricSummary b = row.get(best);
    MetricSummary runnerUp = null;
    for (int i = 0; i < row.size(); i++) {
      MetricSummary s = row.get(i);
      if (i == best || s == null || Double.isNaN(s.mean())) {
        continue;
      }
      if (runnerUp == null || Math.abs(b.mean() - s.mean()) < Math.abs(b.mean() - runnerUp.mean())) {
        runnerUp = s;
      }
    }
    if (runnerUp == null) {
      return false;
    }
    double hb = Double.isNaN(b.halfWidth()) ? 0 : b.halfWidth();
    double hs = Double.isNaN(runnerUp.halfWidth()) ? 0 : runnerUp.halfWidth();
    return Math.abs(b.mean() - runnerUp.mean()) <= hb + hs;
  }

  private static double mean(ExperimentResult r, Metric m) {
    MetricSummary s = r.get(m);
    return s == null ? Double.NaN : s.mean();
  }
}
