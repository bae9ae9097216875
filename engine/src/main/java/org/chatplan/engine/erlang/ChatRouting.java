package org.chatplan.engine.erlang;

/** Which agent with a free slot takes a chat in {@link ExactChatModel}. */
public enum ChatRouting {
  /** An agent at the lowest occupied level below the concurrency cap. */
  LEAST_BUSY,
  /** An agent chosen uniformly among those with a free slot: level k with odds m_k / sum_{j<c} m_j. */
  RANDOM_FREE_SLOT,
  /**
   * An idle agent (level 0) when there is one, else as {@link #RANDOM_FREE_SLOT}: the simulator's
   * {@code longest-idle} routing, whose choice among idle agents does not change the level counts.
   */
  IDLE_FIRST
}
