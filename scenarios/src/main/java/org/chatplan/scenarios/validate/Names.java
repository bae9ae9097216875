package org.chatplan.scenarios.validate;

import java.util.Map;
import org.chatplan.scenarios.load.Problems;

/** Uniqueness of topic, region and site names. */
public final class Names {
  private Names() {}

  /**
   * Records {@code name} as used by the element at {@code path}; reports a duplicate at
   * {@code path.name}. Returns false for a duplicate.
   */
  public static boolean claim(Problems p, Map<String, String> seen, String kind, String name, String path) {
    String first = seen.putIfAbsent(name, path);
    if (first != null) {
      p.error(path + ".name", "duplicate " + kind + " name `" + name + "` (also " + first + "); "
          + kind + " names must be unique");
      return false;
    }
    return true;
  }
}
