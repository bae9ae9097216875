package org.chatplan.engine.random;

/**
 * Sources of randomness, keyed by a stable name rather than creation order. Do not reorder: the
 * ordinal is part of the stream key, so reordering would change every result for a given seed.
 */
public enum StreamId {
  /** Inter-arrival times, one sub-stream per region. */
  ARRIVALS,
  /** Customer attributes drawn at arrival: topic, language, silent abandoner; per region. */
  CUSTOMER,
  /** Bot time and bot resolution. */
  BOT,
  /** Agent work per chat. */
  HANDLE_TIME,
  /** Customer patience in queue. */
  PATIENCE,
  /** Whether and when abandoners come back. */
  RETRY,
  /** Wrong answers given by agents. */
  ERRORS,
  /** Day-level forecast error multipliers, per region. */
  FORECAST,
  /** Shrinkage draws (which agents of a shift are away). */
  SHRINKAGE,
  /** Ties and random choices of the router. */
  ROUTING,
  /** Anything a planner adds later; keep last. */
  SPARE
}
