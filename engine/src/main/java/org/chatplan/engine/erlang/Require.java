package org.chatplan.engine.erlang;

/** Argument checks shared by the models; messages name the argument and the value. */
final class Require {
  private Require() {}

  static double nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
    }
    return value;
  }

  static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
    }
    return value;
  }

  /** Patience may be +infinity (nobody abandons) but not zero, negative or NaN. */
  static double patience(String name, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be > 0 (or +Infinity for no abandonment), got " + value);
    }
    return value;
  }

  static double fraction(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
    }
    return value;
  }

  static int atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
    }
    return value;
  }
}
