package org.chatplan.scenarios.convert;

import java.util.function.Supplier;
import org.chatplan.scenarios.load.Problems;

/**
 * Calls an engine record constructor as the last line of defence: its compact constructor
 * re-checks invariants and throws IllegalArgumentException; that becomes a problem at {@code path}.
 */
final class Build {
  private Build() {}

  /** The built value, or null after reporting; call only when the parts were read without error. */
  static <T> T attempt(Problems p, String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (RuntimeException e) {
      p.error(path, "rejected by the engine model: " + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()));
      return null;
    }
  }
}
