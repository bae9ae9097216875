package org.chatplan.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.chatplan.charts.report.MetricDefinitions;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.junit.jupiter.api.Test;

class MetricTextTest {
  @Test
  void everyMetricHasALabelAndADefinition() {
    for (Metric m : Metric.values()) {
      assertNotEquals(m.key(), MetricText.label(m), "label for " + m);
      assertFalse(MetricDefinitions.of(m).meaning().startsWith("No definition"), "definition for " + m);
    }
  }

  @Test
  void sharesPrintAsPercentWithUnits() {
    assertEquals("84.2", MetricText.format(Metric.SERVICE_LEVEL, 0.8423));
    assertEquals("± 0.6", MetricText.formatHalfWidth(Metric.SERVICE_LEVEL, new MetricSummary(0.84, 0.006, 10)));
    assertEquals("Service level (%)", MetricText.labelWithUnit(Metric.SERVICE_LEVEL, "USD"));
    assertEquals("Cost per contact (EUR)", MetricText.labelWithUnit(Metric.COST_PER_CONTACT, "EUR"));
    assertEquals("ASA (s)", MetricText.labelWithUnit(Metric.ASA_SECONDS, "USD"));
  }

  @Test
  void countsAndUndefinedValues() {
    assertEquals("60,512", MetricText.format(Metric.OFFERED, 60512.3));
    assertEquals("n/a", MetricText.format(Metric.ASA_SECONDS, Double.NaN));
    assertEquals("n/a", MetricText.formatHalfWidth(Metric.ASA_SECONDS, new MetricSummary(3, Double.NaN, 1)));
  }
}
