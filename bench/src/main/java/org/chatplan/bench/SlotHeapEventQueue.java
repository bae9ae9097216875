/*
 * Not run on its own: the candidate event list measured by EventQueueBench and MmcmBench.
 * How to run: java -jar bench/target/benchmarks.jar EventQueueBench -f 1 -wi 2 -i 3 -w 2s -r 3s
 *         and java -jar bench/target/benchmarks.jar MmcmBench.chatplanKernelOnly -p queue=heap,slotHeap
 */
package org.chatplan.bench;

import java.util.Arrays;
import org.chatplan.engine.kernel.EventQueue;

/**
 * A candidate layout for chatplan's event list, measured here against {@code HeapEventQueue}: the
 * same 4-ary heap and the same (time, insertion sequence) order, but a heap node is only (time, slot)
 * and the rest of the event (sequence, kind, target, aux) stays put in slot-indexed arrays, recycled
 * through a free stack. A sift step then moves one double and one int instead of five array
 * elements, and the sequence is read only when two times are equal. Allocation-free once grown.
 */
public final class SlotHeapEventQueue implements EventQueue {
  private double[] heapTime;
  private int[] heapSlot;
  private long[] seq;
  private int[] kinds;
  private int[] targets;
  private int[] auxes;
  private int[] freeSlots;
  private int freeTop;
  private int size;
  private long nextSeq;

  private double polledTime;
  private int polledKind;
  private int polledTarget;
  private int polledAux;

  public SlotHeapEventQueue() {
    this(64);
  }

  public SlotHeapEventQueue(int initialCapacity) {
    int cap = Math.max(4, initialCapacity);
    heapTime = new double[cap];
    heapSlot = new int[cap];
    seq = new long[cap];
    kinds = new int[cap];
    targets = new int[cap];
    auxes = new int[cap];
    freeSlots = new int[cap];
    for (int i = 0; i < cap; i++) {
      freeSlots[i] = cap - 1 - i;
    }
    freeTop = cap;
  }

  @Override public void add(double time, int kind, int target, int aux) {
    if (size == heapTime.length) {
      grow();
    }
    int slot = freeSlots[--freeTop];
    long s = nextSeq++;
    seq[slot] = s;
    kinds[slot] = kind;
    targets[slot] = target;
    auxes[slot] = aux;
    double[] ht = heapTime;
    int[] hs = heapSlot;
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 2;
      double pt = ht[parent];
      if (pt < time || (pt == time && seq[hs[parent]] < s)) {
        break;
      }
      ht[hole] = pt;
      hs[hole] = hs[parent];
      hole = parent;
    }
    ht[hole] = time;
    hs[hole] = slot;
  }

  @Override public boolean isEmpty() {
    return size == 0;
  }

  @Override public int size() {
    return size;
  }

  @Override public double peekTime() {
    return heapTime[0];
  }

  @Override public void poll() {
    int slot = heapSlot[0];
    polledTime = heapTime[0];
    polledKind = kinds[slot];
    polledTarget = targets[slot];
    polledAux = auxes[slot];
    freeSlots[freeTop++] = slot;
    int last = --size;
    if (last > 0) {
      siftDown(heapTime[last], heapSlot[last], last);
    }
  }

  private void siftDown(double time, int slot, int n) {
    double[] ht = heapTime;
    int[] hs = heapSlot;
    int hole = 0;
    while (true) {
      int first = (hole << 2) + 1;
      if (first >= n) {
        break;
      }
      int best = first;
      double bt = ht[first];
      int end = Math.min(first + 4, n);
      for (int c = first + 1; c < end; c++) {
        double t = ht[c];
        if (t < bt || (t == bt && seq[hs[c]] < seq[hs[best]])) {
          best = c;
          bt = t;
        }
      }
      if (time < bt || (time == bt && seq[slot] < seq[hs[best]])) {
        break;
      }
      ht[hole] = bt;
      hs[hole] = hs[best];
      hole = best;
    }
    ht[hole] = time;
    hs[hole] = slot;
  }

  private void grow() {
    int old = heapTime.length;
    int cap = old * 2;
    heapTime = Arrays.copyOf(heapTime, cap);
    heapSlot = Arrays.copyOf(heapSlot, cap);
    seq = Arrays.copyOf(seq, cap);
    kinds = Arrays.copyOf(kinds, cap);
    targets = Arrays.copyOf(targets, cap);
    auxes = Arrays.copyOf(auxes, cap);
    freeSlots = Arrays.copyOf(freeSlots, cap);
    // the stack is empty when the heap is full: push the new slots
    for (int i = cap - 1; i >= old; i--) {
      freeSlots[freeTop++] = i;
    }
  }

  @Override public double time() {
    return polledTime;
  }

  @Override public int kind() {
    return polledKind;
  }

  @Override public int target() {
    return polledTarget;
  }

  @Override public int aux() {
    return polledAux;
  }

  @Override public void clear() {
    size = 0;
    nextSeq = 0;
    freeTop = 0;
    for (int i = heapTime.length - 1; i >= 0; i--) {
      freeSlots[freeTop++] = i;
    }
  }
}
