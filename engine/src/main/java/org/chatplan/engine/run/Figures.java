package org.chatplan.engine.run;

import java.util.Arrays;

/** One replication's value of every {@link Metric} for one breakdown (NaN = not defined). */
public record Figures(double[] values) {
  /** Metric.values() copies its array on every call: read-out builds thousands of rows. */
  private static final int METRICS = Metric.values().length;

  public Figures {
    if (values.length != METRICS) {
      throw new IllegalArgumentException("need one value per metric");
    }
    values = values.clone();
  }

  public double get(Metric m) {
    return values[m.ordinal()];
  }

  /** A mutable builder, filled by the accounting code and frozen into a record. */
  public static final class Builder {
    private final double[] v = new double[METRICS];

    public Builder() {
      Arrays.fill(v, Double.NaN);
    }

    public Builder set(Metric m, double value) {
      v[m.ordinal()] = value;
      return this;
    }

    public double get(Metric m) {
      return v[m.ordinal()];
    }

    public Figures build() {
      return new Figures(v);
    }
  }

  @Override public double[] values() {
    return values.clone();
  }

  @Override public boolean equals(Object o) {
    return o instanceof Figures f && Arrays.equals(values, f.values);
  }

  @Override public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override public String toString() {
    StringBuilder b = new StringBuilder("Figures{");
    for (Metric m : Metric.values()) {
      if (!Double.isNaN(values[m.ordinal()])) {
        b.append(m.key()).append('=').append(values[m.ordinal()]).append(' ');
      }
    }
    return b.append('}').toString();
  }
}
