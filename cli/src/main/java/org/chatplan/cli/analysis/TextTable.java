package org.chatplan.cli.analysis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain console table: a first block of key columns (left-aligned) repeated on every slice, then
 * value columns (right-aligned) split into as many slices as it takes to stay within the width.
 */
public final class TextTable {
  /** Console width every table fits. */
  public static final int WIDTH = 100;
  private static final int GAP = 2;

  private final List<String> keyHeaders;
  private final List<String> valueHeaders;
  private final List<List<String>> keys = new ArrayList<>();
  private final List<List<String>> values = new ArrayList<>();

  public TextTable(List<String> keyHeaders, List<String> valueHeaders) {
    this.keyHeaders = List.copyOf(keyHeaders);
    this.valueHeaders = List.copyOf(valueHeaders);
  }

  public void row(List<String> keyCells, List<String> valueCells) {
    if (keyCells.size() != keyHeaders.size() || valueCells.size() != valueHeaders.size()) {
      throw new IllegalArgumentException("row has " + keyCells.size() + "+" + valueCells.size() + " cells, table has "
          + keyHeaders.size() + "+" + valueHeaders.size() + " columns");
    }
    keys.add(List.copyOf(keyCells));
    values.add(List.copyOf(valueCells));
  }

  /** Prints the table, in slices of value columns when it would be wider than {@link #WIDTH}. */
  public void print(PrintWriter out) {
    int[] kw = widths(keyHeaders, keys, 28);
    int[] vw = widths(valueHeaders, values, 40);
    int keyWidth = 0;
    for (int w : kw) {
      keyWidth += w + GAP;
    }
    int start = 0;
    while (start < valueHeaders.size() || start == 0) {
      int end = start;
      int used = keyWidth;
      while (end < valueHeaders.size() && (end == start || used + vw[end] <= WIDTH)) {
        used += vw[end] + GAP;
        end++;
      }
      if (start > 0) {
        out.println();
      }
      line(out, keyHeaders, kw, valueHeaders, vw, start, end);
      int rule = Math.min(WIDTH, used - GAP);
      out.println("-".repeat(Math.max(1, rule)));
      for (int r = 0; r < keys.size(); r++) {
        line(out, keys.get(r), kw, values.get(r), vw, start, end);
      }
      if (end >= valueHeaders.size()) {
        break;
      }
      start = end;
    }
  }

  private static void line(PrintWriter out, List<String> k, int[] kw, List<String> v, int[] vw, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < k.size(); i++) {
      b.append(pad(clip(k.get(i), kw[i]), kw[i], false)).append(" ".repeat(GAP));
    }
    for (int i = from; i < to; i++) {
      b.append(pad(clip(v.get(i), vw[i]), vw[i], true));
      if (i < to - 1) {
        b.append(" ".repeat(GAP));
      }
    }
    out.println(b.toString().stripTrailing());
  }

  private static int[] widths(List<String> headers, List<List<String>> rows, int cap) {
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = headers.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
      w[i] = Math.min(w[i], cap);
    }
    return w;
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }

  static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, Math.max(0, n - 1)) + "~";
  }
}
