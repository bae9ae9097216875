package org.chatplan.scenarios.validate;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints by edit distance (optimal string alignment, case-insensitive). */
public final class Suggest {
  private Suggest() {}

  /**
   * The candidate closest to {@code input}, or null when none is close enough: equal ignoring case,
   * or within max(1, length / 3) edits (at most 3). Ties go to the first candidate in iteration
   * order, so pass an ordered collection.
   */
  public static String closest(String input, Collection<String> candidates) {
    if (input == null || input.isEmpty()) {
      return null;
    }
    String in = input.toLowerCase(Locale.ROOT);
    int limit = Math.min(3, Math.max(1, in.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      if (lc.equals(in)) {
        return c;
      }
      if (Math.abs(lc.length() - in.length()) > limit) {
        continue;
      }
      int d = distance(in, lc);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /** " did you mean `x`?" or "" — ready to append to a message. */
  public static String hint(String input, Collection<String> candidates) {
    String c = closest(input, candidates);
    return c == null ? "" : "; did you mean `" + c + "`?";
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }
}
