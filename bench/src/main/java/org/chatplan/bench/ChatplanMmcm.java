/*
 * Not run on its own: one of the models measured by MmcmBench (and checked by MmcmAgreementTest).
 * How to run: java -jar bench/target/benchmarks.jar MmcmBench -f 1 -wi 2 -i 3 -w 10s -r 10s
 */
package org.chatplan.bench;

import java.time.LocalDate;
import java.util.List;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Demand;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.random.RandomStreams;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;

/**
 * {@link MmcmModel} on chatplan: the textbook scenario (one flat region, one topic, one
 * around-the-clock site at concurrency 1, no bot, no warm-up, 30-minute reporting intervals unless
 * told otherwise) run
 * through {@link Experiment#replicate}. The experiment (arrival and shift schedules) is built once;
 * each {@link #run} is one full replication from the same streams, so every run does the same work.
 */
public final class ChatplanMmcm {
  private final Experiment experiment;
  private final RandomStreams streams;

  /** With chatplan's usual 30-minute reporting intervals. */
  public ChatplanMmcm(MmcmModel m, long seed) {
    this(m, seed, DEFAULT_INTERVAL_SECONDS);
  }

  /** With another reporting interval (it must divide a day); used to show what intervals cost. */
  public ChatplanMmcm(MmcmModel m, long seed, double intervalSeconds) {
    experiment = new Experiment(scenario(m, seed, intervalSeconds));
    streams = RandomStreams.of(seed, 1);
  }

  public static final double DEFAULT_INTERVAL_SECONDS = 1800;

  /** The textbook M/M/c+M scenario, built in code as the engine's tests do. */
  public static Scenario scenario(MmcmModel m, long seed, double intervalSeconds) {
    int days = (int) Math.round(m.horizonSeconds() / 86400);
    if (days * 86400.0 != m.horizonSeconds()) {
      throw new IllegalArgumentException("chatplan needs whole days; horizon " + m.horizonSeconds() + "s");
    }
    Region region = Region.flat("all", m.arrivalsPerSecond() * 7 * 86400,
        new DurationModel.Exponential(m.meanPatienceSeconds()));
    Topic topic = new Topic("any", 1, new DurationModel.Exponential(m.meanHandleSeconds()), 0);
    Agents agents = new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, null,
        List.of(Site.aroundTheClock("team", m.agents(), 1, 20)));
    return new Scenario("mmcm-reference", "M/M/c+M reference queue", "USD",
        new Calendar(LocalDate.of(2027, 3, 1), days, 0, intervalSeconds), new RunSettings(1, seed),
        new Targets(0.8, 20, 0.05), new Demand(List.of(topic), List.of(region)), Bot.none(), agents,
        Satisfaction.defaults(), null);
  }

  /** One replication. */
  public ReplicationResult replicate() {
    return experiment.replicate(streams, 0);
  }

  public MmcmModel.Stats run() {
    return stats(replicate());
  }

  public static MmcmModel.Stats stats(ReplicationResult r) {
    var t = r.total();
    long answered = Math.round(t.get(Metric.ANSWERED));
    return new MmcmModel.Stats(Math.round(t.get(Metric.OFFERED)), answered,
        Math.round(t.get(Metric.ABANDONED)), answered * t.get(Metric.ASA_SECONDS), r.events());
  }
}
