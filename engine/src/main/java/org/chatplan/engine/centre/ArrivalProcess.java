package org.chatplan.engine.centre;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Non-homogeneous Poisson arrivals, exact for a piecewise-constant rate: the next arrival is where
 * the integrated rate has grown by one unit exponential, walking across segment boundaries.
 * Allocation-free per arrival.
 */
final class ArrivalProcess {
  private final ArrivalSchedule schedule;
  private final double[] dayFactor;
  private final ZigguratSampler.Exponential unitExponential;
  /** The current segment, its bounds, its rate with the day's forecast error, and 1 / rate. */
  private int segment = -1;
  private double start;
  private double end;
  private double rate;
  private double secondsPerChat;

  ArrivalProcess(ArrivalSchedule schedule, double[] dayFactor, UniformRandomProvider rng) {
    this.schedule = schedule;
    this.dayFactor = dayFactor;
    this.unitExponential = ZigguratSampler.Exponential.of(rng);
    enter(0);
  }

  /** Next arrival strictly after {@code t}, or +infinity past the last segment. */
  double next(double t) {
    double need = unitExponential.sample();
    while (segment < schedule.segments()) {
      if (t < start) {
        t = start;
      }
      double room = (end - t) * rate;
      if (need < room) {
        return t + need * secondsPerChat;
      }
      need -= room;
      t = end;
      enter(segment + 1);
    }
    return Double.POSITIVE_INFINITY;
  }

  /** Makes segment i current (its values are read once, not on every arrival). */
  private void enter(int i) {
    segment = i;
    if (i < schedule.segments()) {
      start = schedule.segmentStart(i);
      end = schedule.segmentEnd(i);
      rate = schedule.segmentRate(i) * dayFactor[schedule.segmentDay(i)];
      secondsPerChat = rate > 0 ? 1 / rate : 0;
    }
  }
}
