package org.chatplan.charts.chart;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.jfree.chart.JFreeChart;

/**
 * Offered chats per interval, stacked by region, against staffed capacity. Each region is split
 * into the chats that went on to agents (offered - bot-resolved, full colour) and the chats the bot
 * resolved (same colour, lighter), so the top of the stack is total offered and the top of the
 * full-colour part is the load the black capacity line must cover. Replication means.
 */
public final class OfferedByRegionChart {
  private OfferedByRegionChart() {}

  public static JFreeChart create(ExperimentResult r, ZoneId zone) {
    Calendar cal = r.scenario().calendar();
    int n = r.byIntervalRegion().size();
    List<String> regions = new ArrayList<>(r.byRegion().keySet());
    List<StackedIntervals.Layer> agent = new ArrayList<>();
    List<StackedIntervals.Layer> bot = new ArrayList<>();
    boolean anyBot = false;
    for (int k = 0; k < regions.size(); k++) {
      String region = regions.get(k);
      double[] toAgents = new double[n];
      double[] byBot = new double[n];
      for (int i = 0; i < n; i++) {
        Map<Metric, MetricSummary> f = r.byIntervalRegion().get(i).get(region);
        double offered = Means.of(f, Metric.OFFERED);
        byBot[i] = Means.of(f, Metric.BOT_RESOLVED);
        toAgents[i] = offered - (Double.isNaN(byBot[i]) ? 0 : byBot[i]);
        anyBot |= byBot[i] > 0;
      }
      agent.add(new StackedIntervals.Layer(region + " – to agents", Palette.series(k), toAgents));
      bot.add(new StackedIntervals.Layer(region + " – bot-resolved", Palette.lighter(Palette.series(k), 0.6), byBot));
    }
    List<StackedIntervals.Layer> stack = new ArrayList<>(agent);
    if (anyBot) {
      stack.addAll(bot);
    }
    double[] capacity = new double[n];
    for (int i = 0; i < n; i++) {
      capacity[i] = Capacity.totalChats(r, i);
    }
    String per = IntervalTime.intervalText(cal);
    return StackedIntervals.chart("Offered chats per " + per + " vs staffed capacity",
        "Stacked by region; lighter shade = resolved by the bot; black = chats the logged-in agents"
            + " can close at full concurrency (mean of " + r.replications().size() + " replications)",
        "Chats per " + per, cal, zone, stack,
        List.of(new StackedIntervals.Layer("Staffed capacity", Palette.reference(), capacity)));
  }
}
