package org.chatplan.cli.analysis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.chatplan.engine.analysis.ComparisonResult;
import org.chatplan.engine.analysis.PairedDifference;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;

/**
 * The console comparison: one column per scenario (the baseline first, repeated in every block when
 * the scenarios do not fit 100 columns), two lines per metric: the means, then each scenario's
 * paired difference from the baseline, marked "n.s." when its 95% interval contains 0.
 */
public final class ComparisonOutput {
  private ComparisonOutput() {}

  private static final int LABEL = 24;
  private static final int GAP = 2;
  private static final int MAX_COLUMN = 26;

  public static void print(ComparisonResult r, List<Metric> metrics, PrintWriter out) {
    String base = r.names().get(0);
    out.println("Scenarios compared on common random numbers: seed " + r.run().seed() + ", "
        + r.run().replications() + " replication(s) each.");
    for (int i = 0; i < r.names().size(); i++) {
      out.println(TextTable.clip("  " + (i == 0 ? "baseline " : "         ") + r.names().get(i) + ": "
          + r.results().get(i).scenario().name(), TextTable.WIDTH));
    }
    if (!sameDemand(r)) {
      out.println("  Note: the scenarios have different numbers of demand regions, so their arrival streams do");
      out.println("  not line up; paired differences remain valid but are less precise.");
    }
    out.println("Cells: mean +/- 95% half-width. \"diff\": paired difference from the baseline, per replication");
    out.println("(Student t); percentages differ in points; n.s. = not significant (the interval contains 0).");
    String currency = r.baseline().scenario().currency();
    int n = r.names().size();
    List<String[]> cells = new ArrayList<>();
    List<String[]> diffs = new ArrayList<>();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = Math.min(MAX_COLUMN, r.names().get(i).length());
    }
    for (Metric m : metrics) {
      String[] c = new String[n];
      String[] d = new String[n];
      for (int i = 0; i < n; i++) {
        ExperimentResult e = r.results().get(i);
        c[i] = Metrics.cell(m, e.get(m));
        if (i == 0) {
          d[i] = "";
        } else {
          PairedDifference pd = r.difference(i, m);
          d[i] = Metrics.difference(m, pd.mean(), pd.halfWidth(), pd.significant());
        }
        width[i] = Math.min(MAX_COLUMN, Math.max(width[i], Math.max(c[i].length(), d[i].length())));
      }
      cells.add(c);
      diffs.add(d);
    }
    int next = 1;
    do {
      List<Integer> cols = new ArrayList<>();
      cols.add(0);
      int used = LABEL + GAP + width[0];
      while (next < n && (cols.size() == 1 || used + GAP + width[next] <= TextTable.WIDTH)) {
        used += GAP + width[next];
        cols.add(next++);
      }
      out.println();
      StringBuilder head = new StringBuilder(pad("", LABEL, false));
      for (int c : cols) {
        head.append(" ".repeat(GAP)).append(pad(TextTable.clip(r.names().get(c), width[c]), width[c], true));
      }
      out.println(head.toString().stripTrailing());
      out.println("-".repeat(Math.min(TextTable.WIDTH, used)));
      for (int k = 0; k < metrics.size(); k++) {
        out.println(line(Metrics.header(metrics.get(k), currency), cells.get(k), cols, width));
        if (n > 1) {
          out.println(line("  diff vs " + base, diffs.get(k), cols, width));
        }
      }
    } while (next < n);
    out.flush();
  }

  private static String line(String label, String[] values, List<Integer> cols, int[] width) {
    StringBuilder b = new StringBuilder(pad(TextTable.clip(label, LABEL), LABEL, false));
    for (int c : cols) {
      b.append(" ".repeat(GAP)).append(pad(TextTable.clip(values[c], width[c]), width[c], true));
    }
    return b.toString().stripTrailing();
  }

  /**
   * True when every scenario has as many regions as the baseline: arrival streams are keyed by a
   * region's position, so the k-th regions share their random numbers whatever they are called.
   */
  static boolean sameDemand(ComparisonResult r) {
    int first = r.baseline().scenario().demand().regions().size();
    for (ExperimentResult e : r.results()) {
      if (e.scenario().demand().regions().size() != first) {
        return false;
      }
    }
    return true;
  }

  private static String pad(String s, int w, boolean right) {
    String fill = " ".repeat(Math.max(0, w - s.length()));
    return right ? fill + s : s + fill;
  }
}
