package org.chatplan.cli;

import java.util.List;

/** A problem the user can fix (bad input, refused overwrite): printed line by line, exit status 2. */
public final class UserError extends RuntimeException {
  private final List<String> lines;

  public UserError(List<String> lines) {
    super(String.join("\n", lines), null, false, false);
    this.lines = List.copyOf(lines);
  }

  public UserError(String line) {
    this(List.of(line));
  }

  public List<String> lines() {
    return lines;
  }
}
