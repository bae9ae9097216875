package org.chatplan.charts.report;

import java.time.ZoneId;
import java.util.List;
import org.chatplan.charts.chart.AnsweredBySiteChart;
import org.chatplan.charts.chart.CostPerContactChart;
import org.chatplan.charts.chart.CostSplit;
import org.chatplan.charts.chart.CsatWaitChart;
import org.chatplan.charts.chart.OccupancyChart;
import org.chatplan.charts.chart.OfferedByRegionChart;
import org.chatplan.charts.chart.ServiceLevelChart;
import org.chatplan.charts.chart.WaitPercentileChart;
import org.chatplan.charts.render.ChartFiles;
import org.chatplan.engine.run.ExperimentResult;
import org.jfree.chart.JFreeChart;

/** Charts of a report, drawn to PNG and inlined as {@code <figure>} elements. */
final class ReportCharts {
  static final int WIDTH = 1000;
  static final int HEIGHT = 460;

  private ReportCharts() {}

  /** The chart as an inline PNG with a caption; {@code caption} is escaped. */
  static String figure(JFreeChart chart, int width, int height, String caption) {
    String title = chart.getTitle() == null ? caption : chart.getTitle().getText();
    return "<figure>\n" + Html.png(ChartFiles.pngBytes(chart, width, height), width, height, title) + "\n"
        + Html.el("figcaption", caption) + "\n</figure>\n";
  }

  /** The per-interval charts and the CSAT curve of one run. */
  static String overTheWindow(ExperimentResult r, ZoneId zone) {
    return figure(OfferedByRegionChart.create(r, zone), WIDTH, HEIGHT,
            "Offered chats per interval stacked by region; the lighter part of each region was resolved by the"
                + " bot, the full-colour part went to agents. Black: what the logged-in agents can close.")
        + figure(AnsweredBySiteChart.create(r, zone), WIDTH, HEIGHT,
            "Answered chats per interval by the site that answered; dashed: load escalated to agents. A stack"
                + " below the dashed line means chats waited into later intervals or abandoned.")
        + figure(ServiceLevelChart.create(r, zone), WIDTH, HEIGHT,
            "Service level per interval with its 95% confidence band, against the target (dashed).")
        + figure(WaitPercentileChart.create(r, zone), WIDTH, HEIGHT,
            "Median, 90th and 99th percentile of the wait of answered chats per interval.")
        + figure(OccupancyChart.create(r, zone), WIDTH, HEIGHT,
            "Occupancy and utilisation of agents (left, %) and mean concurrency (right, chats per busy agent).")
        + figure(CsatWaitChart.create(r), WIDTH, HEIGHT,
            "The scenario's satisfaction curve and this run's ASA and CSAT with 95% confidence bars.");
  }

  /** Cost per contact by driver for the given channels. */
  static String costs(List<CostSplit> channels, String currency) {
    return figure(CostPerContactChart.create(channels, currency), WIDTH, HEIGHT,
        "Cost per offered contact, split by cost driver.");
  }
}
