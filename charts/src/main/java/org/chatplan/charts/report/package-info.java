/**
 * The self-contained HTML report: one {@code index.html} with the scenario's title and description,
 * summary and breakdown tables (mean, 95% half-width, n), the charts inline as base64 PNG, the chat
 * vs phone comparison, the scenario YAML verbatim and the definition of every metric.
 *
 * <p>Invariants: every piece of text that comes from a scenario or a caller goes through
 * {@link org.chatplan.charts.report.Html#escape}; the page has no scripts and references no
 * external resource (it opens offline, from a mail attachment); it is written atomically.
 */
package org.chatplan.charts.report;
