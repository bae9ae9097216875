package org.chatplan.scenarios.load;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.scenarios.Problem;
import org.chatplan.scenarios.Problem.Severity;

/** Collects every problem of one load, locating each by its field path. */
public final class Problems {
  private final String file;
  private final Locations locations;
  private final List<Problem> list = new ArrayList<>();
  private final java.util.Set<String> settled = new java.util.HashSet<>();
  private int errors;
  private int suppressed;

  public Problems(String file, Locations locations) {
    this.file = file == null ? "" : file;
    this.locations = locations == null ? new Locations() : locations;
  }

  /** An error located at the value of {@code path} (or its nearest written ancestor). */
  public void error(String path, String message) {
    add(path, Severity.ERROR, message, false);
  }

  /** An error located at the key of {@code path} (for unknown or duplicate fields). */
  public void errorAtKey(String path, String message) {
    add(path, Severity.ERROR, message, true);
  }

  public void warning(String path, String message) {
    add(path, Severity.WARNING, message, false);
  }

  /** Adds a problem found elsewhere (already located). */
  public void add(Problem p) {
    list.add(p);
    if (p.isError()) {
      errors++;
    }
  }

  /**
   * Marks a path whose value was already reported while parsing (an alias without anchor, a
   * duplicate key), so that readers do not report it again as missing or mistyped.
   */
  void settle(String path) {
    settled.add(path);
  }

  private void add(String path, Severity severity, String message, boolean atKey) {
    if (severity == Severity.ERROR && !settled.isEmpty()) {
      for (String p = path; p != null; p = Locations.parent(p)) {
        if (settled.contains(p)) {
          suppressed++;
          return;
        }
      }
    }
    String override = locations.overrideOf(path);
    if (override != null) {
      add(new Problem("--set " + override, 0, 0, path, severity, message));
      return;
    }
    Location at = atKey ? locations.key(path) : locations.value(path);
    add(new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), path, severity, message));
  }

  /**
   * Number of errors so far, including those not shown because their path was already reported;
   * compare before and after reading a part to see if it was clean.
   */
  public int errorCount() {
    return errors + suppressed;
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public String file() {
    return file;
  }

  public List<Problem> all() {
    return List.copyOf(list);
  }
}
