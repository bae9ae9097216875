package org.chatplan.engine.kernel;

import java.util.Arrays;

/**
 * A 4-ary min-heap over parallel primitive arrays. Compared with a binary heap it halves the depth
 * and keeps a node's children in one cache line of the time array; sift moves a hole instead of
 * swapping. An event's kind, target and aux are packed into one long (kind 4 bits, target 28 bits,
 * aux 32 bits), so a move touches three arrays instead of five. Nothing is allocated per event: the
 * arrays double when full and never shrink.
 */
public final class HeapEventQueue implements EventQueue {
  private double[] times;
  private long[] seqs;
  private long[] payloads;
  private int size;
  private long nextSeq;

  private double polledTime;
  private long polled;

  public HeapEventQueue() {
    this(64);
  }

  public HeapEventQueue(int initialCapacity) {
    int cap = Math.max(4, initialCapacity);
    times = new double[cap];
    seqs = new long[cap];
    payloads = new long[cap];
  }

  /** Largest kind and target an event may carry. */
  public static final int MAX_KIND = 15;
  public static final int MAX_TARGET = (1 << 28) - 1;

  /** An event's kind, target and aux as one long (kind 4 bits, target 28 bits, aux 32 bits). */
  static long pack(int kind, int target, int aux) {
    if (kind < 0 || kind > MAX_KIND || target < 0 || target > MAX_TARGET) {
      throw new IllegalArgumentException("event kind " + kind + " or target " + target + " out of range");
    }
    return ((long) kind << 60) | ((long) target << 32) | (aux & 0xFFFFFFFFL);
  }

  static int kindOf(long payload) {
    return (int) (payload >>> 60);
  }

  static int targetOf(long payload) {
    return (int) ((payload >>> 32) & MAX_TARGET);
  }

  static int auxOf(long payload) {
    return (int) payload;
  }

  @Override public void add(double time, int kind, int target, int aux) {
    addPacked(time, pack(kind, target, aux));
  }

  /** Adds an event whose kind, target and aux are already packed (see {@link #pack}). */
  void addPacked(double time, long payload) {
    if (size == times.length) {
      grow();
    }
    long seq = nextSeq++;
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 2;
      double pt = times[parent];
      if (pt < time || (pt == time && seqs[parent] < seq)) {
        break;
      }
      move(parent, hole);
      hole = parent;
    }
    set(hole, time, seq, payload);
  }

  @Override public boolean isEmpty() {
    return size == 0;
  }

  @Override public int size() {
    return size;
  }

  @Override public double peekTime() {
    return times[0];
  }

  @Override public void poll() {
    polledTime = times[0];
    polled = payloads[0];
    int last = --size;
    if (last > 0) {
      siftDown(times[last], seqs[last], payloads[last], last);
    }
  }

  private void siftDown(double time, long seq, long payload, int n) {
    int hole = 0;
    while (true) {
      int first = (hole << 2) + 1;
      if (first >= n) {
        break;
      }
      int best = first;
      int end = Math.min(first + 4, n);
      for (int c = first + 1; c < end; c++) {
        if (before(c, best)) {
          best = c;
        }
      }
      double bt = times[best];
      if (time < bt || (time == bt && seq < seqs[best])) {
        break;
      }
      move(best, hole);
      hole = best;
    }
    set(hole, time, seq, payload);
  }

  private boolean before(int a, int b) {
    double ta = times[a];
    double tb = times[b];
    return ta < tb || (ta == tb && seqs[a] < seqs[b]);
  }

  private void move(int from, int to) {
    times[to] = times[from];
    seqs[to] = seqs[from];
    payloads[to] = payloads[from];
  }

  private void set(int i, double time, long seq, long payload) {
    times[i] = time;
    seqs[i] = seq;
    payloads[i] = payload;
  }

  private void grow() {
    int cap = times.length * 2;
    times = Arrays.copyOf(times, cap);
    seqs = Arrays.copyOf(seqs, cap);
    payloads = Arrays.copyOf(payloads, cap);
  }

  @Override public double time() {
    return polledTime;
  }

  /** The polled event's kind, target and aux, packed. */
  long polledPayload() {
    return polled;
  }

  @Override public int kind() {
    return kindOf(polled);
  }

  @Override public int target() {
    return targetOf(polled);
  }

  @Override public int aux() {
    return auxOf(polled);
  }

  @Override public void clear() {
    size = 0;
    nextSeq = 0;
  }
}
