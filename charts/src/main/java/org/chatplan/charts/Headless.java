package org.chatplan.charts;

/**
 * Makes AWT headless before any chart or image is created. Charts are drawn on servers and in CI,
 * where no display exists; the property must be set before the AWT toolkit first loads.
 */
public final class Headless {
  private Headless() {}

  /** Sets {@code java.awt.headless=true} unless the caller already chose a value. */
  public static void ensure() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}
