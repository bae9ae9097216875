package org.chatplan.charts.render;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.chatplan.charts.Headless;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** PNG and SVG output of a chart, in memory or as files written atomically. */
public final class ChartFiles {
  private ChartFiles() {}

  /** The chart drawn at {@code width} x {@code height} pixels, encoded as PNG. */
  public static byte[] pngBytes(JFreeChart chart, int width, int height) {
    Headless.ensure();
    checkSize(width, height);
    BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
    try {
      return ChartUtils.encodeAsPNG(image);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode chart '" + title(chart) + "' as PNG", e);
    }
  }

  /** Writes the chart as a PNG file (complete or not at all). */
  public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
    AtomicFiles.write(file, pngBytes(chart, width, height));
  }

  /**
   * The chart as a standalone SVG document: an XML declaration and one {@code <svg>} element, no
   * DOCTYPE (nothing for a parser to fetch). Element ids start with {@code idPrefix}, so several
   * charts can be inlined in one page without clashing; the output depends only on the chart.
   */
  public static String svg(JFreeChart chart, int width, int height, String idPrefix) {
    Headless.ensure();
    checkSize(width, height);
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(idPrefix);
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement(idPrefix + "svg") + "\n";
  }

  /** {@link #svg(JFreeChart, int, int, String)} with the id prefix "chart-". */
  public static String svg(JFreeChart chart, int width, int height) {
    return svg(chart, width, height, "chart-");
  }

  /** Writes the chart as an SVG file (complete or not at all). */
  public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
    AtomicFiles.write(file, svg(chart, width, height).getBytes(StandardCharsets.UTF_8));
  }

  private static void checkSize(int width, int height) {
    if (width < 1 || height < 1 || (long) width * height > 50_000_000L) {
      throw new IllegalArgumentException("chart size must be positive and at most 50 megapixels, got "
          + width + "x" + height + "; maybe 1000x450?");
    }
  }

  private static String title(JFreeChart chart) {
    return chart.getTitle() == null ? "(untitled)" : chart.getTitle().getText();
  }
}
