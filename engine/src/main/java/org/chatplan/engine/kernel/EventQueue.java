package org.chatplan.engine.kernel;

/**
 * A priority queue of events ordered by (time, insertion sequence). An event carries three ints
 * that the model interprets: its kind, its target (an entity index) and an auxiliary value (a
 * generation number for cancellation, or a sub-index).
 */
public interface EventQueue {

  /** Adds an event; ties in time pop in the order they were added. */
  void add(double time, int kind, int target, int aux);

  /** True when no event is pending. */
  boolean isEmpty();

  /** Number of pending events. */
  int size();

  /** Time of the next event; undefined when empty. */
  double peekTime();

  /**
   * Removes the next event and makes its fields readable through {@link #time()}, {@link #kind()},
   * {@link #target()} and {@link #aux()} until the next call.
   */
  void poll();

  double time();

  int kind();

  int target();

  int aux();

  /** Drops every pending event and restarts the sequence. */
  void clear();
}
