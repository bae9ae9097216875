package org.chatplan.engine.erlang;

import java.util.ArrayList;
import java.util.List;

/**
 * The tests' own enumeration of agent-level states (how many of {@code agents} agents hold 0, 1,
 * ..., {@code top} chats), written apart from {@link ChatLevelChain} so that the chain is checked
 * against an independent state space.
 */
final class LevelStates {
  private LevelStates() {}

  /** Every vector m[0..top] of non-negative counts summing to {@code agents}. */
  static List<int[]> of(int agents, int top) {
    List<int[]> out = new ArrayList<>();
    collect(new int[top + 1], 0, agents, out);
    return out;
  }

  private static void collect(int[] m, int level, int left, List<int[]> out) {
    if (level == m.length - 1) {
      m[level] = left;
      out.add(m.clone());
      return;
    }
    for (int x = left; x >= 0; x--) {
      m[level] = x;
      collect(m, level + 1, left - x, out);
    }
  }
}
