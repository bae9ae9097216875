package org.chatplan.engine.stats;

/**
 * Area under a piecewise-constant quantity (agents logged in, chats waiting, ...). {@link #flush}
 * hands out the area since the last flush so that per-interval figures need no extra bookkeeping.
 */
public final class TimeWeighted {
  private double value;
  private double lastTime;
  private double area;

  /** Sets the quantity to {@code newValue} from time {@code t} on. */
  public void set(double t, double newValue) {
    area += value * (t - lastTime);
    lastTime = t;
    value = newValue;
  }

  /** Adds {@code delta} to the quantity from time {@code t} on. */
  public void add(double t, double delta) {
    set(t, value + delta);
  }

  public double value() {
    return value;
  }

  /** Area accumulated up to {@code t} since the last flush; restarts the accumulation. */
  public double flush(double t) {
    area += value * (t - lastTime);
    lastTime = t;
    double a = area;
    area = 0;
    return a;
  }
}
