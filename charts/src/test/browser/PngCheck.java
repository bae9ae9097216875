import java.awt.image.BufferedImage;
import java.io.File;
import java.util.BitSet;
import javax.imageio.ImageIO;

/**
 * Checks that a screenshot is a real picture, not a blank page. Run as a single-file program:
 * {@code java PngCheck.java shot.png [minWidth] [minHeight]}. Prints size, distinct colours and the
 * share of non-white pixels; exits 1 when the image is missing, too small, nearly one colour or
 * nearly all white.
 */
public class PngCheck {
  static final int MIN_COLOURS = 64;
  static final double MIN_INK = 0.01;

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    if (args.length < 1) {
      System.err.println("usage: java PngCheck.java IMAGE.png [minWidth] [minHeight]");
      System.exit(2);
    }
    int minW = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int minH = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    BufferedImage img = ImageIO.read(new File(args[0]));
    if (img == null) {
      System.err.println("FAIL: " + args[0] + " is not a readable PNG");
      System.exit(1);
    }
    BitSet colours = new BitSet(1 << 24);
    long white = 0;
    int[] row = new int[img.getWidth()];
    for (int y = 0; y < img.getHeight(); y++) {
      img.getRGB(0, y, row.length, 1, row, 0, row.length);
      for (int p : row) {
        int rgb = p & 0xFFFFFF;
        colours.set(rgb);
        if (((rgb >> 16) & 0xFF) > 247 && ((rgb >> 8) & 0xFF) > 247 && (rgb & 0xFF) > 247) {
          white++;
        }
      }
    }
    double ink = 1 - (double) white / ((long) img.getWidth() * img.getHeight());
    int n = colours.cardinality();
    System.out.printf("%s: %dx%d, %d distinct colours, %.1f%% non-white%n", args[0], img.getWidth(),
        img.getHeight(), n, ink * 100);
    boolean ok = true;
    if (img.getWidth() < minW || img.getHeight() < minH) {
      System.err.println("FAIL: smaller than " + minW + "x" + minH);
      ok = false;
    }
    if (n < MIN_COLOURS) {
      System.err.println("FAIL: only " + n + " colours; expected at least " + MIN_COLOURS + " (blank page?)");
      ok = false;
    }
    if (ink < MIN_INK) {
      System.err.println("FAIL: " + String.format("%.2f", ink * 100) + "% non-white; page looks blank");
      ok = false;
    }
    System.exit(ok ? 0 : 1);
  }
}
