/**
 * Streaming statistics at two levels. Within a replication: counts, {@link
 * org.chatplan.engine.stats.Tally} (Welford), {@link org.chatplan.engine.stats.TimeWeighted} areas and
 * wait histograms, none of which keeps a per-chat record. Across replications: {@link
 * org.chatplan.engine.stats.MetricSummary} (mean, Student-t 95% half-width, n).
 */
package org.chatplan.engine.stats;
