package org.chatplan.scenarios.check;

import java.util.ArrayList;
import java.util.List;
import org.chatplan.scenarios.load.Problems;

/**
 * Warns about hours whose agent occupancy is likely above 95%. Per UTC hour: offered work = sum
 * over regions of chats arriving x share escalated by the bot x mean handle time after triage
 * (erlangs at concurrency 1); capacity = sum over sites of agents on shift x (1 - shrinkage) x the
 * best throughput(k) for k up to maxConcurrency; the load ratio work / capacity is turned into an
 * occupancy with {@link WeekGrid#occupancy} (ratio above 1: overloaded). With a throughput curve
 * that falls before maxConcurrency, an hour is also overloaded when its work exceeds what agents
 * holding maxConcurrency chats each deliver: a queue that forms there keeps them at that load and
 * does not clear. Skills, patience, retries and translation are ignored: it is a plausibility
 * check, not a forecast.
 */
final class OccupancyCheck {
  private OccupancyCheck() {}

  static final double LIMIT = 0.95;

  static void run(WeekGrid g, Problems p) {
    int hours = WeekGrid.SLOTS / 4;
    double[] ratio = new double[hours];
    boolean[] high = new boolean[hours];
    boolean[] falling = new boolean[hours];
    for (int h = 0; h < hours; h++) {
      double work = 0;
      double capacity = 0;
      double sustained = 0;
      for (int q = 0; q < 4; q++) {
        work += g.workErlangs[4 * h + q];
        capacity += g.capacityErlangs[4 * h + q];
        sustained += g.sustainedErlangs[4 * h + q];
      }
      ratio[h] = capacity > 0 ? g.occupancy(work / capacity, 4 * h, 4) : 0;
      if (sustained > 0 && work / sustained >= 1 && work / sustained > ratio[h]) {
        ratio[h] = work / sustained;
        falling[h] = true;
      }
      high[h] = capacity > 0 && ratio[h] > LIMIT;
    }
    List<Ranges.Run> slotRuns = new ArrayList<>();
    for (Ranges.Run run : Ranges.of(high)) {
      slotRuns.add(new Ranges.Run(4 * run.first(), 4 * run.length()));
    }
    List<Periods.Group> groups = Periods.group(slotRuns);
    for (int i = 0; i < groups.size() && i < CoverageCheck.LISTED; i++) {
      double peak = 0;
      boolean fall = false;
      for (Ranges.Run run : groups.get(i).runs()) {
        for (int k = 0; k < run.length(); k += 4) {
          int h = (run.first() + k) / 4 % hours;
          peak = Math.max(peak, ratio[h]);
          fall |= falling[h];
        }
      }
      p.warning("agents.sites", "agent occupancy is likely above 95% " + Periods.when(g, groups.get(i))
          + " (peak " + Math.round(peak * 100) + "%" + (peak > 1 ? ": more work arrives than the agents on shift can do"
          : "") + (fall ? " once they hold maxConcurrency chats, where the throughput curve has fallen" : "")
          + "); expect long waits and abandonment: add agents on shift then, or "
          + (fall ? "lower maxConcurrency to where throughput peaks" : "allow more chats per agent"));
    }
    int rest = groups.size() - CoverageCheck.LISTED;
    if (rest > 0) {
      p.warning("agents.sites", "agent occupancy is likely above 95% in " + rest + " more period"
          + (rest == 1 ? "" : "s") + " of the week");
    }
  }
}
