/**
 * Experiments over several scenarios run on common random numbers: a {@link
 * org.chatplan.engine.analysis.Sweep} varies one or two fields over a grid, a {@link
 * org.chatplan.engine.analysis.Comparison} sets whole scenarios side by side, and a {@link
 * org.chatplan.engine.analysis.PairedDifference} states how far two of them differ.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>Every scenario of one analysis runs with the same {@link org.chatplan.engine.model.RunSettings}
 *       (seed and replications), so replication r of each draws from the same random streams: the
 *       same customers arrive, with the same needs and the same patience, wherever the scenarios
 *       share that structure. Differences between scenarios are then measured replication by
 *       replication (paired), which removes the customer-to-customer noise they share.
 *   <li>(scenario, replication) tasks run on a thread pool and are collected by index, so results
 *       are identical on any thread count.
 *   <li>The engine never parses scenario text: callers (the CLI) build each point's {@link
 *       org.chatplan.engine.model.Scenario}, normally through the scenario loader, which validates
 *       every point before anything runs.
 * </ul>
 */
package org.chatplan.engine.analysis;
