/**
 * One class per chart; each has a static {@code create(...)} returning a finished
 * {@link org.jfree.chart.JFreeChart} with title, subtitle, axis labels with units and a legend.
 *
 * <p>Invariants: colours come only from {@link org.chatplan.charts.chart.Palette} (Okabe–Ito,
 * readable with the common colour-vision deficiencies) and series also differ by line style where
 * they share an axis; time axes show the reporting window in a caller-chosen {@code ZoneId}, one
 * point per reporting interval at the interval's midpoint; shares are drawn as percent; confidence
 * bands and bars are the 95% half-widths of {@code MetricSummary}. Charts read results only.
 */
package org.chatplan.charts.chart;
