package org.chatplan.charts.report;

import java.util.List;
import org.chatplan.charts.chart.CostSplit;

/**
 * The chat vs phone section of a report: the side-by-side table (rows where both channels have
 * the figure) and the cost per contact by driver of each channel that offered any contact. Built
 * by whoever computes the phone baseline; a report without one says "phone baseline not computed".
 */
public record PhoneComparison(List<ChannelRow> rows, List<CostSplit> costs) {
  public PhoneComparison {
    rows = List.copyOf(rows);
    costs = List.copyOf(costs);
  }
}
