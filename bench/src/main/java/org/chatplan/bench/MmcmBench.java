/*
 * How to run (from the repository root, after building bench/target/benchmarks.jar):
 *
 *   java -jar bench/target/benchmarks.jar MmcmBench -f 1 -wi 2 -i 3 -w 10s -r 10s
 *   java -jar bench/target/benchmarks.jar MmcmBench -f 1 -wi 2 -i 3 -w 10s -r 10s -prof gc
 *
 * The implementations run in the same JMH run. Each benchmark operation is one whole
 * simulation of about 2,000,000 arrivals (139 days at 10/min). The primary score is simulations per
 * second; the secondary "customers" score is arrivals simulated per second and "events" is events
 * handled per second (events per customer differ between implementations: see docs/benchmarks.md).
 * With -prof gc, gc.alloc.rate.norm is bytes per operation: divide by the events per operation
 * printed by MmcmSanity to get bytes per event.
 */
package org.chatplan.bench;

import java.util.concurrent.TimeUnit;
import org.chatplan.engine.kernel.AdaptiveEventQueue;
import org.chatplan.engine.kernel.HeapEventQueue;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * End-to-end M/M/c+M: chatplan vs SSJ vs a java.util.PriorityQueue event-object baseline, plus
 * chatplan's kernel driving a hand-written handler (to separate the kernel from the model layer).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class MmcmBench {
  static final long SEED = 20270301L;

  @State(Scope.Benchmark)
  public static class Models {
    SsjMmcm ssj;
    PriorityQueueMmcm priorityQueue;

    @Setup(Level.Trial)
    public void build() {
      MmcmModel m = MmcmModel.reference(MmcmModel.BENCH_DAYS);
      ssj = new SsjMmcm(m, SEED);
      priorityQueue = new PriorityQueueMmcm(m, SEED);
    }
  }

  /**
   * chatplan's model. The reporting interval is a parameter of this benchmark only: chatplan
   * schedules one interval-boundary event per interval up front, so the interval length sets the
   * size of its event list (-p intervalMinutes=30,1440 shows the effect; the default is chatplan's
   * usual 30 minutes).
   */
  @State(Scope.Benchmark)
  public static class Chatplan {
    @Param({"30"})
    int intervalMinutes;

    ChatplanMmcm model;

    @Setup(Level.Trial)
    public void build() {
      model = new ChatplanMmcm(MmcmModel.reference(MmcmModel.BENCH_DAYS), SEED, intervalMinutes * 60.0);
    }
  }

  /**
   * The same model on chatplan's kernel (Simulator and its event list) with a hand-written handler and
   * no chat-centre layer: what the kernel alone costs. {@code boundaryEvents} pre-schedules that many
   * do-nothing events, as chatplan pre-schedules its interval boundaries (6672 = 139 days of
   * 30-minute intervals). {@code queue} swaps the event list (-p queue=adaptive,heap,slotHeap).
   */
  @State(Scope.Benchmark)
  public static class Kernel {
    @Param({"0"})
    int boundaryEvents;

    /**
     * adaptive: the simulator's event list (AdaptiveEventQueue); heap: HeapEventQueue alone;
     * slotHeap: the candidate SlotHeapEventQueue.
     */
    @Param({"adaptive"})
    String queue;

    KernelMmcm model;

    @Setup(Level.Trial)
    public void build() {
      MmcmModel m = MmcmModel.reference(MmcmModel.BENCH_DAYS);
      model = switch (queue) {
        case "adaptive" -> new KernelMmcm(m, SEED, boundaryEvents, () -> new AdaptiveEventQueue(1024));
        case "heap" -> new KernelMmcm(m, SEED, boundaryEvents, () -> new HeapEventQueue(1024));
        case "slotHeap" -> new KernelMmcm(m, SEED, boundaryEvents, () -> new SlotHeapEventQueue(1024));
        default -> throw new IllegalArgumentException("queue must be adaptive, heap or slotHeap, got " + queue);
      };
    }
  }

  /** Customers and events simulated, reported by JMH as rates. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Counts {
    public long customers;
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      customers = 0;
      events = 0;
    }

    MmcmModel.Stats add(MmcmModel.Stats s) {
      customers += s.offered();
      events += s.events();
      return s;
    }
  }

  @Benchmark
  public MmcmModel.Stats chatplan(Chatplan m, Counts c) {
    return c.add(m.model.run());
  }

  @Benchmark
  public MmcmModel.Stats chatplanKernelOnly(Kernel m, Counts c) {
    return c.add(m.model.run());
  }

  @Benchmark
  public MmcmModel.Stats ssj(Models m, Counts c) {
    return c.add(m.ssj.run());
  }

  @Benchmark
  public MmcmModel.Stats priorityQueue(Models m, Counts c) {
    return c.add(m.priorityQueue.run());
  }
}
