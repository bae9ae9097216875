package org.chatplan.engine.run;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.chatplan.engine.centre.ArrivalSchedule;
import org.chatplan.engine.centre.CentreLayout;
import org.chatplan.engine.centre.ChatCentre;
import org.chatplan.engine.centre.Readout;
import org.chatplan.engine.centre.ShiftSchedule;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.random.RandomStreams;

/**
 * Runs a scenario's replications in parallel. Each replication draws only from its own streams
 * (seed, stream, replication) and is summarised in index order, so the output is identical for
 * any thread count.
 */
public final class Experiment {
  private final Scenario scenario;
  private final CentreLayout layout;
  private final ArrivalSchedule[] schedules;
  private final ShiftSchedule[] shifts;

  public Experiment(Scenario scenario) {
    this(scenario, null);
  }

  /**
   * An experiment whose sites follow {@code plans} instead of their shifts where given: {@code
   * plans[s]} null keeps site s's own shifts, otherwise it holds agents on duty per reporting interval
   * (see {@link ShiftSchedule#ofPlan}; plans carry no shrinkage).
   */
  public Experiment(Scenario scenario, int[][] plans) {
    this.scenario = scenario;
    this.layout = new CentreLayout(scenario);
    int regions = scenario.demand().regions().size();
    if (regions > RandomStreams.maxSubStreams()) {
      throw new IllegalArgumentException("at most " + RandomStreams.maxSubStreams() + " regions are supported");
    }
    schedules = new ArrivalSchedule[regions];
    for (int r = 0; r < regions; r++) {
      schedules[r] = ArrivalSchedule.of(scenario.demand().regions().get(r), scenario.calendar());
    }
    shifts = new ShiftSchedule[scenario.agents().sites().size()];
    for (int s = 0; s < shifts.length; s++) {
      var site = scenario.agents().sites().get(s);
      shifts[s] = plans != null && plans[s] != null ? ShiftSchedule.ofPlan(site, scenario.calendar(), plans[s])
          : ShiftSchedule.of(site, scenario.calendar());
    }
  }

  /** Runs with the scenario's own replications and seed on {@code threads} threads. */
  public static ExperimentResult run(Scenario scenario, int threads) {
    return new Experiment(scenario).run(threads, i -> { });
  }

  /** Runs every replication; {@code onDone} is told each finished replication index (any order). */
  public ExperimentResult run(int threads, IntConsumer onDone) {
    return run(threads, onDone, r -> { });
  }

  /**
   * As {@link #run(int, IntConsumer)}; {@code observer} also sees each whole replication, its
   * per-interval rows included, in index order (the result keeps only their summaries).
   */
  public ExperimentResult run(int threads, IntConsumer onDone, Consumer<ReplicationResult> observer) {
    int n = scenario.run().replications();
    RandomStreams streams = RandomStreams.of(scenario.run().seed(), n);
    AcrossReplications across = new AcrossReplications(scenario, scenario.run().seed(), n, observer);
    Workers.run(n, threads, "chatplan-replication", r -> {
      across.add(r, replicate(streams, r));
      onDone.accept(r);
    });
    return across.result();
  }

  /** One replication, start to finish. */
  public ReplicationResult replicate(RandomStreams streams, int rep) {
    ChatCentre centre = new ChatCentre(layout, schedules, shifts, streams, rep);
    centre.run();
    return Readout.of(centre, shifts, rep);
  }

  public Scenario scenario() {
    return scenario;
  }

  public ShiftSchedule shiftSchedule(int site) {
    return shifts[site];
  }

  public ArrivalSchedule arrivalSchedule(int region) {
    return schedules[region];
  }
}
