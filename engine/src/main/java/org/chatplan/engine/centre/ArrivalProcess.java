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
  private int segment;

  ArrivalProcess(ArrivalSchedule schedule, double[] dayFactor, UniformRandomProvider rng) {
    this.schedule = schedule;
    this.dayFactor = dayFactor;
    this.unitExponential = ZigguratSampler.Exponential.of(rng);
  }

  /** Next arrival strictly after {@code t}, or +infinity past the last segment. */
  double next(double t) {
    double need = unitExponential.sample();
    int n = schedule.segments();
    while (segment < n) {
      double end = schedule.segmentEnd(segment);
      if (t < schedule.segmentStart(segment)) {
        t = schedule.segmentStart(segment);
      }
      double r = schedule.segmentRate(segment) * dayFactor[schedule.segmentDay(segment)];
      double room = (end - t) * r;
      if (need < room) {
        return t + need / r;
      }
      need -= room;
      t = end;
      segment++;
    }
    return Double.POSITIVE_INFINITY;
  }
}
