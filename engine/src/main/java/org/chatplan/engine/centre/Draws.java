package org.chatplan.engine.centre;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.random.RandomStreams;
import org.chatplan.engine.random.StreamId;

/**
 * Every random source of one replication, each bound to its own stream (see {@link StreamId}).
 * Customer attributes are drawn at arrival from streams no staffing decision touches, which is what
 * gives common random numbers across scenarios.
 */
final class Draws {
  final ArrivalProcess[] arrivals;
  final UniformRandomProvider[] customer;
  final ContinuousSampler[] handleTime;
  final ContinuousSampler[] patience;
  final ContinuousSampler[] retryPatience;
  final ContinuousSampler[] retryDelay;
  final UniformRandomProvider retryRng;
  final UniformRandomProvider botRng;
  final ContinuousSampler botTime;
  final UniformRandomProvider errorRng;
  final UniformRandomProvider shrinkageRng;
  final double[] botResolves;
  /** [region] share of abandoners who leave silently (their chat stays in the queue). */
  final double[] silentShare;

  Draws(Scenario scenario, CentreLayout layout, ArrivalSchedule[] schedules, RandomStreams streams, int rep) {
    int nRegions = layout.regions;
    arrivals = new ArrivalProcess[nRegions];
    customer = new UniformRandomProvider[nRegions];
    patience = new ContinuousSampler[nRegions];
    retryPatience = new ContinuousSampler[nRegions];
    retryDelay = new ContinuousSampler[nRegions];
    silentShare = new double[nRegions];
    UniformRandomProvider patienceRng = streams.open(StreamId.PATIENCE, 0, rep);
    retryRng = streams.open(StreamId.RETRY, 0, rep);
    for (int r = 0; r < nRegions; r++) {
      Region region = scenario.demand().regions().get(r);
      double[] dayFactor = forecastFactors(region, schedules[r].localDays(), streams.open(StreamId.FORECAST, r, rep));
      arrivals[r] = new ArrivalProcess(schedules[r], dayFactor, streams.open(StreamId.ARRIVALS, r, rep));
      customer[r] = streams.open(StreamId.CUSTOMER, r, rep);
      silentShare[r] = region.silentAbandon();
      if (region.patience() != null) {
        patience[r] = region.patience().sampler(patienceRng);
        retryPatience[r] = region.patience().sampler(retryRng);
      }
      DurationModel after = region.retry() != null ? region.retry().after() : new DurationModel.Exponential(3600);
      retryDelay[r] = after.sampler(retryRng);
    }
    UniformRandomProvider handleRng = streams.open(StreamId.HANDLE_TIME, 0, rep);
    handleTime = new ContinuousSampler[layout.topics];
    botResolves = new double[layout.topics];
    for (int t = 0; t < layout.topics; t++) {
      Topic topic = scenario.demand().topics().get(t);
      handleTime[t] = topic.handleTime().sampler(handleRng);
      botResolves[t] = topic.botResolves();
    }
    botRng = streams.open(StreamId.BOT, 0, rep);
    botTime = scenario.bot().enabled() ? scenario.bot().handleTime().sampler(botRng) : null;
    errorRng = streams.open(StreamId.ERRORS, 0, rep);
    shrinkageRng = streams.open(StreamId.SHRINKAGE, 0, rep);
  }

  /** A lognormal day multiplier with mean 1 and the region's cv for each local day (all 1 without). */
  private static double[] forecastFactors(Region region, int days, UniformRandomProvider rng) {
    double[] f = new double[days];
    java.util.Arrays.fill(f, 1.0);
    double cv = region.forecastErrorCv();
    if (cv > 0) {
      ContinuousSampler s = new DurationModel.LogNormal(1.0, cv).sampler(rng);
      for (int d = 0; d < days; d++) {
        f[d] = s.sample();
      }
    }
    return f;
  }

}
