package org.chatplan.engine.centre;

import java.util.Arrays;

/**
 * Agents as parallel arrays. Each agent holds up to its site's concurrency chats, all progressing at
 * throughput(n)/n (processor sharing), kept in virtual time: the agent's work clock advances at the
 * per-chat rate of its load, and each chat stores the clock value at which it is done, so a change
 * of load is one update of the clock instead of one per chat. The chat due first is kept up to
 * date as chats come and go; one completion event per agent is scheduled for it.
 *
 * <p>Agents on shift with a free slot sit in one intrusive FIFO list per (site, load level), in the
 * order they reached that level: routing reads list heads only.
 */
final class AgentPool {
  static final byte OFF = 0;
  static final byte ON = 1;
  /** Shift over: takes no new chat, finishes the ones it holds (overtime). */
  static final byte LEAVING = 2;

  final int maxSlots;
  byte[] state;
  int[] site;
  int[] load;
  int[] gen;
  double[] lastUpdate;
  /** Work done per chat since the agent's current busy spell began (seconds of work). */
  double[] workClock;
  /** Slot (0..load-1) of the chat due first, -1 when idle. */
  int[] first;
  double[] enteredLevel;
  double[] shiftEnd;
  int[] chats;
  /** [agent * maxSlots + slot]: the work-clock value at which that slot's chat is done. */
  double[] doneAt;
  private int[] prev;
  private int[] next;
  /** [site * (maxSlots + 1) + level] list head and tail, -1 when empty. */
  private final int[] listHead;
  private final int[] listTail;
  /** [site * (maxSlots + 1) + level] list length. */
  private final int[] listSize;
  private int count;

  AgentPool(int sites, int maxSlots, int capacity) {
    this.maxSlots = maxSlots;
    listHead = new int[sites * (maxSlots + 1)];
    listTail = new int[sites * (maxSlots + 1)];
    listSize = new int[sites * (maxSlots + 1)];
    Arrays.fill(listHead, -1);
    Arrays.fill(listTail, -1);
    allocate(Math.max(8, capacity));
  }

  private void allocate(int cap) {
    state = state == null ? new byte[cap] : Arrays.copyOf(state, cap);
    site = site == null ? new int[cap] : Arrays.copyOf(site, cap);
    load = load == null ? new int[cap] : Arrays.copyOf(load, cap);
    gen = gen == null ? new int[cap] : Arrays.copyOf(gen, cap);
    lastUpdate = lastUpdate == null ? new double[cap] : Arrays.copyOf(lastUpdate, cap);
    workClock = workClock == null ? new double[cap] : Arrays.copyOf(workClock, cap);
    first = first == null ? new int[cap] : Arrays.copyOf(first, cap);
    enteredLevel = enteredLevel == null ? new double[cap] : Arrays.copyOf(enteredLevel, cap);
    shiftEnd = shiftEnd == null ? new double[cap] : Arrays.copyOf(shiftEnd, cap);
    chats = chats == null ? new int[cap * maxSlots] : Arrays.copyOf(chats, cap * maxSlots);
    doneAt = doneAt == null ? new double[cap * maxSlots] : Arrays.copyOf(doneAt, cap * maxSlots);
    prev = prev == null ? new int[cap] : Arrays.copyOf(prev, cap);
    next = next == null ? new int[cap] : Arrays.copyOf(next, cap);
  }

  /** A new agent record for {@code siteIndex}, state OFF. Grows the arrays only on first use. */
  int create(int siteIndex) {
    if (count == state.length) {
      allocate(count * 2);
    }
    int a = count++;
    site[a] = siteIndex;
    state[a] = OFF;
    first[a] = -1;
    return a;
  }

  int size() {
    return count;
  }

  /** Head of the list of agents of {@code s} at {@code level}, or -1. */
  int head(int s, int level) {
    return listHead[s * (maxSlots + 1) + level];
  }

  /** Appends agent a to the list for its site and current load. */
  void enlist(int a, double now) {
    int key = site[a] * (maxSlots + 1) + load[a];
    enteredLevel[a] = now;
    prev[a] = listTail[key];
    next[a] = -1;
    if (listTail[key] >= 0) {
      next[listTail[key]] = a;
    } else {
      listHead[key] = a;
    }
    listTail[key] = a;
    listSize[key]++;
  }

  /** Removes agent a from the list for its site and current load. */
  void delist(int a) {
    int key = site[a] * (maxSlots + 1) + load[a];
    if (prev[a] >= 0) {
      next[prev[a]] = next[a];
    } else {
      listHead[key] = next[a];
    }
    if (next[a] >= 0) {
      prev[next[a]] = prev[a];
    } else {
      listTail[key] = prev[a];
    }
    listSize[key]--;
  }

  /** Number of agents of {@code s} at {@code level} with a free slot (on shift). */
  int count(int s, int level) {
    return listSize[s * (maxSlots + 1) + level];
  }

  /** The {@code i}-th agent (0-based, in list order) of the list for (s, level). */
  int nth(int s, int level, int i) {
    int a = listHead[s * (maxSlots + 1) + level];
    for (int k = 0; k < i; k++) {
      a = next[a];
    }
    return a;
  }

  /**
   * Agent a takes chat c with {@code work} seconds of work at {@code now}: the work clock is
   * brought up to date (restarted at 0 by an idle agent, which keeps its values small), the chat
   * gets the next slot, and an agent on shift is moved to the list of its new load (or leaves the
   * lists when full). Returns the load before.
   */
  int take(int a, int c, double work, double now, double[] perChatRate, boolean onShift, int slots) {
    advance(a, now, perChatRate);
    if (onShift) {
      delist(a);
    }
    int n = load[a];
    int base = a * maxSlots;
    if (n == 0) {
      workClock[a] = 0;
    }
    double done = workClock[a] + work;
    chats[base + n] = c;
    doneAt[base + n] = done;
    if (n == 0 || done < doneAt[base + first[a]]) {
      first[a] = n;
    }
    load[a] = n + 1;
    if (onShift && n + 1 < slots) {
      enlist(a, now);
    }
    return n;
  }

  /**
   * Agent a finishes its chat that is due first at {@code now}: returns it, frees its slot and, if
   * the agent is on shift and was in a load list, takes it out (the caller re-lists it).
   */
  int release(int a, double now, double[] perChatRate, boolean onShift, int slots) {
    advance(a, now, perChatRate);
    int k = first[a];
    int base = a * maxSlots;
    int c = chats[base + k];
    int n = load[a];
    if (onShift && n < slots) {
      delist(a);
    }
    chats[base + k] = chats[base + n - 1];
    doneAt[base + k] = doneAt[base + n - 1];
    load[a] = n - 1;
    first[a] = n == 1 ? -1 : dueFirst(base, n - 1);
    return c;
  }

  /** Brings agent a's work clock up to {@code now} at the per-chat rate of its load. */
  void advance(int a, double now, double[] perChatRate) {
    workClock[a] += (now - lastUpdate[a]) * perChatRate[load[a]];
    lastUpdate[a] = now;
  }

  /** Slot of the chat due first among the n slots from {@code base} (earliest slot on ties). */
  private int dueFirst(int base, int n) {
    int best = 0;
    for (int k = 1; k < n; k++) {
      if (doneAt[base + k] < doneAt[base + best]) {
        best = k;
      }
    }
    return best;
  }

  /**
   * Work left on agent a's chat that is due first, as of its last update (never negative), or
   * -1 when the agent is idle.
   */
  double workLeftOnFirst(int a) {
    int k = first[a];
    return k < 0 ? -1 : Math.max(0, doneAt[a * maxSlots + k] - workClock[a]);
  }
}
