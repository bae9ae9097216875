/**
 * The chat centre: regions send chats, the bot resolves or hands off, chats queue by topic and
 * language, agents in sites hold several at once under processor sharing, customers abandon and
 * come back.
 *
 * <p>{@link org.chatplan.engine.centre.CentreLayout} and the schedules are built once per scenario and
 * shared read-only by replications; {@link org.chatplan.engine.centre.ChatCentre} is one replication's
 * mutable state. Chats and agents live in struct-of-arrays pools reused by index, so the steady state
 * allocates nothing per event. Stale events (a patience timer of a chat already answered, a
 * completion of an agent whose load changed) are recognised by generation numbers and skipped.
 */
package org.chatplan.engine.centre;
