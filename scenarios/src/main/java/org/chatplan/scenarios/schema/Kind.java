package org.chatplan.scenarios.schema;

/** What a key of the scenario file holds. */
public enum Kind {
  /** A scalar: number, duration, percent, text, time, zone, days, or a list of scalars. */
  VALUE,
  /** A mapping with a fixed set of keys (its {@link Shape}). */
  OBJECT,
  /** A list whose elements are mappings of one {@link Shape}. */
  LIST,
  /** A duration distribution {@code { mean, cv, distribution }}, or a bare duration as shorthand. */
  DISTRIBUTION,
  /** A mapping whose keys are free (language codes, topic names) and whose values are numbers. */
  MAP
}
