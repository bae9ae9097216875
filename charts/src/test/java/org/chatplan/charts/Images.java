package org.chatplan.charts;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import javax.imageio.ImageIO;

/** Pixel checks for rendered charts. */
public final class Images {
  private Images() {}

  public static BufferedImage decode(byte[] png) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      if (img == null) {
        throw new IllegalArgumentException("not an image: " + png.length + " bytes");
      }
      return img;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of distinct RGB values (a blank or single-colour image has 1). */
  public static int distinctColours(BufferedImage img) {
    BitSet seen = new BitSet(1 << 24);
    int[] row = new int[img.getWidth()];
    for (int y = 0; y < img.getHeight(); y++) {
      img.getRGB(0, y, row.length, 1, row, 0, row.length);
      for (int rgb : row) {
        seen.set(rgb & 0xFFFFFF);
      }
    }
    return seen.cardinality();
  }

  /** Pixels whose colour is within {@code tolerance} per channel of {@code c}. */
  public static int pixelsNear(BufferedImage img, Color c, int tolerance) {
    int count = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        if (Math.abs(((rgb >> 16) & 0xFF) - c.getRed()) <= tolerance
            && Math.abs(((rgb >> 8) & 0xFF) - c.getGreen()) <= tolerance
            && Math.abs((rgb & 0xFF) - c.getBlue()) <= tolerance) {
          count++;
        }
      }
    }
    return count;
  }

  /** Share of pixels that are not (near) white. */
  public static double inkShare(BufferedImage img) {
    int white = pixelsNear(img, Color.WHITE, 8);
    return 1 - (double) white / (img.getWidth() * img.getHeight());
  }
}
