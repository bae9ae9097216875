package org.chatplan.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Interleaved A/B timing of one M/M/c+M implementation (or of the default scenario's replications,
 * {@link DefaultReplications}) from two builds of this benchmarks jar, in
 * one JVM: each build is loaded in its own class loader and the two alternate run by run (A first
 * on even rounds, B first on odd ones), so a slow phase of the host hits both alike. Separate JMH
 * runs minutes apart differed by more than the changes being measured (up to 40% when the host was
 * busy); an A/A run of this harness agrees within about 3%.
 *
 * <pre>
 * cp bench/target/benchmarks.jar /tmp/before.jar    # then change the code and rebuild
 * java -Xms3g -Xmx3g -XX:+AlwaysPreTouch -cp bench/target/benchmarks.jar \
 *     org.chatplan.bench.JarAB /tmp/before.jar bench/target/benchmarks.jar 30 [ChatplanMmcm|KernelMmcm|DefaultReplications]
 * </pre>
 *
 * Prints the mean of the fastest quarter of the rounds after 8 warm-up rounds, the medians and
 * B / A for both.
 */
public final class JarAB {
  private static final int WARMUP_ROUNDS = 8;

  private JarAB() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: JarAB A.jar B.jar ROUNDS [ChatplanMmcm|KernelMmcm|SsjMmcm|PriorityQueueMmcm|DefaultReplications]");
      System.exit(2);
    }
    String impl = args.length > 3 ? args[3] : "ChatplanMmcm";
    int rounds = Integer.parseInt(args[2]);
    if (rounds < WARMUP_ROUNDS + 4) {
      System.err.println("ROUNDS must be at least " + (WARMUP_ROUNDS + 4));
      System.exit(2);
    }
    Runner a = new Runner(args[0], impl);
    Runner b = new Runner(args[1], impl);
    List<Double> ta = new ArrayList<>();
    List<Double> tb = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      boolean aFirst = i % 2 == 0;
      double first = (aFirst ? a : b).time();
      double second = (aFirst ? b : a).time();
      if (i >= WARMUP_ROUNDS) {
        ta.add(aFirst ? first : second);
        tb.add(aFirst ? second : first);
      }
    }
    Collections.sort(ta);
    Collections.sort(tb);
    double qa = fastestQuarter(ta);
    double qb = fastestQuarter(tb);
    double ma = ta.get(ta.size() / 2);
    double mb = tb.get(tb.size() / 2);
    System.out.printf("%s, %d rounds after %d warm-up: s per simulation%n", impl, ta.size(), WARMUP_ROUNDS);
    System.out.printf("fastest quarter  A %.4f  B %.4f  B/A %.3f%n", qa, qb, qb / qa);
    System.out.printf("median           A %.4f  B %.4f  B/A %.3f%n", ma, mb, mb / ma);
  }

  private static double fastestQuarter(List<Double> sorted) {
    int n = Math.max(1, sorted.size() / 4);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += sorted.get(i);
    }
    return sum / n;
  }

  /** One build's model, loaded apart from the other build's classes. */
  private static final class Runner {
    private final Object model;
    private final Method run;

    Runner(String jar, String impl) throws Exception {
      URLClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> mmcm = loader.loadClass("org.chatplan.bench.MmcmModel");
      int days = mmcm.getField("BENCH_DAYS").getInt(null);
      Object reference = mmcm.getMethod("reference", int.class).invoke(null, days);
      Class<?> cls = loader.loadClass("org.chatplan.bench." + impl);
      model = switch (impl) {
        case "KernelMmcm" -> cls.getConstructor(mmcm, long.class, int.class).newInstance(reference, MmcmBench.SEED, 0);
        case "DefaultReplications" -> cls.getConstructor().newInstance();
        default -> cls.getConstructor(mmcm, long.class).newInstance(reference, MmcmBench.SEED);
      };
      run = cls.getMethod("run");
    }

    double time() throws Exception {
      long t = System.nanoTime();
      run.invoke(model);
      return (System.nanoTime() - t) / 1e9;
    }
  }
}
