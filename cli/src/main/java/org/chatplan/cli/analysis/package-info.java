/**
 * Helpers of the analysis commands ({@code chatplan erlang}, {@code sweep}, {@code compare}):
 * parsing of durations, percents and metric names into one-line {@link org.chatplan.cli.UserError}s,
 * loading sweep points through the scenario loader, and the console tables, CSV and charts they
 * print. Console tables fit 100 columns.
 */
package org.chatplan.cli.analysis;
