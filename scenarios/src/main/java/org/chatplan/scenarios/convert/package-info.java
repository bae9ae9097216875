/**
 * Mapping a checked scenario tree onto the engine's immutable model records: one reader per
 * section (top level, demand, regions, bot, agents, sites, satisfaction and phone), the defaults
 * of the format in {@link org.chatplan.scenarios.convert.Defaults}, and engine constructor failures
 * turned into problems.
 */
package org.chatplan.scenarios.convert;
