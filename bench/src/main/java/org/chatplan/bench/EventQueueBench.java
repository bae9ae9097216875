/*
 * How to run (from the repository root, after building bench/target/benchmarks.jar):
 *
 *   java -jar bench/target/benchmarks.jar EventQueueBench -f 1 -wi 2 -i 3 -w 2s -r 3s
 *   java -jar bench/target/benchmarks.jar EventQueueBench -f 1 -wi 2 -i 3 -w 2s -r 3s -prof gc
 *
 * Scores are hold operations per microsecond. With -prof gc, gc.alloc.rate.norm is bytes per hold
 * operation (one poll + one add): 0 for the heap means no allocation per event.
 */
package org.chatplan.bench;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.chatplan.engine.kernel.AdaptiveEventQueue;
import org.chatplan.engine.kernel.EventQueue;
import org.chatplan.engine.kernel.HeapEventQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The classic "hold" model: a queue pre-filled with {@code size} pending events, then each operation
 * polls the earliest and adds one at its time plus an exponential increment (mean 1), so the size
 * stays constant. Increments come from a pre-drawn table so that random-number generation is not
 * measured. Compares chatplan's {@link HeapEventQueue} (behind its {@link EventQueue} interface, as
 * the simulator uses it) with a {@link PriorityQueue} of small event objects, and with
 * {@link SlotHeapEventQueue}, a candidate layout for the engine.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class EventQueueBench {
  private static final int TABLE = 1 << 16;

  /** Exponential(1) increments, drawn once. */
  static double[] increments(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] t = new double[TABLE];
    for (int i = 0; i < TABLE; i++) {
      t[i] = -Math.log(1 - r.nextDouble());
    }
    return t;
  }

  /** A primitive event list in hold: pre-filled with {@code size} events, then poll one, add one. */
  abstract static class Hold {
    EventQueue queue;
    double[] inc;
    int next;

    void start(EventQueue q, int size) {
      inc = increments(42);
      queue = q;
      for (int i = 0; i < size; i++) {
        q.add(inc[i & (TABLE - 1)], i & 7, i, 0);
      }
      next = size;
    }

    double hold() {
      EventQueue q = queue;
      q.poll();
      double t = q.time();
      q.add(t + inc[next++ & (TABLE - 1)], q.kind(), q.target(), q.aux());
      return t;
    }
  }

  @State(Scope.Thread)
  public static class Heap extends Hold {
    @Param({"1000", "100000", "1000000"})
    int size;

    @Setup(Level.Trial)
    public void fill() {
      start(new HeapEventQueue(size), size);
    }
  }

  /**
   * The simulator's event list, {@link AdaptiveEventQueue}: a sorted array below 192 pending events
   * (the 50 here), the heap above.
   */
  @State(Scope.Thread)
  public static class Adaptive extends Hold {
    @Param({"50", "1000", "100000", "1000000"})
    int size;

    @Setup(Level.Trial)
    public void fill() {
      start(new AdaptiveEventQueue(size), size);
    }
  }

  /** The candidate layout {@link SlotHeapEventQueue}, same hold model. */
  @State(Scope.Thread)
  public static class Slots extends Hold {
    @Param({"1000", "100000", "1000000"})
    int size;

    @Setup(Level.Trial)
    public void fill() {
      start(new SlotHeapEventQueue(size), size);
    }
  }

  /** A small event object, as a textbook object-based simulator would use. */
  static final class Ev implements Comparable<Ev> {
    final double time;
    final long seq;
    final int kind;
    final int target;
    final int aux;

    Ev(double time, long seq, int kind, int target, int aux) {
      this.time = time;
      this.seq = seq;
      this.kind = kind;
      this.target = target;
      this.aux = aux;
    }

    @Override public int compareTo(Ev o) {
      int c = Double.compare(time, o.time);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  @State(Scope.Thread)
  public static class Objects {
    @Param({"1000", "100000", "1000000"})
    int size;

    PriorityQueue<Ev> queue;
    double[] inc;
    int next;
    long seq;

    @Setup(Level.Trial)
    public void fill() {
      inc = increments(42);
      queue = new PriorityQueue<>(size);
      for (int i = 0; i < size; i++) {
        queue.add(new Ev(inc[i & (TABLE - 1)], seq++, i & 7, i, 0));
      }
      next = size;
    }
  }

  @Benchmark
  public double heapEventQueue(Heap s) {
    return s.hold();
  }

  @Benchmark
  public double slotHeapCandidate(Slots s) {
    return s.hold();
  }

  @Benchmark
  public double adaptiveEventQueue(Adaptive s) {
    return s.hold();
  }

  @Benchmark
  public double priorityQueue(Objects s) {
    PriorityQueue<Ev> q = s.queue;
    Ev e = q.poll();
    double t = e.time;
    q.add(new Ev(t + s.inc[s.next++ & (TABLE - 1)], s.seq++, e.kind, e.target, e.aux));
    return t;
  }
}
