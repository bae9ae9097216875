package org.chatplan.scenarios.check;

import java.util.List;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.validate.Numbers;

/** Warns about periods of the week with demand and nobody on shift at any site. */
final class CoverageCheck {
  private CoverageCheck() {}

  /** Periods reported one by one; the rest are summed up in one more warning. */
  static final int LISTED = 3;

  static void run(WeekGrid g, Problems p) {
    boolean[] gap = new boolean[WeekGrid.SLOTS];
    for (int i = 0; i < gap.length; i++) {
      gap[i] = g.agentsOn[i] <= 0 && g.demandShare[i] > 0;
    }
    List<Ranges.Run> runs = Ranges.of(gap);
    if (runs.size() == 1 && runs.get(0).length() == WeekGrid.SLOTS) {
      p.warning("agents.sites", "no agent is on shift at any time of the week; every chat waits until it abandons");
      return;
    }
    List<Periods.Group> groups = Periods.group(runs);
    double restShare = 0;
    int rest = 0;
    for (int i = 0; i < groups.size(); i++) {
      double share = 0;
      for (Ranges.Run run : groups.get(i).runs()) {
        for (int k = 0; k < run.length(); k++) {
          share += g.demandShare[(run.first() + k) % WeekGrid.SLOTS];
        }
      }
      if (i < LISTED) {
        p.warning("agents.sites", "no agent on shift " + Periods.when(g, groups.get(i)) + " while "
            + Numbers.percent(share) + " of weekly demand arrives; those chats wait for the next shift or abandon");
      } else {
        rest++;
        restShare += share;
      }
    }
    if (rest > 0) {
      p.warning("agents.sites", "no agent on shift in " + rest + " more period" + (rest == 1 ? "" : "s")
          + " of the week while " + Numbers.percent(restShare) + " of weekly demand arrives");
    }
  }
}
