package org.chatplan.charts.chart;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.chatplan.charts.Fixtures;
import org.chatplan.charts.Images;
import org.chatplan.charts.render.ChartFiles;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every chart builds from a real run and renders to a PNG of the asked size with real content. */
class ChartsTest {
  private static final ZoneId MANILA = ZoneId.of("Asia/Manila");

  static Stream<Arguments> charts() {
    ExperimentResult r = Fixtures.result();
    List<Arguments> all = new ArrayList<>();
    add(all, "offered by region", () -> OfferedByRegionChart.create(r, ZoneOffset.UTC), Palette.series(0));
    add(all, "answered by site", () -> AnsweredBySiteChart.create(r, MANILA), Palette.series(0));
    add(all, "service level", () -> ServiceLevelChart.create(r, ZoneOffset.UTC), Palette.BLUE);
    add(all, "wait percentiles", () -> WaitPercentileChart.create(r, ZoneOffset.UTC), Palette.VERMILLION);
    add(all, "occupancy", () -> OccupancyChart.create(r, ZoneOffset.UTC), Palette.BLUE);
    add(all, "csat vs wait", () -> CsatWaitChart.create(r), Palette.BLUE);
    add(all, "cost per contact", () -> CostPerContactChart.create(List.of(CostSplit.chatOf(r).orElseThrow(), phone()), "USD"),
        Palette.series(0));
    add(all, "sweep", () -> SweepChart.create(Sweeps.serviceLevel(), 80), Palette.BLUE);
    add(all, "compare", () -> CompareChart.create(Sweeps.names(), Sweeps.results(),
        List.of(Metric.SERVICE_LEVEL, Metric.ASA_SECONDS, Metric.COST_PER_CONTACT)), Palette.series(1));
    return all.stream();
  }

  private static void add(List<Arguments> all, String name, Supplier<JFreeChart> chart, Color expected) {
    all.add(Arguments.of(Named.of(name, chart), expected));
  }

  static CostSplit phone() {
    Map<String, Double> d = new LinkedHashMap<>();
    d.put("Agent labour", 4.10);
    d.put("Telecom", 0.35);
    return new CostSplit("Phone", d);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void rendersWithContent(Supplier<JFreeChart> make, Color expected) {
    JFreeChart chart = make.get();
    assertNotNull(chart.getTitle(), "title");
    assertNotNull(chart.getLegend(), "legend");
    assertTrue(chart.getLegend().getSources()[0].getLegendItems().getItemCount() >= 1, "legend items");
    BufferedImage img = Images.decode(ChartFiles.pngBytes(chart, 900, 420));
    int colours = Images.distinctColours(img);
    double ink = Images.inkShare(img);
    assertAll(
        () -> assertEquals(900, img.getWidth()),
        () -> assertEquals(420, img.getHeight()),
        () -> assertTrue(colours > 40, "distinct colours " + colours),
        () -> assertTrue(ink > 0.02 && ink < 0.9, "ink share " + ink),
        () -> assertTrue(Images.pixelsNear(img, expected, 10) > 30, "pixels of the series colour " + expected));
  }
}
