package org.chatplan.engine.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatplan.engine.centre.Textbook;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;
import org.junit.jupiter.api.Test;

/**
 * The 95% intervals must cover known true values about 95% of the time. 300 small experiments of
 * the textbook queue with different seeds; with a correct interval the coverage count is
 * Binomial(300, 0.95): mean 285, sd 3.8. The band [274, 296] is +/- 2.9 sd (false alarm ~0.4%).
 */
class CoverageTest {
  @Test
  void confidenceIntervalsCoverTrueValuesAtTheirRate() {
    int experiments = 300;
    int offeredHits = 0;
    int handleHits = 0;
    double rate = 1.0; // per minute, flat: expected offered = 1440 per day exactly
    for (int e = 0; e < experiments; e++) {
      ExperimentResult r = Experiment.run(Textbook.queue(rate, 300, 0, 40, 1, 5, 1000L + e), 1);
      MetricSummary offered = r.get(Metric.OFFERED);
      MetricSummary handle = r.get(Metric.MEAN_HANDLE_SECONDS);
      offeredHits += offered.covers(1440) ? 1 : 0;
      handleHits += handle.covers(300) ? 1 : 0;
    }
    int o = offeredHits;
    int h = handleHits;
    assertTrue(o >= 274 && o <= 296, () -> "offered: " + o + " of 300 intervals covered 1440");
    assertTrue(h >= 274 && h <= 296, () -> "mean handle: " + h + " of 300 intervals covered 300 s");
  }
}
