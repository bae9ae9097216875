/*
 * Not run on its own: one of the models measured by MmcmBench (and checked by MmcmAgreementTest).
 * How to run: java -jar bench/target/benchmarks.jar MmcmBench -f 1 -wi 2 -i 3 -w 10s -r 10s
 */
package org.chatplan.bench;

import java.util.ArrayDeque;
import java.util.PriorityQueue;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * {@link MmcmModel} as a plain textbook event loop: a {@link PriorityQueue} of small event objects
 * ordered by (time, sequence), one object per customer, an {@link ArrayDeque} as the FCFS queue. The
 * logic follows chatplan's: handle time and patience drawn at arrival, an abandonment event
 * scheduled for every customer who has to wait, never cancelled but recognised as stale when it pops
 * after the customer was answered, and abandoners left in the queue and skipped at the head. Same
 * generator family and samplers as chatplan (XoShiRo256++, ziggurat exponential), so what differs
 * from chatplan is the data layout: objects and a binary heap of references instead of parallel
 * primitive arrays and a 4-ary heap.
 */
public final class PriorityQueueMmcm {
  private static final int ARRIVAL = 0;
  private static final int PATIENCE = 1;
  private static final int COMPLETION = 2;

  private static final byte WAITING = 1;
  private static final byte IN_SERVICE = 2;
  private static final byte GONE = 3;

  private final MmcmModel m;
  private final long seed;

  public PriorityQueueMmcm(MmcmModel m, long seed) {
    this.m = m;
    this.seed = seed;
  }

  /** An event: a small immutable object, one allocated per scheduling. */
  private static final class Ev implements Comparable<Ev> {
    final double time;
    final long seq;
    final int kind;
    final Customer customer;

    Ev(double time, long seq, int kind, Customer customer) {
      this.time = time;
      this.seq = seq;
      this.kind = kind;
      this.customer = customer;
    }

    @Override public int compareTo(Ev o) {
      int c = Double.compare(time, o.time);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private static final class Customer {
    final double arrival;
    final double work;
    final double patience;
    byte state;

    Customer(double arrival, double work, double patience) {
      this.arrival = arrival;
      this.work = work;
      this.patience = patience;
    }
  }

  /** One simulation of [0, horizon), with fresh generators from the seed. */
  public MmcmModel.Stats run() {
    XoShiRo256PlusPlus root = new XoShiRo256PlusPlus(new long[] {seed, 0x5DEECE66DL, ~seed, 11});
    ContinuousSampler arrivals = ZigguratSampler.Exponential.of(root.jump(), 1 / m.arrivalsPerSecond());
    ContinuousSampler handle = ZigguratSampler.Exponential.of(root.jump(), m.meanHandleSeconds());
    ContinuousSampler patience = ZigguratSampler.Exponential.of(root.jump(), m.meanPatienceSeconds());
    double horizon = m.horizonSeconds();
    int agents = m.agents();

    PriorityQueue<Ev> events = new PriorityQueue<>(1024);
    ArrayDeque<Customer> queue = new ArrayDeque<>();
    long seq = 0;
    int live = 0;
    int busy = 0;
    long offered = 0;
    long answered = 0;
    long abandoned = 0;
    long eventCount = 0;
    double waitSum = 0;

    double first = arrivals.sample();
    if (first < horizon) {
      events.add(new Ev(first, seq++, ARRIVAL, null));
    }
    while (!events.isEmpty() && events.peek().time <= horizon) {
      Ev e = events.poll();
      double now = e.time;
      eventCount++;
      switch (e.kind) {
        case ARRIVAL -> {
          offered++;
          Customer c = new Customer(now, handle.sample(), patience.sample());
          if (live == 0 && busy < agents) {
            busy++;
            answered++;
            c.state = IN_SERVICE;
            events.add(new Ev(now + c.work, seq++, COMPLETION, c));
          } else {
            c.state = WAITING;
            queue.addLast(c);
            live++;
            events.add(new Ev(now + c.patience, seq++, PATIENCE, c));
          }
          double next = now + arrivals.sample();
          if (next < horizon) {
            events.add(new Ev(next, seq++, ARRIVAL, null));
          }
        }
        case PATIENCE -> {
          Customer c = e.customer;
          if (c.state == WAITING) {
            c.state = GONE;
            live--;
            abandoned++;
          }
        }
        case COMPLETION -> {
          busy--;
          Customer c;
          while ((c = queue.pollFirst()) != null) {
            if (c.state == WAITING) {
              live--;
              busy++;
              answered++;
              waitSum += now - c.arrival;
              c.state = IN_SERVICE;
              events.add(new Ev(now + c.work, seq++, COMPLETION, c));
              break;
            }
          }
        }
        default -> throw new IllegalStateException("unknown event kind " + e.kind);
      }
    }
    return new MmcmModel.Stats(offered, answered, abandoned, waitSum, eventCount);
  }
}
