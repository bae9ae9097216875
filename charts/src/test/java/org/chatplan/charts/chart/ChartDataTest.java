package org.chatplan.charts.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.Map;
import org.chatplan.charts.Fixtures;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.TableXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The numbers inside the charts are the run's numbers. */
class ChartDataTest {
  private final ExperimentResult r = Fixtures.result();

  @Test
  void regionStackAddsUpToOfferedInEveryInterval() {
    XYPlot plot = OfferedByRegionChart.create(r, ZoneOffset.UTC).getXYPlot();
    TableXYDataset stack = (TableXYDataset) plot.getDataset(0);
    assertEquals(4, stack.getSeriesCount(), "2 regions x (to agents, bot-resolved)");
    assertEquals(r.byInterval().size(), stack.getItemCount());
    for (int i = 0; i < stack.getItemCount(); i++) {
      double sum = 0;
      for (int s = 0; s < stack.getSeriesCount(); s++) {
        sum += stack.getYValue(s, i);
      }
      assertEquals(r.byInterval().get(i).get(Metric.OFFERED).mean(), sum, 1e-9, "interval " + i);
    }
  }

  @Test
  void capacityIsPositiveWhileAgentsAreLoggedIn() {
    double work = Capacity.workPerChatSeconds(r.scenario());
    // orders 60% x (1 - 0.40), billing 40% x (1 - 0.25), less 10% triage
    double expected = (0.36 * 420 + 0.30 * 540) / 0.66 * 0.9;
    assertEquals(expected, work, 1e-9);
    for (int i = 0; i < r.byInterval().size(); i++) {
      double logged = r.byInterval().get(i).get(Metric.AGENTS_LOGGED_IN).mean();
      double cap = Capacity.totalChats(r, i);
      assertEquals(logged > 0, cap > 0, "interval " + i + " logged " + logged + " capacity " + cap);
    }
  }

  @Test
  void serviceLevelBandHoldsTheMeanAndTheTargetLineIsTheTarget() {
    XYPlot plot = ServiceLevelChart.create(r, ZoneOffset.UTC).getXYPlot();
    IntervalXYDataset band = (IntervalXYDataset) plot.getDataset(0);
    int points = 0;
    for (int s = 0; s < band.getSeriesCount(); s++) {
      for (int i = 0; i < band.getItemCount(s); i++) {
        double y = band.getYValue(s, i);
        assertTrue(band.getStartYValue(s, i) <= y && y <= band.getEndYValue(s, i), "band around mean at " + i);
        assertTrue(y >= 0 && y <= 100, "percent " + y);
        points++;
      }
    }
    assertTrue(points > r.byInterval().size() / 2, "most intervals have a service level");
    XYDataset target = plot.getDataset(1);
    assertEquals(80.0, target.getYValue(0, 0), 1e-12);
  }

  /**
   * Intervals without a value (the fixture's sites close at night) break the lines: no segment is
   * drawn across them. The service-level band is one series per run of consecutive intervals; the
   * wait and occupancy lines carry a null point for each interval without a value.
   */
  @Test
  void linesBreakWhereAnIntervalHasNoValue() {
    // No demand before local noon: 05:00-11:00 UTC has no chats from either region.
    double[] afternoons = new double[24];
    java.util.Arrays.fill(afternoons, 12, 24, 1);
    org.chatplan.engine.model.Scenario base = Fixtures.scenario(4, 2);
    var regions = base.demand().regions().stream().map(g -> new org.chatplan.engine.model.Region(g.name(), g.zone(),
        g.chatsPerWeek(), g.dayOfWeek(), afternoons, g.languages(), g.topicMix(), g.patience(), g.retry(),
        g.forecastErrorCv(), g.silentAbandon(), g.silentAbandonDetectSeconds())).toList();
    ExperimentResult r = org.chatplan.engine.run.Experiment.run(
        base.withDemand(new org.chatplan.engine.model.Demand(base.demand().topics(), regions)), 2);
    long step = (long) (r.scenario().calendar().intervalSeconds() * 1000);
    IntervalXYDataset band = (IntervalXYDataset) ServiceLevelChart.create(r, ZoneOffset.UTC).getXYPlot().getDataset(0);
    int points = 0;
    for (int s = 0; s < band.getSeriesCount(); s++) {
      for (int i = 1; i < band.getItemCount(s); i++) {
        assertEquals(step, band.getXValue(s, i) - band.getXValue(s, i - 1), 1e-6, "series " + s + " bridges a gap");
      }
      points += band.getItemCount(s);
    }
    long defined = r.byInterval().stream().filter(f -> f.get(Metric.SERVICE_LEVEL) != null
        && !Double.isNaN(f.get(Metric.SERVICE_LEVEL).mean())).count();
    assertTrue(defined < r.byInterval().size(), "the fixture must have intervals without a service level");
    assertEquals(defined, points);
    assertTrue(band.getSeriesCount() > 1, "the gaps split the band");

    XYDataset waits = WaitPercentileChart.create(r, ZoneOffset.UTC).getXYPlot().getDataset();
    XYDataset occupancy = OccupancyChart.create(r, ZoneOffset.UTC).getXYPlot().getDataset(0);
    for (int i = 0; i < r.byInterval().size(); i++) {
      Map<Metric, MetricSummary> f = r.byInterval().get(i);
      assertEquals(Means.of(f, Metric.WAIT_P90_SECONDS), waits.getYValue(1, i), 1e-9, "p90 at " + i);
      assertEquals(Means.of(f, Metric.OCCUPANCY) * 100, occupancy.getYValue(0, i), 1e-9, "occupancy at " + i);
    }
  }

  /** A wide interval around a short wait or a high service level is drawn inside what is possible. */
  @Test
  void sweepBarsStayWithinWhatTheOutcomeCanBe() {
    var waits = SweepSeries.forMetric("patience", Metric.WAIT_P90_SECONDS, "USD", java.util.List.of(
        new SweepSeries.Point("1m", 1, new MetricSummary(4, 15.5, 3)),
        new SweepSeries.Point("2m", 2, new MetricSummary(30, 5, 3))));
    IntervalXYDataset d = (IntervalXYDataset) SweepChart.create(waits).getXYPlot().getDataset(0);
    assertEquals(0, d.getStartYValue(0, 0), 0, "no wait below 0 s");
    assertEquals(19.5, d.getEndYValue(0, 0), 1e-12);
    assertEquals(25, d.getStartYValue(0, 1), 1e-12);
    var sl = SweepSeries.forMetric("agents", Metric.SERVICE_LEVEL, "USD", java.util.List.of(
        new SweepSeries.Point("12", 12, new MetricSummary(0.97, 0.05, 3))));
    IntervalXYDataset d2 = (IntervalXYDataset) SweepChart.create(sl, 80).getXYPlot().getDataset(0);
    assertEquals(100, d2.getEndYValue(0, 0), 1e-9, "no service level above 100%");
    assertEquals(92, d2.getStartYValue(0, 0), 1e-9);
  }

  /**
   * A sweep from 0 keeps a margin left of its first point (the axis does not stick to 0 and halve
   * its bar); an outcome defined nowhere gets a readable axis and says so, not ticks like "8E1".
   */
  @Test
  void sweepAxesAroundZeroAndAroundNothing() {
    var costs = SweepSeries.forMetric("botResolves", Metric.COST_PER_CONTACT, "USD", java.util.List.of(
        new SweepSeries.Point("0", 0, new MetricSummary(1.8, 0.1, 2)),
        new SweepSeries.Point("100", 100, new MetricSummary(1.9, 0.1, 2))));
    org.jfree.chart.JFreeChart c = SweepChart.create(costs);
    assertTrue(c.getXYPlot().getDomainAxis().getLowerBound() < 0, "margin left of the point at 0");
    var none = SweepSeries.forMetric("cost", Metric.SERVICE_LEVEL, "USD", java.util.List.of(
        new SweepSeries.Point("0", 0, new MetricSummary(Double.NaN, Double.NaN, 0)),
        new SweepSeries.Point("1", 1, new MetricSummary(Double.NaN, Double.NaN, 0))));
    org.jfree.chart.JFreeChart n = SweepChart.create(none, 80);
    assertEquals(0, n.getXYPlot().getRangeAxis().getLowerBound(), 0);
    assertEquals(100, n.getXYPlot().getRangeAxis().getUpperBound(), 0);
    assertTrue(((org.jfree.chart.title.TextTitle) n.getSubtitle(1)).getText().contains("not defined"),
        "says why nothing is drawn");
    // a count defined nowhere (unservable, in a scenario where every chat can be served) has no
    // upper limit and no target: the axis must still be finite
    var noCount = SweepSeries.forMetric("agents", Metric.UNSERVABLE, "USD", java.util.List.of(
        new SweepSeries.Point("40", 40, new MetricSummary(Double.NaN, Double.NaN, 0))));
    org.jfree.chart.JFreeChart k = SweepChart.create(noCount);
    assertEquals(1, k.getXYPlot().getRangeAxis().getUpperBound(), 0);
  }

  /** Values listed in any order (12..8) label their own points: the series sorts by x, so must the labels. */
  @Test
  void sweepLabelsFollowTheirPointsInAnyOrder() {
    var points = java.util.List.of(
        new SweepSeries.Point("12", 12, new MetricSummary(0.957, 0.01, 2)),
        new SweepSeries.Point("8", 8, new MetricSummary(0.678, 0.02, 2)),
        new SweepSeries.Point("10", 10, new MetricSummary(0.85, 0.02, 2)));
    XYPlot plot = SweepChart.create(SweepSeries.forMetric("agents", Metric.SERVICE_LEVEL, "USD", points)).getXYPlot();
    XYDataset d = plot.getDataset(0);
    var labels = plot.getRenderer().getDefaultItemLabelGenerator();
    for (int i = 0; i < d.getItemCount(0); i++) {
      assertEquals(String.valueOf((int) d.getXValue(0, i)), labels.generateLabel(d, 0, i), "point at x " + d.getXValue(0, i));
    }
  }

  /** Values that are not numbers (on/off, zone names) are drawn in order with their names on the axis. */
  @Test
  void sweepOfNamedValuesNamesThemOnTheAxis() {
    var points = java.util.List.of(
        new SweepSeries.Point("true", 1, new MetricSummary(0.9, 0.01, 2)),
        new SweepSeries.Point("false", 2, new MetricSummary(0.7, 0.02, 2)));
    XYPlot plot = SweepChart.create(SweepSeries.forMetric("bot.enabled", Metric.SERVICE_LEVEL, "USD", points)).getXYPlot();
    var axis = (org.jfree.chart.axis.SymbolAxis) plot.getDomainAxis();
    assertEquals("true", axis.valueToString(1));
    assertEquals("false", axis.valueToString(2));
    assertTrue(plot.getRenderer().getDefaultItemLabelsVisible());
  }

  /** Past 15 points the values are not written next to each point (they run together). */
  @Test
  void longSweepsLeaveTheValuesToTheAxis() {
    var points = new java.util.ArrayList<SweepSeries.Point>();
    for (int n = 5; n <= 60; n++) {
      points.add(new SweepSeries.Point(String.valueOf(n), n, new MetricSummary(0.5, 0.01, 2)));
    }
    XYPlot plot = SweepChart.create(SweepSeries.forMetric("agents", Metric.SERVICE_LEVEL, "USD", points)).getXYPlot();
    assertFalse(plot.getRenderer().getDefaultItemLabelsVisible());
  }

  /** A wait's wide interval is cut at 0 on the compare chart's axis, a share's at 100%. */
  @Test
  void compareAxesStopWhereTheOutcomeEnds() {
    JFreeChart chart = CompareChart.create(java.util.List.of("a", "b"), java.util.List.of(r, r),
        java.util.List.of(Metric.WAIT_P90_SECONDS, Metric.SERVICE_LEVEL));
    var panels = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
    for (Object o : panels) {
      var axis = ((org.jfree.chart.plot.CategoryPlot) o).getRangeAxis();
      assertEquals(0, axis.getLowerBound(), 0);
    }
    assertTrue(((org.jfree.chart.plot.CategoryPlot) panels.get(1)).getRangeAxis().getUpperBound() <= 100);
  }

  /** A compared figure that is 0 in every run gets an axis from 0, not one a hundred-millionth wide. */
  @Test
  void compareAxisOfAllZeroBarsStartsAtZero() {
    var results = java.util.List.of(r, r);
    assertEquals(0, r.get(Metric.TRANSLATED).mean(), 0, "the fixture translates nothing");
    JFreeChart chart = CompareChart.create(java.util.List.of("a", "b"), results, java.util.List.of(Metric.TRANSLATED));
    var panel = (org.jfree.chart.plot.CategoryPlot) ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots().get(0);
    assertEquals(0, panel.getRangeAxis().getLowerBound(), 0);
    assertEquals(1, panel.getRangeAxis().getUpperBound(), 0);
  }

  @Test
  void csatCurveStartsAtImmediateAndTendsToFloor() {
    XYPlot plot = CsatWaitChart.create(r).getXYPlot();
    XYDataset curve = plot.getDataset(1);
    Satisfaction s = r.scenario().satisfaction();
    assertEquals(s.immediate() * 100, curve.getYValue(0, 0), 1e-9);
    double last = curve.getYValue(0, curve.getItemCount(0) - 1);
    assertTrue(last < s.floor() * 100 + 0.05 * (s.immediate() - s.floor()) * 100, "near floor: " + last);
    IntervalXYDataset point = (IntervalXYDataset) plot.getDataset(0);
    assertEquals(r.get(Metric.ASA_SECONDS).mean(), point.getXValue(0, 0), 1e-9);
    assertEquals(r.get(Metric.CSAT).mean() * 100, point.getYValue(0, 0), 1e-9);
  }

  @Test
  void chatCostSplitAddsUpToCostPerContact() {
    CostSplit chat = CostSplit.chatOf(r).orElseThrow();
    assertEquals(r.get(Metric.COST_PER_CONTACT).mean(), chat.total(), 1e-9);
    assertTrue(chat.perContactByDriver().get("Bot") > 0, "the bot costs something");
  }

  @Test
  void costSplitRejectsNegativeAmountsNamingTheDriver() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CostSplit("Phone", Map.of("Telecom", -1.0)));
    assertTrue(e.getMessage().contains("Telecom") && e.getMessage().contains("-1.0"), e.getMessage());
  }

  @Test
  void sweepScalesSharesToPercent() {
    SweepSeries s = Sweeps.serviceLevel();
    MetricSummary raw = Sweeps.results().get(0).get(Metric.SERVICE_LEVEL);
    assertEquals(raw.mean() * 100, s.points().get(0).y().mean(), 1e-9);
    assertEquals("Service level (%)", s.metricLabel());
  }

  @Test
  void compareChartHasOnePanelPerMetric() {
    JFreeChart c = CompareChart.create(Sweeps.names(), Sweeps.results(),
        java.util.List.of(Metric.SERVICE_LEVEL, Metric.CSAT, Metric.PAID_HOURS));
    assertEquals(3, ((CombinedDomainCategoryPlot) c.getPlot()).getSubplots().size());
    assertEquals(3, c.getPlot().getLegendItems().getItemCount(), "one legend item per scenario");
  }
}
