package org.chatplan.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed override path such as {@code demand.regions[*].chatsPerWeek}: keys, list indexes,
 * {@code [*]} (every element) and {@code [name]} (the element whose {@code name} is that).
 */
record OverridePath(List<Step> steps) {

  /** One step of the path. */
  sealed interface Step permits Key, Index, Every, Named {
  }

  record Key(String name) implements Step {
  }

  record Index(int index) implements Step {
  }

  record Every() implements Step {
  }

  record Named(String name) implements Step {
  }

  /** Parses a path; throws IllegalArgumentException with a one-line message when malformed. */
  static OverridePath parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty path; write e.g. agents.sites[0].maxConcurrency");
    }
    List<Step> steps = new ArrayList<>();
    int i = 0;
    String s = text.strip();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '[') {
        int close = s.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("path " + s + ": `[` without `]`");
        }
        steps.add(bracket(s, s.substring(i + 1, close).strip()));
        i = close + 1;
      } else if (c == '.') {
        if (i == 0 || i + 1 >= s.length() || s.charAt(i + 1) == '.' || s.charAt(i + 1) == '[') {
          throw new IllegalArgumentException("path " + s + ": misplaced `.`");
        }
        i++;
      } else {
        int end = i;
        while (end < s.length() && ".[]".indexOf(s.charAt(end)) < 0) {
          end++;
        }
        if (end == i) {
          throw new IllegalArgumentException("path " + s + ": unexpected `" + c + "`");
        }
        if (!steps.isEmpty() && s.charAt(i - 1) != '.') {
          throw new IllegalArgumentException("path " + s + ": write a `.` before `" + s.substring(i, end) + "`");
        }
        steps.add(new Key(s.substring(i, end)));
        i = end;
      }
    }
    if (!(steps.get(0) instanceof Key)) {
      throw new IllegalArgumentException("path " + s + ": start with a field name, e.g. agents.sites[0]");
    }
    return new OverridePath(List.copyOf(steps));
  }

  private static Step bracket(String path, String inside) {
    if (inside.equals("*")) {
      return new Every();
    }
    if (inside.isEmpty()) {
      throw new IllegalArgumentException("path " + path + ": empty `[]`; write an index, * or a name");
    }
    if (inside.chars().allMatch(Character::isDigit)) {
      try {
        return new Index(Integer.parseInt(inside));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("path " + path + ": index " + inside + " is too large");
      }
    }
    return new Named(inside);
  }
}
