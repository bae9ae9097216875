package org.chatplan.charts.chart;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008): eight colours that stay
 * distinct for protanopia, deuteranopia and tritanopia. Black is kept for reference lines (targets,
 * capacity); data series cycle through the other seven, yellow last because it is faint on white.
 */
public final class Palette {
  public static final Color BLACK = new Color(0x000000);
  public static final Color ORANGE = new Color(0xE69F00);
  public static final Color SKY_BLUE = new Color(0x56B4E9);
  public static final Color BLUISH_GREEN = new Color(0x009E73);
  public static final Color YELLOW = new Color(0xF0E442);
  public static final Color BLUE = new Color(0x0072B2);
  public static final Color VERMILLION = new Color(0xD55E00);
  public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

  /** Light grey for grid lines and frames (not a data colour). */
  public static final Color GRID = new Color(0xDDDDDD);

  private static final List<Color> SERIES =
      List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILLION, SKY_BLUE, REDDISH_PURPLE, YELLOW);

  private Palette() {}

  /** All eight colours in the published order. */
  public static List<Color> okabeIto() {
    return List.of(BLACK, ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE);
  }

  /** Colour of the i-th data series (cycles after seven). */
  public static Color series(int i) {
    return SERIES.get(Math.floorMod(i, SERIES.size()));
  }

  /** Colour for targets, capacity and other reference lines. */
  public static Color reference() {
    return BLACK;
  }

  /** The colour mixed with white: 0 keeps it, 1 gives white. Used for "part of" shades. */
  public static Color lighter(Color c, double towardsWhite) {
    double f = Math.max(0, Math.min(1, towardsWhite));
    return new Color(mix(c.getRed(), f), mix(c.getGreen(), f), mix(c.getBlue(), f));
  }

  /** The colour with an alpha from 0 (clear) to 255 (opaque). */
  public static Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  private static int mix(int channel, double f) {
    return (int) Math.round(channel + (255 - channel) * f);
  }
}
