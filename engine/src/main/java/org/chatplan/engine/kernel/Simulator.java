package org.chatplan.engine.kernel;

/**
 * One simulation's clock and event list. Each replication owns its own instance: no static state,
 * so replications run side by side on any number of threads.
 */
public final class Simulator {
  private final EventQueue events;
  private double now;
  private long handled;

  public Simulator() {
    this(new AdaptiveEventQueue(1024));
  }

  public Simulator(EventQueue events) {
    this.events = events;
  }

  /** Current simulated time in seconds. */
  public double now() {
    return now;
  }

  /** Events handled so far. */
  public long eventsHandled() {
    return handled;
  }

  /** Pending events. */
  public int pending() {
    return events.size();
  }

  /** Schedules an event {@code delay} seconds from now. */
  public void scheduleIn(double delay, int kind, int target, int aux) {
    events.add(now + delay, kind, target, aux);
  }

  /** Schedules an event at absolute time {@code time} (not before now). */
  public void scheduleAt(double time, int kind, int target, int aux) {
    events.add(Math.max(time, now), kind, target, aux);
  }

  /**
   * Handles events in order until the event list is empty or the next event lies beyond
   * {@code until}; the clock then stands at {@code until}.
   */
  public void runUntil(double until, EventHandler handler) {
    EventQueue q = events;
    while (!q.isEmpty() && q.peekTime() <= until) {
      q.poll();
      now = q.time();
      handled++;
      handler.handle(q.kind(), q.target(), q.aux());
    }
    now = Math.max(now, until);
  }
}
