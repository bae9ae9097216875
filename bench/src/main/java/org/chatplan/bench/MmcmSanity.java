/*
 * How to run (from the repository root, after building bench/target/benchmarks.jar):
 *
 *   java -Xms2g -Xmx2g -cp bench/target/benchmarks.jar org.chatplan.bench.MmcmSanity [days]
 *   java -Xms2g -Xmx2g -cp bench/target/benchmarks.jar org.chatplan.bench.MmcmSanity cpu [rounds]
 *
 * The first form runs each MmcmBench implementation once on the reference queue (default: the
 * benchmark's 139 days) and prints what it measured, the events it handled per customer, and the
 * Erlang A values. The second is a cross-check of MmcmBench for a machine shared with other work:
 * it runs the implementations in turn, round after round (default 8), and prints for each the
 * least thread CPU time of one simulation over the rounds after the first two (CPU time, unlike
 * JMH's wall-clock score, hardly moves when other processes take the cores), and the bytes the
 * thread allocated per simulation. A hand loop, so a diagnostic, not a benchmark.
 */
package org.chatplan.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.chatplan.engine.erlang.ErlangA;
import org.chatplan.engine.kernel.HeapEventQueue;

/** One run of each M/M/c+M implementation, side by side with Erlang A; or a CPU-time comparison. */
public final class MmcmSanity {
  private MmcmSanity() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("cpu")) {
      cpu(args.length > 1 ? Integer.parseInt(args[1]) : 8);
      return;
    }
    int days = args.length > 0 ? Integer.parseInt(args[0]) : MmcmModel.BENCH_DAYS;
    MmcmModel m = MmcmModel.reference(days);
    ErlangA a = ErlangA.solve(m.agents(), m.arrivalsPerSecond(), m.meanHandleSeconds(), m.meanPatienceSeconds());
    System.out.printf(Locale.ROOT, "M/M/%d+M, %d days, expected arrivals %.0f%n", m.agents(), days, m.expectedArrivals());
    System.out.printf(Locale.ROOT, "%-24s abandonRate=%.4f%% asa=%.3fs%n", "erlangA", 100 * a.abandonRate(), a.asaSeconds());
    for (Map.Entry<String, Supplier<MmcmModel.Stats>> e : implementations(m).entrySet()) {
      long t0 = System.nanoTime();
      MmcmModel.Stats s = e.getValue().get();
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "%-24s %s events/customer=%.4f (cold run %.2fs)%n", e.getKey(), s,
          (double) s.events() / s.offered(), secs);
    }
  }

  private static Map<String, Supplier<MmcmModel.Stats>> implementations(MmcmModel m) {
    long seed = MmcmBench.SEED;
    Map<String, Supplier<MmcmModel.Stats>> impl = new LinkedHashMap<>();
    impl.put("chatplan", new ChatplanMmcm(m, seed)::run);
    impl.put("chatplan intervals=1d", new ChatplanMmcm(m, seed, 86400)::run);
    impl.put("chatplanKernelOnly", new KernelMmcm(m, seed, 0)::run);
    impl.put("kernelOnly heap", new KernelMmcm(m, seed, 0, () -> new HeapEventQueue(1024))::run);
    impl.put("kernelOnly boundary=6672", new KernelMmcm(m, seed, 6672)::run);
    impl.put("ssj", new SsjMmcm(m, seed)::run);
    impl.put("priorityQueue", new PriorityQueueMmcm(m, seed)::run);
    return impl;
  }

  private static void cpu(int rounds) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    MmcmModel m = MmcmModel.reference(MmcmModel.BENCH_DAYS);
    Map<String, Supplier<MmcmModel.Stats>> impl = implementations(m);
    Map<String, double[]> best = new LinkedHashMap<>();
    impl.keySet().forEach(k -> best.put(k, new double[] {Double.POSITIVE_INFINITY, 0, 0, 0}));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Supplier<MmcmModel.Stats>> e : impl.entrySet()) {
        long c0 = threads.getCurrentThreadCpuTime();
        long b0 = threads.getCurrentThreadAllocatedBytes();
        MmcmModel.Stats s = e.getValue().get();
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        long bytes = threads.getCurrentThreadAllocatedBytes() - b0;
        double[] b = best.get(e.getKey());
        if (round >= 2 && cpu < b[0]) {
          b[0] = cpu;
        }
        b[1] = s.offered();
        b[2] = s.events();
        b[3] = bytes;
      }
    }
    System.out.printf(Locale.ROOT, "%-24s %9s %12s %12s %14s %9s%n", "implementation", "cpu s", "customers/s",
        "events/s", "alloc B/run", "B/event");
    for (Map.Entry<String, double[]> e : best.entrySet()) {
      double[] b = e.getValue();
      System.out.printf(Locale.ROOT, "%-24s %9.3f %12.0f %12.0f %14.0f %9.2f%n", e.getKey(), b[0], b[1] / b[0],
          b[2] / b[0], b[3], b[3] / b[2]);
    }
  }
}
