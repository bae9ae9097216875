package org.chatplan.charts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chatplan.charts.Fixtures;
import org.chatplan.charts.Images;
import org.chatplan.charts.MetricText;
import org.chatplan.charts.chart.CostSplit;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportTest {
  /** Where a sample report is left for charts/src/test/browser/check-report.sh. */
  static final Path SAMPLE = Path.of("target", "sample-report");

  private final ExperimentResult r = Fixtures.result();
  private String plain;
  private String withPhone;

  static PhoneComparison phone(ExperimentResult r) {
    MetricSummary sl = r.get(Metric.SERVICE_LEVEL);
    return new PhoneComparison(List.of(
        ChannelRow.of(Metric.SERVICE_LEVEL, "USD", sl, new MetricSummary(0.80, Double.NaN, 1)),
        ChannelRow.of(Metric.COST_PER_CONTACT, "USD", r.get(Metric.COST_PER_CONTACT), new MetricSummary(4.45, Double.NaN, 1)),
        new ChannelRow("Agents (FTE)", new MetricSummary(9.1, 0.4, 3), new MetricSummary(14.2, Double.NaN, 1))),
        List.of(CostSplit.chatOf(r).orElseThrow(), new CostSplit("Phone", java.util.Map.of("Agent labour", 4.10))));
  }

  @BeforeAll
  void render() throws IOException {
    Path file = HtmlReport.write(SAMPLE, ReportInput.of(r, Fixtures.YAML).withPhone(phone(r)).withZone(ZoneId.of("Europe/Berlin")));
    withPhone = Files.readString(file);
    plain = HtmlReport.render(ReportInput.of(r, Fixtures.YAML));
  }

  @Test
  void writesExactlyIndexHtmlCreatingTheFolderAndOverwritesWhole(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("new/report");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("index.html"), "stale");
    Path file = HtmlReport.write(dir, ReportInput.of(r, Fixtures.YAML));
    assertEquals(List.of("index.html"), names(dir));
    assertEquals(plain, Files.readString(file), "same input, same page");
  }

  @Test
  void hasEverySection() {
    for (String page : List.of(plain, withPhone)) {
      for (String id : List.of("summary", "charts", "regions", "sites", "topics", "languages", "chat-vs-phone",
          "assumptions", "definitions")) {
        assertTrue(page.contains("id=\"" + id + "\""), "section " + id);
      }
      assertTrue(page.startsWith("<!DOCTYPE html>"));
      assertTrue(page.strip().endsWith("</html>"));
    }
  }

  @Test
  void phoneSectionSaysNotComputedWhenAbsent() {
    assertTrue(plain.contains("Phone baseline not computed"));
    assertFalse(withPhone.contains("Phone baseline not computed"));
    assertTrue(withPhone.contains("<th>Agents (FTE)</th>"));
    assertTrue(withPhone.contains("<th>Service level (%)</th><td class=\"num\">"
        + MetricText.number(r.get(Metric.SERVICE_LEVEL).mean() * 100, 1)));
  }

  @Test
  void scenarioTextIsEscapedEverywhere() {
    for (String page : List.of(plain, withPhone)) {
      assertTrue(page.contains("<h1>Follow-the-sun &lt;b&gt;test&lt;/b&gt; &amp; &quot;friends&quot;</h1>"));
      assertTrue(page.contains("Two regions, two sites. &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
      assertTrue(page.contains("# a comment with &lt;tags&gt; &amp; &#39;quotes&#39;"), "YAML echoed, escaped");
      assertTrue(page.contains("<th>lisbon&amp;porto</th>"), "site name escaped in tables");
      assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "no script element at all");
      assertFalse(page.contains("<b>test</b>"));
      assertFalse(page.contains("lisbon&porto"));
    }
  }

  @Test
  void referencesNothingOutside() {
    for (String page : List.of(plain, withPhone)) {
      assertFalse(page.contains("http://"), "http://");
      assertFalse(page.contains("https://"), "https://");
      assertFalse(page.contains("<link"), "<link");
      assertFalse(page.contains("url("), "css url()");
      assertFalse(page.contains("@import"), "@import");
      Matcher src = Pattern.compile("src=\"([^\"]{0,30})").matcher(page);
      while (src.find()) {
        assertTrue(src.group(1).startsWith("data:image/png;base64,"), "inline image only: " + src.group(1));
      }
    }
  }

  @Test
  void chartsAreInlinePngsOfTheDeclaredSize() {
    assertEquals(7, count(plain, "data:image/png;base64,"), "6 window charts + cost");
    Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)\" width=\"(\\d+)\" height=\"(\\d+)\"").matcher(plain);
    int seen = 0;
    while (m.find()) {
      var img = Images.decode(Base64.getDecoder().decode(m.group(1)));
      assertEquals(Integer.parseInt(m.group(2)), img.getWidth());
      assertEquals(Integer.parseInt(m.group(3)), img.getHeight());
      assertTrue(Images.distinctColours(img) > 40);
      seen++;
    }
    assertEquals(7, seen);
  }

  @Test
  void summaryTableShowsMeanHalfWidthAndN() {
    MetricSummary sl = r.get(Metric.SERVICE_LEVEL);
    String row = "Service level (%)</a></th><td class=\"num\">" + MetricText.format(Metric.SERVICE_LEVEL, sl.mean())
        + "</td><td class=\"num\">" + MetricText.formatHalfWidth(Metric.SERVICE_LEVEL, sl) + "</td><td class=\"num\">3</td>";
    assertTrue(plain.contains(row), row);
  }

  @Test
  void definesEveryMetricWithItsFormula() {
    for (Metric m : Metric.values()) {
      assertTrue(plain.contains("id=\"def-" + m.key() + "\""), m.key());
    }
    assertFalse(plain.contains("No definition written yet"));
    for (String formula : List.of("SL = answered within target ÷ (answered + abandoned)",
        "ASA = Σ wait of answered ÷ answered", "abandon rate = abandoned ÷ (answered + abandoned)",
        "occupancy = busy slot time ÷ available slot time", "utilisation = time with ≥ 1 chat ÷ logged-in time",
        "mean concurrency = busy slot time ÷ time with ≥ 1 chat", "cost per contact = total cost ÷ offered",
        "Σ time in queue (answered and abandoned) ÷ (answered + abandoned)")) {
      assertTrue(plain.contains(formula), formula);
    }
  }

  @Test
  void chartTimesFollowTheChosenZone() {
    assertTrue(withPhone.contains("<dt>Chart times in</dt><dd>Europe/Berlin</dd>"));
    assertTrue(plain.contains("<dt>Chart times in</dt><dd>UTC</dd>"));
  }

  @Test
  void sampleIsLeftForTheBrowserCheck() throws IOException {
    assertEquals(List.of("index.html"), names(SAMPLE));
  }

  static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
