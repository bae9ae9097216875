package org.chatplan.charts.report;

import org.chatplan.charts.MetricText;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/**
 * One line of the chat vs phone table: a measure with its unit and each channel's summary in those
 * units. A phone figure computed analytically may have no half-width (NaN) and n = 1.
 */
public record ChannelRow(String measure, MetricSummary chat, MetricSummary phone) {
  public ChannelRow {
    if (measure == null || measure.isBlank()) {
      throw new IllegalArgumentException("channel comparison row needs a measure name");
    }
    if (chat == null || phone == null) {
      throw new IllegalArgumentException("row " + measure + " needs both a chat and a phone figure");
    }
  }

  /** A row for an engine metric: label and unit from {@link MetricText}, shares scaled to percent. */
  public static ChannelRow of(Metric m, String currency, MetricSummary chat, MetricSummary phone) {
    return new ChannelRow(MetricText.labelWithUnit(m, currency), scale(m, chat), scale(m, phone));
  }

  private static MetricSummary scale(Metric m, MetricSummary s) {
    double k = MetricText.scale(m);
    return new MetricSummary(s.mean() * k, s.halfWidth() * k, s.n());
  }
}
