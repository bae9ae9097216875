package org.chatplan.engine.centre;

import java.util.Arrays;

/**
 * Every chat in the system, as parallel arrays indexed by chat id. Ids are recycled through a free
 * stack; a chat's generation increases on reuse so that events and queue entries left behind by
 * its previous life are recognised as stale.
 */
final class ChatPool {
  static final byte FREE = 0;
  static final byte WITH_BOT = 1;
  static final byte WAITING = 2;
  static final byte IN_SERVICE = 3;
  /** Left the queue without closing the chat: still in the queue for an agent to find. */
  static final byte GHOST = 4;
  /** Abandoned or answered wrongly; will come back as a new contact. */
  static final byte AWAY = 5;
  /** A ghost an agent has picked up and is about to close. */
  static final byte GHOST_IN_SERVICE = 6;

  byte[] state;
  int[] gen;
  int[] region;
  int[] topic;
  int[] language;
  /** The (region, topic, language) cell of the accounting. */
  int[] cell;
  /** Counted in the reported window (the contact arrived inside it). */
  boolean[] counted;
  boolean[] silent;
  boolean[] translated;
  boolean[] botResolves;
  boolean[] repeat;
  boolean[] wrong;
  double[] arrival;
  double[] handoff;
  double[] work;
  double[] patience;
  /** When a waiting chat's patience runs out (+infinity if never, or if a patience event is due). */
  double[] deadline;
  double[] serviceStart;
  int[] handoffInterval;
  int[] agent;

  private int[] free;
  private int freeTop;
  private int used;

  ChatPool(int capacity) {
    allocate(Math.max(16, capacity));
  }

  private void allocate(int cap) {
    state = grow(state, cap);
    gen = grow(gen, cap);
    region = grow(region, cap);
    topic = grow(topic, cap);
    language = grow(language, cap);
    cell = grow(cell, cap);
    counted = grow(counted, cap);
    silent = grow(silent, cap);
    translated = grow(translated, cap);
    botResolves = grow(botResolves, cap);
    repeat = grow(repeat, cap);
    wrong = grow(wrong, cap);
    arrival = grow(arrival, cap);
    handoff = grow(handoff, cap);
    work = grow(work, cap);
    patience = grow(patience, cap);
    deadline = grow(deadline, cap);
    serviceStart = grow(serviceStart, cap);
    handoffInterval = grow(handoffInterval, cap);
    agent = grow(agent, cap);
    free = grow(free, cap);
  }

  /** A fresh chat id in state FREE with a new generation. */
  int acquire() {
    int id;
    if (freeTop > 0) {
      id = free[--freeTop];
    } else {
      if (used == state.length) {
        allocate(state.length * 2);
      }
      id = used++;
    }
    gen[id]++;
    translated[id] = false;
    repeat[id] = false;
    wrong[id] = false;
    agent[id] = -1;
    return id;
  }

  void release(int id) {
    state[id] = FREE;
    gen[id]++;
    free[freeTop++] = id;
  }

  /** Ids ever handed out (scan bound). */
  int highWater() {
    return used;
  }

  private static byte[] grow(byte[] a, int n) {
    return a == null ? new byte[n] : Arrays.copyOf(a, n);
  }

  private static int[] grow(int[] a, int n) {
    return a == null ? new int[n] : Arrays.copyOf(a, n);
  }

  private static boolean[] grow(boolean[] a, int n) {
    return a == null ? new boolean[n] : Arrays.copyOf(a, n);
  }

  private static double[] grow(double[] a, int n) {
    return a == null ? new double[n] : Arrays.copyOf(a, n);
  }
}
