package org.chatplan.scenarios.load;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each field path of a parsed document was written: the position of its value and, for
 * mapping entries, of its key. Paths that a {@code --set} override replaced are remembered with the
 * override text so that problems there point at the command line instead of the file.
 * Only looked up by key, never iterated, so hash order cannot leak anywhere.
 */
public final class Locations {
  private final Map<String, Location> values = new HashMap<>();
  private final Map<String, Location> keys = new HashMap<>();
  private final Map<String, String> overrides = new HashMap<>();

  void putValue(String path, Location at) {
    values.putIfAbsent(path, at);
  }

  void putKey(String path, Location at) {
    keys.putIfAbsent(path, at);
  }

  /** Marks {@code path} and everything below it as coming from {@code --set spec}. */
  public void markOverride(String path, String spec) {
    overrides.put(path, spec);
  }

  /** The override spec that set this path or one of its ancestors, or null. */
  public String overrideOf(String path) {
    for (String p = path; p != null; p = parent(p)) {
      String spec = overrides.get(p);
      if (spec != null) {
        return spec;
      }
    }
    return null;
  }

  /** Where the value at {@code path} (or, failing that, its nearest ancestor) was written, or null. */
  public Location value(String path) {
    for (String p = path; p != null; p = parent(p)) {
      Location at = values.get(p);
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  /** Where the key of {@code path} was written, else where its value or nearest ancestor was. */
  public Location key(String path) {
    Location at = keys.get(path);
    return at != null ? at : value(path);
  }

  /** {@code a.b[2].c} -> {@code a.b[2]} -> {@code a.b} -> {@code a} -> {@code ""} -> null. */
  public static String parent(String path) {
    if (path.isEmpty()) {
      return null;
    }
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
