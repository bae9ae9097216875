/**
 * Typed readers for the values of a scenario file (numbers, percents, durations, times, zones,
 * days, distributions, shares) and for mappings checked against the schema. Every reader reports
 * problems at a field path and returns null or NaN instead of throwing, so that one pass finds all.
 */
package org.chatplan.scenarios.validate;
