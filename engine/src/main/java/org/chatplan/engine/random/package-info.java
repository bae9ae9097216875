/**
 * Random streams: one independent stream per source of randomness and per replication, derived from
 * (seed, stream key, replication) alone.
 *
 * <p>Derivation: a XoShiRo256++ generator seeded from the scenario seed; stream key k starts k long
 * jumps (2^192 steps each) from it, and replication r of that stream starts r jumps (2^128 steps)
 * further. Streams therefore never overlap, a replication's numbers do not depend on which thread
 * runs it, and changing staffing never moves the arrivals (common random numbers).
 */
package org.chatplan.engine.random;
