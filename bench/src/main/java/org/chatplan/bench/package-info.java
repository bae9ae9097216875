/*
 * How to run: build with `mvn -B -q -o -pl bench package -DskipTests`, then
 * `java -jar bench/target/benchmarks.jar -l` lists the benchmarks; docs/benchmarks.md has the
 * commands and the figures.
 */
/**
 * JMH benchmarks of chatplan, with the peers they are compared with.
 *
 * <ul>
 *   <li>{@link org.chatplan.bench.EventQueueBench}: the kernel's event list in the hold model.
 *   <li>{@link org.chatplan.bench.MmcmBench}: the M/M/c+M reference queue end to end on chatplan,
 *       on SSJ, on a {@code java.util.PriorityQueue} baseline and on chatplan's kernel alone.
 *   <li>{@link org.chatplan.bench.DefaultScenarioBench}: the bundled default scenario.
 *   <li>{@link org.chatplan.bench.HeapGrowth} (a main class): live heap of 1-week vs 52-week runs.
 * </ul>
 *
 * <p>Invariants: every benchmark returns what it computed (nothing can be optimised away); every
 * model implementation is checked against the others by {@code MmcmAgreementTest} before its speed
 * means anything; SSJ is a dependency of this module only.
 */
package org.chatplan.bench;
