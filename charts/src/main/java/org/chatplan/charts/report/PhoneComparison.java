package org.chatplan.charts.report;

import java.util.List;
import org.chatplan.charts.chart.CostSplit;

/**
 * The chat vs phone section of a report: the side-by-side table and both channels' cost per
 * contact by driver. Built by whoever computes the phone baseline; a report without one says
 * "phone baseline not computed".
 */
public record PhoneComparison(List<ChannelRow> rows, CostSplit chat, CostSplit phone) {
  public PhoneComparison {
    rows = List.copyOf(rows);
    if (chat == null || phone == null) {
      throw new IllegalArgumentException("phone comparison needs the chat and the phone cost split");
    }
  }
}
