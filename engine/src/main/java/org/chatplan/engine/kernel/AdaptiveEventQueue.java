package org.chatplan.engine.kernel;

/**
 * The simulator's event list: a sorted array while few events are pending, a {@link HeapEventQueue}
 * when many are.
 *
 * <p>Why two forms: a chat centre keeps a few dozen to a few hundred events pending (one
 * completion per busy agent, the next arrival per region, a patience timer per waiting chat). At
 * that size a sorted array beats any heap: the next event is the last element (O(1) pop, no sift),
 * and an insertion moves only the events due no later than the new one, which for the most frequent
 * event, the next arrival a few seconds ahead, is almost none. An insertion walks past events due
 * at the same time, so ties pop in insertion order without a sequence number. Past {@link #TO_HEAP}
 * pending events an insertion would move too much and the events go to the heap (a sorted array
 * added in order is already a heap, so each add is O(1)); below {@link #TO_ARRAY} they come back,
 * popped in order. The gap between the two thresholds bounds the cost of switching to a small
 * constant per operation even in the worst case.
 */
public final class AdaptiveEventQueue implements EventQueue {
  /** Pending events above which the heap takes over. */
  public static final int TO_HEAP = 192;
  /** Pending events below which the sorted array takes over again. */
  public static final int TO_ARRAY = 48;

  /** Sorted latest first: the next event is at {@code size - 1}. */
  private final double[] times = new double[TO_HEAP + 1];
  private final long[] payloads = new long[TO_HEAP + 1];
  private int size;
  private final HeapEventQueue heap;
  private boolean inHeap;

  private double polledTime;
  private long polled;
  private long switches;

  public AdaptiveEventQueue() {
    this(1024);
  }

  /** {@code heapCapacity}: initial capacity of the heap used for large event lists. */
  public AdaptiveEventQueue(int heapCapacity) {
    heap = new HeapEventQueue(heapCapacity);
  }

  @Override public void add(double time, int kind, int target, int aux) {
    if (inHeap) {
      heap.add(time, kind, target, aux);
      return;
    }
    long payload = HeapEventQueue.pack(kind, target, aux);
    if (size == TO_HEAP) {
      toHeap();
      heap.add(time, kind, target, aux);
      return;
    }
    // Insertion step: the events due at or before `time` (at the end of the array) move up by one
    // and so stay nearer the end than the new event: equal times pop first in, first out. A plain
    // walk: measured faster here than binary search plus a block move, whose branches mispredict.
    int i = size++;
    double[] t = times;
    long[] p = payloads;
    while (i > 0 && t[i - 1] <= time) {
      t[i] = t[i - 1];
      p[i] = p[i - 1];
      i--;
    }
    t[i] = time;
    p[i] = payload;
  }

  @Override public boolean isEmpty() {
    return inHeap ? heap.isEmpty() : size == 0;
  }

  @Override public int size() {
    return inHeap ? heap.size() : size;
  }

  @Override public double peekTime() {
    return inHeap ? heap.peekTime() : times[size - 1];
  }

  @Override public void poll() {
    if (inHeap) {
      heap.poll();
      polledTime = heap.time();
      polled = heap.polledPayload();
      if (heap.size() < TO_ARRAY) {
        toArray();
      }
      return;
    }
    int last = --size;
    polledTime = times[last];
    polled = payloads[last];
  }

  /** Every pending event into the heap, earliest first (each add is then O(1) and keeps FIFO ties). */
  private void toHeap() {
    for (int i = size - 1; i >= 0; i--) {
      heap.addPacked(times[i], payloads[i]);
    }
    size = 0;
    inHeap = true;
    switches++;
  }

  /** Every pending event back into the array, popped in order (latest ends up first). */
  private void toArray() {
    int n = heap.size();
    for (int i = n - 1; i >= 0; i--) {
      heap.poll();
      times[i] = heap.time();
      payloads[i] = heap.polledPayload();
    }
    size = n;
    heap.clear();
    inHeap = false;
    switches++;
  }

  @Override public double time() {
    return polledTime;
  }

  @Override public int kind() {
    return HeapEventQueue.kindOf(polled);
  }

  @Override public int target() {
    return HeapEventQueue.targetOf(polled);
  }

  @Override public int aux() {
    return HeapEventQueue.auxOf(polled);
  }

  @Override public void clear() {
    size = 0;
    heap.clear();
    inHeap = false;
  }

  /** How often the events moved between the array and the heap (a diagnostic for tests). */
  long switches() {
    return switches;
  }
}
