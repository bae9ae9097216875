package org.chatplan.engine.planning;

import org.chatplan.engine.model.Scenario;

/**
 * Planner settings.
 *
 * @param replications replications of every simulation (the scenario's seed is kept)
 * @param maxSimulations cap on simulation runs
 * @param threads worker threads for the replications (results do not depend on it)
 * @param criterion how a simulated interval is judged
 */
public record PlannerOptions(int replications, int maxSimulations, int threads, Criterion criterion) {
  /** How the simulated figures are compared with the targets. */
  public enum Criterion {
    /** The mean over replications must meet the target. */
    MEAN,
    /** The 95% confidence bound must: mean - half-width for service level, + for abandon rate. */
    CONFIDENCE_BOUND
  }

  public PlannerOptions {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be >= 1, got " + replications);
    }
    if (maxSimulations < 1) {
      throw new IllegalArgumentException("maxSimulations must be >= 1, got " + maxSimulations);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (criterion == null) {
      throw new IllegalArgumentException("criterion is required");
    }
    if (criterion == Criterion.CONFIDENCE_BOUND && replications < 2) {
      throw new IllegalArgumentException("the 95% bound needs at least 2 replications, got " + replications);
    }
  }

  /** The scenario's replications, at most 30 simulations, every core, the mean. */
  public static PlannerOptions defaults(Scenario scenario) {
    return new PlannerOptions(scenario.run().replications(), 30, Runtime.getRuntime().availableProcessors(),
        Criterion.MEAN);
  }

  public PlannerOptions withReplications(int n) {
    return new PlannerOptions(n, maxSimulations, threads, criterion);
  }

  public PlannerOptions withThreads(int n) {
    return new PlannerOptions(replications, maxSimulations, n, criterion);
  }

  public PlannerOptions withMaxSimulations(int n) {
    return new PlannerOptions(replications, n, threads, criterion);
  }

  public PlannerOptions withCriterion(Criterion c) {
    return new PlannerOptions(replications, maxSimulations, threads, c);
  }
}
