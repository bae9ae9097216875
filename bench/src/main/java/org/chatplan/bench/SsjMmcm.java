/*
 * Not run on its own: one of the models measured by MmcmBench (and checked by MmcmAgreementTest).
 * How to run: java -jar bench/target/benchmarks.jar MmcmBench -f 1 -wi 2 -i 3 -w 10s -r 10s
 */
package org.chatplan.bench;

import java.util.LinkedList;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.stat.Tally;

/**
 * {@link MmcmModel} written the way SSJ's own call-centre tutorial ({@code tutorial/CallCenter.java})
 * writes it, but on a {@link Simulator} instance instead of the static {@code Sim}: an
 * {@code Arrival} event that reschedules itself, a {@code Call} object per customer, a
 * {@code LinkedList} wait list, a new {@code CallCompletion} event per service, and patience checked
 * when the caller reaches the head of the queue (an abandoner is counted and skipped then; as in the
 * tutorial no event is scheduled for abandonment). Under FCFS this gives the same sample path as
 * an abandonment event would. Event list: SSJ's default (splay tree). Random streams: three
 * {@link MRG32k3a} substreams of one seeded stream, replayed from their start on each {@link #run}.
 */
public final class SsjMmcm {
  private final MmcmModel m;
  private final Simulator simulator = new Simulator();
  private final MRG32k3a streamArr;
  private final MRG32k3a streamServ;
  private final MRG32k3a streamPatience;
  private final ExponentialGen genArr;
  private final ExponentialGen genServ;
  private final ExponentialGen genPatience;
  private final LinkedList<Call> waitList = new LinkedList<>();
  private final Tally statWaits = new Tally("waits of answered calls");
  private final Event nextArrival;

  private int nBusy;
  private long nArrivals;
  private long nAbandon;
  private long events;

  public SsjMmcm(MmcmModel m, long seed) {
    this.m = m;
    MRG32k3a base = new MRG32k3a();
    base.setSeed(mrgSeed(seed));
    streamArr = base.clone();
    streamServ = base.clone();
    streamServ.resetNextSubstream();
    streamPatience = streamServ.clone();
    streamPatience.resetNextSubstream();
    genArr = new ExponentialGen(streamArr, m.arrivalsPerSecond());
    genServ = new ExponentialGen(streamServ, 1 / m.meanHandleSeconds());
    genPatience = new ExponentialGen(streamPatience, 1 / m.meanPatienceSeconds());
    nextArrival = new Arrival();
  }

  /** A valid MRG32k3a seed (three values below m1, three below m2, none all zero) from a long. */
  static long[] mrgSeed(long seed) {
    long[] s = new long[6];
    long x = seed;
    for (int i = 0; i < 6; i++) {
      x += 0x9E3779B97F4A7C15L;
      long z = x;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z ^= z >>> 31;
      s[i] = 1 + Long.remainderUnsigned(z, i < 3 ? 4294967086L : 4294944442L);
    }
    return s;
  }

  /** One simulation of [0, horizon). */
  public MmcmModel.Stats run() {
    streamArr.resetStartSubstream();
    streamServ.resetStartSubstream();
    streamPatience.resetStartSubstream();
    simulator.init();
    waitList.clear();
    statWaits.init();
    nBusy = 0;
    nArrivals = 0;
    nAbandon = 0;
    events = 0;
    new EndOfSim().schedule(m.horizonSeconds());
    nextArrival.schedule(genArr.nextDouble());
    simulator.start();
    return new MmcmModel.Stats(nArrivals, statWaits.numberObs(), nAbandon, statWaits.sum(), events);
  }

  /** A customer. */
  final class Call {
    final double arrivalTime;
    final double serviceTime;
    double patienceTime;

    Call() {
      arrivalTime = simulator.time();
      serviceTime = genServ.nextDouble();
      if (nBusy < m.agents()) {
        nBusy++;
        statWaits.add(0.0);
        new CallCompletion().schedule(serviceTime);
      } else {
        patienceTime = genPatience.nextDouble();
        waitList.addLast(this);
      }
    }

    /** Reaches the head of the queue while an agent is free: served, or found to have left. */
    void endWait() {
      double wait = simulator.time() - arrivalTime;
      if (patienceTime < wait) {
        nAbandon++;
      } else {
        nBusy++;
        statWaits.add(wait);
        new CallCompletion().schedule(serviceTime);
      }
    }
  }

  final class Arrival extends Event {
    Arrival() {
      super(simulator);
    }

    @Override public void actions() {
      events++;
      nextArrival.schedule(genArr.nextDouble());
      nArrivals++;
      new Call();
    }
  }

  final class CallCompletion extends Event {
    CallCompletion() {
      super(simulator);
    }

    @Override public void actions() {
      events++;
      nBusy--;
      checkQueue();
    }
  }

  final class EndOfSim extends Event {
    EndOfSim() {
      super(simulator);
    }

    @Override public void actions() {
      events++;
      nextArrival.cancel();
      simulator.stop();
    }
  }

  private void checkQueue() {
    while (!waitList.isEmpty() && nBusy < m.agents()) {
      waitList.removeFirst().endWait();
    }
  }
}
