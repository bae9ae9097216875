package org.chatplan.engine.centre;

/**
 * First-come-first-served queue of chats for one (topic, language), as a ring of (id, generation)
 * pairs. Chats that leave from the middle (abandonment) are not removed: their entries go stale and
 * are skipped when they reach the head, which keeps every operation O(1) amortised.
 */
final class ChatQueue {
  private int[] ids = new int[16];
  private int[] gens = new int[16];
  private int head;
  private int size;
  /** Chats in the ring that an agent can still take (waiting or ghost). */
  int live;

  void push(int id, int gen) {
    if (size == ids.length) {
      grow();
    }
    int tail = (head + size) & (ids.length - 1);
    ids[tail] = id;
    gens[tail] = gen;
    size++;
    live++;
  }

  /** Head chat id still takeable (per {@code pool}), dropping stale entries; -1 when none. */
  int peek(ChatPool pool) {
    while (size > 0) {
      int id = ids[head];
      byte st = pool.state[id];
      if (pool.gen[id] == gens[head] && (st == ChatPool.WAITING || st == ChatPool.GHOST)) {
        return id;
      }
      head = (head + 1) & (ids.length - 1);
      size--;
    }
    return -1;
  }

  /** Removes the head returned by the last {@link #peek}. */
  void removeHead() {
    head = (head + 1) & (ids.length - 1);
    size--;
    live--;
  }

  private void grow() {
    int n = ids.length;
    int[] ni = new int[n * 2];
    int[] ng = new int[n * 2];
    for (int i = 0; i < size; i++) {
      ni[i] = ids[(head + i) & (n - 1)];
      ng[i] = gens[(head + i) & (n - 1)];
    }
    ids = ni;
    gens = ng;
    head = 0;
  }

  @Override public String toString() {
    return "ChatQueue[live=" + live + ", entries=" + size + ", capacity=" + ids.length + "]";
  }
}
