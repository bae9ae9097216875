/**
 * Closed-form and exact Markov-chain queueing models used to cross-check the simulator and to give
 * planners a fast first staffing guess.
 *
 * <p>This package owns: the Erlang B loss formula ({@link org.chatplan.engine.erlang.ErlangB}), the
 * M/M/N delay model ({@link org.chatplan.engine.erlang.ErlangC}), the M/M/N+M model with exponential
 * patience ({@link org.chatplan.engine.erlang.ErlangA}), and an exact continuous-time Markov chain for
 * agents holding several concurrent chats with a throughput curve
 * ({@link org.chatplan.engine.erlang.ExactChatModel}), plus the common "N*c servers" shortcut that
 * WFM tools use for chat. Everything is pure computation: no I/O, no randomness, no shared mutable
 * state; results are immutable records. Times are seconds, rates are per second, probabilities and
 * service levels are fractions in [0, 1]. Formulas and references are in {@code docs/erlang.md}.
 */
package org.chatplan.engine.erlang;
