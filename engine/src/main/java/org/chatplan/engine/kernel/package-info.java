/**
 * The discrete-event kernel: a clock owned by a {@link org.chatplan.engine.kernel.Simulator}
 * instance and an event list over primitive arrays.
 *
 * <p>Invariants: events pop in total order (time, then insertion sequence), so a run is fully
 * determined by its seed; scheduling and popping allocate nothing once the arrays have grown to the
 * model's steady-state size; events are plain ints (kind, target, aux) interpreted by the model, and
 * cancellation is by generation numbers checked at pop time (lazy deletion).
 */
package org.chatplan.engine.kernel;
