package org.chatplan.scenarios;

import java.util.Comparator;

/**
 * One thing wrong (or doubtful) in a scenario file, located as precisely as the loader can.
 *
 * @param file the file name or label the problem belongs to ({@code --set PATH=VALUE} for overrides)
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path the field path, e.g. {@code agents.sites[1].shifts[0].start}; empty for the whole file
 * @param severity ERROR rejects the scenario, WARNING does not
 * @param message what is wrong and what would be right
 */
public record Problem(String file, int line, int column, String path, Severity severity, String message) {

  /** ERROR: the scenario is rejected. WARNING: it loads, but a planner should look. */
  public enum Severity { ERROR, WARNING }

  /** Errors first, then by position; problems without a position after those with one. */
  public static final Comparator<Problem> ORDER = Comparator
      .comparing(Problem::severity)
      .thenComparing(p -> p.line() <= 0)
      .thenComparingInt(Problem::line)
      .thenComparingInt(Problem::column);

  public Problem {
    file = file == null ? "" : file;
    path = path == null ? "" : path;
    severity = severity == null ? Severity.ERROR : severity;
    message = message == null || message.isBlank() ? "invalid value" : message;
    line = Math.max(0, line);
    column = line <= 0 ? 0 : Math.max(0, column);
  }

  public static Problem error(String file, String path, String message) {
    return new Problem(file, 0, 0, path, Severity.ERROR, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * One line: {@code my.yaml:12:5: error: agents.sites[1].shifts[0].start: "25:00" is not a time of
   * day; ...}. Line and column are left out when unknown, the path when empty.
   */
  public String format() {
    StringBuilder b = new StringBuilder();
    b.append(file.isEmpty() ? "<scenario>" : file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ");
    if (!path.isEmpty()) {
      b.append(path).append(": ");
    }
    return b.append(message).toString();
  }

  @Override public String toString() {
    return format();
  }
}
