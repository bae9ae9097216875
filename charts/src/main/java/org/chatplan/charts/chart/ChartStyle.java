package org.chatplan.charts.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.chatplan.charts.Headless;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The house style every chart goes through: white background, light grid, sans-serif fonts, legend
 * at the bottom, anti-aliasing, and line strokes that tell series apart without colour.
 */
final class ChartStyle {
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private ChartStyle() {}

  /** Solid, dashed, dotted or dash-dot line of the given width (style cycles over four). */
  static Stroke line(int style, float width) {
    float[] dash = switch (Math.floorMod(style, 4)) {
      case 1 -> new float[] {8f, 5f};
      case 2 -> new float[] {2f, 4f};
      case 3 -> new float[] {10f, 4f, 2f, 4f};
      default -> null;
    };
    return dash == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
        : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** A lines-only renderer; series i gets colour {@code colours[i]} and line style i. */
  static XYLineAndShapeRenderer lines(Color... colours) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < colours.length; i++) {
      r.setSeriesPaint(i, colours[i]);
      r.setSeriesStroke(i, line(i, 2f));
    }
    return r;
  }

  /** A chart around {@code plot} with title, optional subtitle and a bottom legend, styled. */
  static JFreeChart chart(String title, String subtitle, Plot plot) {
    Headless.ensure();
    JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 12));
    if (subtitle != null && !subtitle.isEmpty()) {
      TextTitle sub = new TextTitle(subtitle, SUBTITLE);
      sub.setPaint(Color.DARK_GRAY);
      chart.addSubtitle(sub);
    }
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setItemFont(LABEL);
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(Color.WHITE);
    style(plot);
    return chart;
  }

  /** Background, grid and fonts of a plot (and of its axes). */
  static void style(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(Palette.GRID);
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(Palette.GRID);
      xy.setRangeGridlinePaint(Palette.GRID);
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        axis(xy.getDomainAxis(i));
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        axis(xy.getRangeAxis(i));
      }
    } else if (plot instanceof CategoryPlot cat) {
      cat.setRangeGridlinePaint(Palette.GRID);
      for (int i = 0; i < cat.getDomainAxisCount(); i++) {
        axis(cat.getDomainAxis(i));
      }
      for (int i = 0; i < cat.getRangeAxisCount(); i++) {
        axis(cat.getRangeAxis(i));
      }
    }
  }

  /** A number axis for percent values 0..100 (a little head-room above 100). */
  static NumberAxis percentAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(0, 105);
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(10));
    return axis;
  }

  private static void axis(Axis axis) {
    if (axis != null) {
      axis.setLabelFont(LABEL);
      axis.setTickLabelFont(TICK);
      axis.setLabelPaint(Color.DARK_GRAY);
      axis.setTickLabelPaint(Color.DARK_GRAY);
    }
  }
}
