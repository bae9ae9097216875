package org.chatplan.charts.report;

import static org.chatplan.charts.report.Html.escape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.chatplan.charts.Headless;
import org.chatplan.charts.MetricText;
import org.chatplan.charts.ZoneText;
import org.chatplan.charts.chart.CostSplit;
import org.chatplan.charts.render.AtomicFiles;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;

/**
 * The self-contained HTML report: {@code index.html} with everything inline (charts as base64 PNG,
 * style sheet in the page, no scripts, no links out). All scenario text is escaped.
 */
public final class HtmlReport {
  /** File name of the report inside its folder. */
  public static final String INDEX = "index.html";

  private HtmlReport() {}

  /** Writes {@code dir/index.html} atomically, creating {@code dir}; returns the file. */
  public static Path write(Path dir, ReportInput input) throws IOException {
    Path file = dir.resolve(INDEX);
    AtomicFiles.writeString(file, render(input));
    return file;
  }

  /** Writes the comparison of several runs to {@code dir/index.html} atomically; returns the file. */
  public static Path writeComparison(Path dir, List<String> names, List<ExperimentResult> results,
      List<CompareRow> rows) throws IOException {
    Path file = dir.resolve(INDEX);
    AtomicFiles.writeString(file, ComparisonPage.render(names, results, rows));
    return file;
  }

  /** The comparison page as a string. */
  public static String renderComparison(List<String> names, List<ExperimentResult> results, List<CompareRow> rows) {
    return ComparisonPage.render(names, results, rows);
  }

  /** The report page as a string. */
  public static String render(ReportInput input) {
    Headless.ensure();
    ExperimentResult r = input.result();
    Scenario s = r.scenario();
    int reps = r.replications().size();
    StringBuilder b = new StringBuilder();
    b.append("<header>\n").append(Html.el("h1", s.name())).append('\n');
    if (!s.description().isBlank()) {
      b.append("<p class=\"lead\">").append(escape(s.description())).append("</p>\n");
    }
    b.append(facts(input)).append("</header>\n");
    b.append("<nav><a href=\"#summary\">Summary</a><a href=\"#charts\">Over the window</a>"
        + "<a href=\"#breakdowns\">Regions and sites</a><a href=\"#chat-vs-phone\">Chat vs phone</a>"
        + "<a href=\"#assumptions\">Assumptions</a><a href=\"#definitions\">Definitions</a></nav>\n");
    b.append("<section id=\"summary\">\n<h2>Summary</h2>\n").append(Tables.summary(r.total(), s.currency()))
        .append("</section>\n");
    b.append("<section id=\"charts\">\n<h2>Over the window</h2>\n<p>Times in ").append(escape(ZoneText.name(input.zone())))
        .append("; one point per ").append(escape(interval(s.calendar()))).append(" reporting interval.</p>\n")
        .append(ReportCharts.overTheWindow(r, input.zone())).append("</section>\n");
    b.append("<section id=\"breakdowns\">\n<h2>Regions and sites</h2>\n<h3 id=\"regions\">By region</h3>\n")
        .append(Tables.breakdown("region", r.byRegion(), s.currency(), reps))
        .append("<h3 id=\"sites\">By site</h3>\n").append(Tables.breakdown("site", r.bySite(), s.currency(), reps))
        .append("<h3 id=\"topics\">By topic</h3>\n").append(Tables.breakdown("topic", r.byTopic(), s.currency(), reps))
        .append("<h3 id=\"languages\">By language</h3>\n")
        .append(Tables.breakdown("language", r.byLanguage(), s.currency(), reps)).append("</section>\n");
    b.append(chatVsPhone(input));
    b.append("<section id=\"assumptions\">\n<h2>Assumptions</h2>\n");
    if (input.scenarioYaml().isPresent()) {
      b.append("<p>The scenario exactly as run:</p>\n<pre>").append(escape(input.scenarioYaml().get()))
          .append("</pre>\n");
    } else {
      b.append("<p class=\"note\">No scenario text was given (the scenario was built in code).</p>\n");
    }
    b.append("</section>\n").append(definitions(Metric.values())).append(footer(r));
    return Html.page(s.name() + " – chatplan report", b.toString());
  }

  private static String facts(ReportInput input) {
    ExperimentResult r = input.result();
    Scenario s = r.scenario();
    Calendar c = s.calendar();
    StringBuilder regions = new StringBuilder();
    for (Region region : s.demand().regions()) {
      regions.append(regions.length() == 0 ? "" : ", ").append(region.name()).append(" (").append(region.zone()).append(')');
    }
    StringBuilder sites = new StringBuilder();
    for (Site site : s.agents().sites()) {
      sites.append(sites.length() == 0 ? "" : ", ").append(site.name()).append(" (").append(site.zone()).append(')');
    }
    return "<dl class=\"facts\">\n"
        + fact("Window", c.start() + " 00:00 UTC + " + MetricText.number(c.warmupSeconds() / 3600, 1)
            + " h warm-up, then " + c.days() + " reported day(s) in " + interval(c) + " intervals")
        + fact("Replications", r.replications().size() + " (seed " + r.seed() + ")")
        + fact("Targets", MetricText.number(s.targets().serviceLevel() * 100, 1) + "% answered within "
            + MetricText.number(s.targets().withinSeconds(), 0) + " s; abandon at most "
            + MetricText.number(s.targets().maxAbandon() * 100, 1) + "%")
        + fact("Regions", regions.toString()) + fact("Sites", sites.toString())
        + fact("Bot", s.bot().enabled() ? "in front of the queue" : "none")
        + fact("Currency", s.currency()) + fact("Chart times in", ZoneText.name(input.zone())) + "</dl>\n";
  }

  private static String fact(String term, String value) {
    return "<dt>" + escape(term) + "</dt><dd>" + escape(value) + "</dd>\n";
  }

  private static String chatVsPhone(ReportInput input) {
    ExperimentResult r = input.result();
    StringBuilder b = new StringBuilder("<section id=\"chat-vs-phone\">\n<h2>Chat vs phone</h2>\n");
    List<CostSplit> costs;
    if (input.phone().isPresent()) {
      PhoneComparison p = input.phone().get();
      b.append(Tables.channels(p.rows()));
      costs = p.costs();
    } else {
      b.append("<p class=\"note\" id=\"phone-missing\">Phone baseline not computed. Chat costs alone:</p>\n");
      costs = CostSplit.chatOf(r).stream().toList();
    }
    if (costs.isEmpty()) {
      b.append("<p class=\"note\" id=\"no-cost-per-contact\">No contact was offered in any replication: "
          + "there is no cost per contact.</p>\n");
    } else {
      b.append(ReportCharts.costs(costs, r.scenario().currency()));
    }
    return b.append("</section>\n").toString();
  }

  /** The definitions section for the given metrics, plus the general terms. */
  static String definitions(Metric... metrics) {
    StringBuilder b = new StringBuilder("<section id=\"definitions\">\n<h2>Definitions</h2>\n<dl class=\"defs\">\n");
    for (Metric m : metrics) {
      MetricDefinitions.Definition d = MetricDefinitions.of(m);
      b.append("<dt id=\"def-").append(m.key()).append("\">").append(escape(MetricText.label(m)))
          .append(" <code>").append(escape(m.key())).append("</code></dt>\n<dd>").append(escape(d.meaning()))
          .append("<br>Formula: <code>").append(escape(d.formula())).append("</code></dd>\n");
    }
    for (MetricDefinitions.Term t : MetricDefinitions.terms()) {
      b.append("<dt>").append(escape(t.name())).append("</dt>\n<dd>").append(escape(t.meaning())).append("</dd>\n");
    }
    return b.append("</dl>\n</section>\n").toString();
  }

  static String footer(ExperimentResult r) {
    return "<footer><p class=\"note\">Made by chatplan from " + r.replications().size()
        + " replications with seed " + r.seed() + ". The same scenario and seed give the same page.</p></footer>\n";
  }

  private static String warmup(Calendar c) {
    double w = c.warmupSeconds();
    if (w == 0) {
      return "no";
    }
    return w % 86400 == 0 ? (long) (w / 86400) + (w == 86400 ? " day" : " days")
        : MetricText.number(w / 3600, w % 3600 == 0 ? 0 : 1) + " h";
  }

  static String interval(Calendar c) {
    double s = c.intervalSeconds();
    return s % 3600 == 0 ? (long) (s / 3600) + " h" : (long) (s / 60) + " min";
  }
}
