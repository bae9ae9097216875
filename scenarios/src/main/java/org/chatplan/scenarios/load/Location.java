package org.chatplan.scenarios.load;

/** A 1-based line and column in the scenario text. */
public record Location(int line, int column) {
}
