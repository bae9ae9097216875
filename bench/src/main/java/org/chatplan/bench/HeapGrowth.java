/*
 * How to run (from the repository root, after building bench/target/benchmarks.jar):
 *
 *   java -Xms1g -Xmx1g -cp bench/target/benchmarks.jar org.chatplan.bench.HeapGrowth
 *
 * Optional arguments: the numbers of weeks to compare (default: 1 52).
 */
package org.chatplan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chatplan.engine.centre.ArrivalSchedule;
import org.chatplan.engine.centre.CentreLayout;
import org.chatplan.engine.centre.ChatCentre;
import org.chatplan.engine.centre.Readout;
import org.chatplan.engine.centre.ShiftSchedule;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.random.RandomStreams;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;

/**
 * Shows that the live heap of a replication does not grow with simulated time except through the
 * per-interval arrays. Runs one replication of the bundled default scenario for 1 week and for 52
 * weeks, each with its usual 30-minute reporting intervals and again with 1-day intervals (48 times
 * fewer), and reports live-heap figures measured after a full GC. The replication is run in the
 * steps of {@code Experiment.replicate} (build the {@link ChatCentre}, run it, read it out) so that
 * each step can be measured:
 * <ul>
 *   <li>experimentMB: what {@code new Experiment(scenario)} keeps (arrival and shift schedules);
 *   <li>centreMB: the centre before its first event (pools, queues, and the per-interval counter
 *       arrays, which are allocated up front);
 *   <li>peakInRunMB: the largest live heap seen while the events run, by a sampler that forces a GC
 *       every 50 ms (centre included, experiment excluded);
 *   <li>afterRunMB: the centre after its last event;
 *   <li>resultMB: the {@link ReplicationResult} alone (its per-interval rows included);
 *   <li>runAllocB: bytes allocated by the simulating thread while the events run (from the first
 *       event to the last; building the centre and the read-out excluded).
 * </ul>
 * Forced GCs slow the run; the run times printed are not benchmark figures.
 */
public final class HeapGrowth {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private HeapGrowth() {}

  public static void main(String[] args) throws InterruptedException {
    List<Integer> weeks = new ArrayList<>();
    for (String a : args) {
      weeks.add(Integer.parseInt(a));
    }
    if (weeks.isEmpty()) {
      weeks = List.of(1, 52);
    }
    Scenario base = DefaultScenario.load();
    System.out.printf(Locale.ROOT, "scenario: %s; JVM max heap %d MB; %s%n", base.name(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name") + " " + Runtime.version());
    System.out.println("weeks interval intervals shifts    events   offered experimentMB centreMB peakInRunMB afterRunMB resultMB runAllocB  runS");
    for (double interval : new double[] {base.calendar().intervalSeconds(), 86400}) {
      for (int w : weeks) {
        measure(DefaultScenario.withDays(intervalOf(base, interval), 7 * w), w);
      }
    }
  }

  private static Scenario intervalOf(Scenario s, double seconds) {
    var c = s.calendar();
    return new Scenario(s.name(), s.description(), s.currency(),
        new org.chatplan.engine.model.Calendar(c.start(), c.days(), c.warmupSeconds(), seconds), s.run(),
        s.targets(), s.demand(), s.bot(), s.agents(), s.satisfaction(), s.phone());
  }

  private static void measure(Scenario scenario, int weeks) throws InterruptedException {
    long before = liveHeap();
    // Experiment.replicate(streams, 0) step by step, so that the phases can be measured apart
    Experiment experiment = new Experiment(scenario);
    RandomStreams streams = RandomStreams.of(scenario.run().seed(), 1);
    ArrivalSchedule[] schedules = new ArrivalSchedule[scenario.demand().regions().size()];
    for (int r = 0; r < schedules.length; r++) {
      schedules[r] = experiment.arrivalSchedule(r);
    }
    ShiftSchedule[] shifts = new ShiftSchedule[scenario.agents().sites().size()];
    int shiftInstances = 0;
    for (int s = 0; s < shifts.length; s++) {
      shifts[s] = experiment.shiftSchedule(s);
      shiftInstances += shifts[s].instances().size();
    }
    long withExperiment = liveHeap();
    ChatCentre centre = new ChatCentre(new CentreLayout(scenario), schedules, shifts, streams, 0);
    long withCentre = liveHeap();

    Sampler sampler = new Sampler();
    Thread t = new Thread(sampler, "heap-sampler");
    t.setDaemon(true);
    t.start();
    long t0 = System.nanoTime();
    long a0 = THREADS.getCurrentThreadAllocatedBytes();
    centre.run();
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - a0;
    double seconds = (System.nanoTime() - t0) / 1e9;
    sampler.running = false;
    t.join();
    long afterRun = liveHeap();
    ReplicationResult result = Readout.of(centre, shifts, 0);
    centre = null;
    long withResult = liveHeap();

    System.out.printf(Locale.ROOT, "%5d %7.0fm %9d %6d %9d %9.0f %11.1f %10.1f %13.1f %10.1f %9.1f %10d %5.1f%n",
        weeks, scenario.calendar().intervalSeconds() / 60, scenario.calendar().intervals(), shiftInstances,
        result.events(), result.total().get(Metric.OFFERED), mb(withExperiment - before),
        mb(withCentre - withExperiment), mb(Math.max(sampler.peak, afterRun) - withExperiment),
        mb(afterRun - withExperiment), mb(withResult - withExperiment), allocated, seconds);
    if (result.replication() < 0 || experiment.scenario() == null || schedules.length < 0) {
      throw new AssertionError(); // keeps them reachable until here
    }
  }

  /** Heap in use after a full collection. */
  private static long liveHeap() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  /** Forces a GC every 50 ms and keeps the largest live heap seen. */
  private static final class Sampler implements Runnable {
    volatile boolean running = true;
    volatile long peak;

    @Override public void run() {
      while (running) {
        System.gc();
        peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
