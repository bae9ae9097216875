package org.chatplan.charts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chatplan.charts.Fixtures;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonReportTest {
  @TempDir Path tmp;

  /** The dagger compares the best with the runner-up only, not with runs further down. */
  @Test
  void daggerComparesTheBestWithTheRunnerUpOnly() {
    var best = new org.chatplan.engine.stats.MetricSummary(98.8, 0.7, 2);
    var second = new org.chatplan.engine.stats.MetricSummary(95.7, 0.5, 2);
    var wideThird = new org.chatplan.engine.stats.MetricSummary(92.9, 8.3, 2);
    assertFalse(ComparisonPage.overlapsRunnerUp(List.of(second, best, wideThird), 1), "apart from the runner-up");
    var closeSecond = new org.chatplan.engine.stats.MetricSummary(98.0, 0.5, 2);
    assertTrue(ComparisonPage.overlapsRunnerUp(List.of(closeSecond, best, wideThird), 1));
  }

  @Test
  void comparesScenariosInOneSelfContainedPage() throws IOException {
    List<ExperimentResult> results = List.of(Fixtures.result(), Fixtures.variant(6));
    List<String> names = List.of("4 evening <now>", "6 evening & more");
    Path file = HtmlReport.writeComparison(tmp.resolve("cmp"), names, results, CompareRow.defaults());
    String page = Files.readString(file);
    assertEquals(List.of("index.html"), HtmlReportTest.names(tmp.resolve("cmp")));
    assertTrue(page.contains("<th>4 evening &lt;now&gt;</th><th>6 evening &amp; more</th>"));
    for (CompareRow row : CompareRow.defaults()) {
      assertTrue(page.contains("href=\"#def-" + row.metric().key() + "\""), row.metric().key());
      assertTrue(page.contains("id=\"def-" + row.metric().key() + "\""), "defined: " + row.metric().key());
    }
    assertEquals(1, HtmlReportTest.count(page, "data:image/png;base64,"), "the compare chart");
    assertTrue(page.contains("class=\"num best\""), "a best scenario is marked");
    assertFalse(page.contains("http://") || page.contains("https://"));
    assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("<script"));
  }

  @Test
  void bestFollowsTheDirection() {
    List<ExperimentResult> results = List.of(Fixtures.result(), Fixtures.variant(2));
    double a = results.get(0).get(Metric.PAID_HOURS).mean();
    double b = results.get(1).get(Metric.PAID_HOURS).mean();
    int lower = a < b ? 0 : 1;
    assertEquals(lower, ComparisonPage.best(results, new CompareRow(Metric.PAID_HOURS, CompareRow.Better.LOWER)));
    assertEquals(1 - lower, ComparisonPage.best(results, new CompareRow(Metric.PAID_HOURS, CompareRow.Better.HIGHER)));
    assertEquals(-1, ComparisonPage.best(results, new CompareRow(Metric.OCCUPANCY, CompareRow.Better.NEITHER)));
    List<ExperimentResult> same = List.of(Fixtures.result(), Fixtures.result());
    assertEquals(-1, ComparisonPage.best(same, new CompareRow(Metric.PAID_HOURS, CompareRow.Better.LOWER)),
        "a tie for first place marks nobody");
  }

  @Test
  void mismatchedNamesAreRejectedWithCounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HtmlReport.writeComparison(tmp, List.of("a"), List.of(), CompareRow.defaults()));
    assertTrue(e.getMessage().contains("1 names for 0 results"), e.getMessage());
  }
}
