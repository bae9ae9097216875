package org.chatplan.bench;

/**
 * Tells a slow host phase from a slow chatplan JVM: runs chatplan's M/M/c+M and the kernel-only
 * model alternately in one JVM and prints each round's wall times, then the mean of rounds 8 to the
 * last and their ratio. A slow host slows both (the ratio stays near its usual value); a slow
 * compilation of chatplan's model slows chatplan alone (the ratio rises).
 *
 * <pre>
 * for i in $(seq 10); do
 *   java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp bench/target/benchmarks.jar org.chatplan.bench.AlternatingLoop 15 | tail -1
 * done
 * </pre>
 */
public final class AlternatingLoop {
  private static final int FIRST_COUNTED_ROUND = 8;

  private AlternatingLoop() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    if (rounds < FIRST_COUNTED_ROUND) {
      System.err.println("ROUNDS must be at least " + FIRST_COUNTED_ROUND);
      System.exit(2);
    }
    MmcmModel model = MmcmModel.reference(MmcmModel.BENCH_DAYS);
    ChatplanMmcm chatplan = new ChatplanMmcm(model, MmcmBench.SEED);
    KernelMmcm kernel = new KernelMmcm(model, MmcmBench.SEED, 0);
    double sumChatplan = 0;
    double sumKernel = 0;
    StringBuilder line = new StringBuilder();
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      chatplan.run();
      long t1 = System.nanoTime();
      kernel.run();
      long t2 = System.nanoTime();
      double c = (t1 - t0) / 1e9;
      double k = (t2 - t1) / 1e9;
      line.append(String.format("%.3f/%.3f ", c, k));
      if (round >= FIRST_COUNTED_ROUND) {
        sumChatplan += c;
        sumKernel += k;
      }
    }
    int counted = rounds - FIRST_COUNTED_ROUND + 1;
    System.out.println("rounds (chatplan/kernel-only s): " + line.toString().trim());
    System.out.printf("rounds %d-%d: chatplan %.3f s, kernel only %.3f s, ratio %.2f%n", FIRST_COUNTED_ROUND, rounds,
        sumChatplan / counted, sumKernel / counted, sumChatplan / sumKernel);
  }
}
