package org.chatplan.charts.chart;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.jfree.chart.JFreeChart;

/**
 * Answered chats per interval, stacked by the site that answered them, against staffed capacity
 * (black) and the load escalated to agents (offered - bot-resolved, dashed). Where the stack stays
 * below the dashed line, chats waited into a later interval or abandoned. Replication means.
 */
public final class AnsweredBySiteChart {
  private AnsweredBySiteChart() {}

  public static JFreeChart create(ExperimentResult r, ZoneId zone) {
    Calendar cal = r.scenario().calendar();
    int n = r.byIntervalSite().size();
    List<Site> sites = r.scenario().agents().sites();
    List<StackedIntervals.Layer> stack = new ArrayList<>();
    for (int k = 0; k < sites.size(); k++) {
      String site = sites.get(k).name();
      double[] answered = new double[n];
      for (int i = 0; i < n; i++) {
        answered[i] = Means.of(r.byIntervalSite().get(i).get(site), Metric.ANSWERED);
      }
      stack.add(new StackedIntervals.Layer(site, Palette.series(k), answered));
    }
    double[] capacity = new double[n];
    double[] escalated = new double[n];
    for (int i = 0; i < n; i++) {
      capacity[i] = Capacity.totalChats(r, i);
      double bot = Means.of(r.byInterval().get(i), Metric.BOT_RESOLVED);
      escalated[i] = Means.of(r.byInterval().get(i), Metric.OFFERED) - (Double.isNaN(bot) ? 0 : bot);
    }
    String per = IntervalTime.intervalText(cal);
    return StackedIntervals.chart("Answered chats per " + per + " by site vs staffed capacity",
        "Stacked by answering site; black = staffed capacity; dashed = chats escalated to agents"
            + " (mean of " + r.replications().size() + " replications)",
        "Chats per " + per, cal, zone, stack,
        List.of(new StackedIntervals.Layer("Staffed capacity", Palette.reference(), capacity),
            new StackedIntervals.Layer("Escalated to agents (offered − bot-resolved)", Palette.VERMILLION, escalated)));
  }
}
