/**
 * The scenario as the engine sees it: validated, immutable value records in SI units.
 *
 * <p>Times are seconds (double), shares and percents are fractions in [0, 1], money is in the
 * scenario's currency. Compact constructors re-check invariants as a second line of defence behind
 * the scenario loader's validation; they throw {@link java.lang.IllegalArgumentException} naming the
 * field. Maps keep insertion order so that nothing depends on hash order.
 */
package org.chatplan.engine.model;
