package org.chatplan.engine.erlang;

import java.util.Locale;

/**
 * An offered load beyond what a staffing search covers. A property of the input (demand and handle
 * times), so the command line reports it as bad input, not as a failed run.
 */
public final class LoadTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  LoadTooLargeException(double erlangs, int maxAgents) {
    super(String.format(Locale.ROOT, "an offered load of %,.0f Erlangs (arrivals per second x handle seconds) "
        + "needs more than the %,d agents a staffing search covers", erlangs, maxAgents));
  }
}
