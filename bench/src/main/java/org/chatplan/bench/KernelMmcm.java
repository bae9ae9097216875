/*
 * Not run on its own: one of the models measured by MmcmBench (and checked by MmcmAgreementTest).
 * How to run: java -jar bench/target/benchmarks.jar MmcmBench -f 1 -wi 2 -i 3 -w 10s -r 10s
 */
package org.chatplan.bench;

import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.chatplan.engine.kernel.AdaptiveEventQueue;
import org.chatplan.engine.kernel.EventQueue;
import org.chatplan.engine.kernel.HeapEventQueue;
import org.chatplan.engine.kernel.Simulator;

/**
 * {@link MmcmModel} on chatplan's kernel alone: a {@link Simulator} over its event list
 * driving a hand-written handler with customers pooled by index in primitive arrays, the way
 * chatplan's centre keeps chats. Same logic, generators, seeds and therefore the same sample path as
 * {@link PriorityQueueMmcm} (so the two report identical statistics): the difference between the two
 * is the event list and the data layout only, and the difference from {@link ChatplanMmcm} is
 * chatplan's chat-centre model layer (breakdowns, histograms, agents, shifts, intervals).
 *
 * <p>The event list is the simulator's {@link AdaptiveEventQueue} unless another is given (the
 * benchmark can swap in {@link HeapEventQueue} alone or {@link SlotHeapEventQueue}). {@code boundaryEvents} adds that many events spread evenly over the horizon and scheduled up
 * front, as chatplan schedules its interval boundaries; 0 gives the pure model.
 */
public final class KernelMmcm {
  private static final int ARRIVAL = 0;
  private static final int PATIENCE = 1;
  private static final int COMPLETION = 2;
  private static final int BOUNDARY = 3;

  private static final byte FREE = 0;
  private static final byte WAITING = 1;
  private static final byte IN_SERVICE = 2;
  private static final byte GONE = 3;

  private final MmcmModel m;
  private final long seed;
  private final int boundaryEvents;
  private final java.util.function.Supplier<EventQueue> queues;

  private Simulator sim;
  private ContinuousSampler arrivals;
  private ContinuousSampler handle;
  private ContinuousSampler patience;

  // customers by id
  private double[] arrival = new double[256];
  private double[] work = new double[256];
  private byte[] state = new byte[256];
  private int[] gen = new int[256];
  private int[] free = new int[256];
  private int freeTop;
  private int used;
  // FCFS ring of (id, generation)
  private int[] ringId = new int[256];
  private int[] ringGen = new int[256];
  private int ringHead;
  private int ringSize;

  private int live;
  private int busy;
  private long offered;
  private long answered;
  private long abandoned;
  private double waitSum;

  public KernelMmcm(MmcmModel m, long seed, int boundaryEvents) {
    this(m, seed, boundaryEvents, () -> new AdaptiveEventQueue(1024));
  }

  /** With another event list (a new one per run). */
  public KernelMmcm(MmcmModel m, long seed, int boundaryEvents, java.util.function.Supplier<EventQueue> queues) {
    this.m = m;
    this.seed = seed;
    this.boundaryEvents = boundaryEvents;
    this.queues = queues;
  }

  /** One simulation of [0, horizon), with fresh generators from the seed. */
  public MmcmModel.Stats run() {
    XoShiRo256PlusPlus root = new XoShiRo256PlusPlus(new long[] {seed, 0x5DEECE66DL, ~seed, 11});
    arrivals = ZigguratSampler.Exponential.of(root.jump(), 1 / m.arrivalsPerSecond());
    handle = ZigguratSampler.Exponential.of(root.jump(), m.meanHandleSeconds());
    patience = ZigguratSampler.Exponential.of(root.jump(), m.meanPatienceSeconds());
    sim = new Simulator(queues.get());
    java.util.Arrays.fill(state, FREE);
    freeTop = 0;
    used = 0;
    ringHead = 0;
    ringSize = 0;
    live = 0;
    busy = 0;
    offered = 0;
    answered = 0;
    abandoned = 0;
    waitSum = 0;
    double horizon = m.horizonSeconds();
    for (int i = 0; i < boundaryEvents; i++) {
      sim.scheduleAt(horizon * (i + 1) / (boundaryEvents + 1), BOUNDARY, i, 0);
    }
    double first = arrivals.sample();
    if (first < horizon) {
      sim.scheduleAt(first, ARRIVAL, 0, 0);
    }
    // The model's own event loop with its dispatch inline, as ChatCentre does (see Simulator.next).
    while (sim.next(horizon)) {
      switch (sim.kind()) {
        case ARRIVAL -> arrive();
        case PATIENCE -> abandon(sim.target(), sim.aux());
        case COMPLETION -> complete(sim.target());
        case BOUNDARY -> { }
        default -> throw new IllegalStateException("unknown event kind " + sim.kind());
      }
    }
    return new MmcmModel.Stats(offered, answered, abandoned, waitSum, sim.eventsHandled());
  }

  private void arrive() {
    double now = sim.now();
    offered++;
    int c = acquire();
    arrival[c] = now;
    work[c] = handle.sample();
    double p = patience.sample();
    if (live == 0 && busy < m.agents()) {
      startService(c, now);
    } else {
      state[c] = WAITING;
      push(c);
      live++;
      sim.scheduleIn(p, PATIENCE, c, gen[c]);
    }
    double next = now + arrivals.sample();
    if (next < m.horizonSeconds()) {
      sim.scheduleAt(next, ARRIVAL, 0, 0);
    }
  }

  private void abandon(int c, int g) {
    if (gen[c] == g && state[c] == WAITING) {
      state[c] = GONE; // stays in the ring until it reaches the head
      live--;
      abandoned++;
    }
  }

  private void complete(int c) {
    busy--;
    release(c);
    while (ringSize > 0) {
      int id = ringId[ringHead];
      int g = ringGen[ringHead];
      ringHead = (ringHead + 1) & (ringId.length - 1);
      ringSize--;
      if (gen[id] != g) {
        continue;
      }
      if (state[id] == WAITING) {
        live--;
        startService(id, sim.now());
        return;
      }
      if (state[id] == GONE) {
        release(id);
      }
    }
  }

  private void startService(int c, double now) {
    busy++;
    answered++;
    waitSum += now - arrival[c];
    state[c] = IN_SERVICE;
    sim.scheduleIn(work[c], COMPLETION, c, gen[c]);
  }

  private int acquire() {
    if (freeTop > 0) {
      return free[--freeTop];
    }
    if (used == state.length) {
      int n = used * 2;
      arrival = java.util.Arrays.copyOf(arrival, n);
      work = java.util.Arrays.copyOf(work, n);
      state = java.util.Arrays.copyOf(state, n);
      gen = java.util.Arrays.copyOf(gen, n);
      free = java.util.Arrays.copyOf(free, n);
    }
    return used++;
  }

  private void release(int c) {
    state[c] = FREE;
    gen[c]++;
    free[freeTop++] = c;
  }

  private void push(int c) {
    if (ringSize == ringId.length) {
      int n = ringId.length;
      int[] ni = new int[n * 2];
      int[] ng = new int[n * 2];
      for (int i = 0; i < ringSize; i++) {
        ni[i] = ringId[(ringHead + i) & (n - 1)];
        ng[i] = ringGen[(ringHead + i) & (n - 1)];
      }
      ringId = ni;
      ringGen = ng;
      ringHead = 0;
    }
    ringId[(ringHead + ringSize) & (ringId.length - 1)] = c;
    ringGen[(ringHead + ringSize) & (ringId.length - 1)] = gen[c];
    ringSize++;
  }
}
