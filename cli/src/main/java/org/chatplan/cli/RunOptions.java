package org.chatplan.cli;

import picocli.CommandLine.Option;

/** Options every simulating command shares: replications, seed and threads. */
public final class RunOptions {
  @Option(names = "--replications", paramLabel = "N", description = "Independent replications (overrides run.replications).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (overrides run.seed). The same seed gives the same customers.")
  Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
  Integer threads;

  /** Threads to use, at least one. */
  int threads() {
    return Threads.resolve(threads);
  }
}
