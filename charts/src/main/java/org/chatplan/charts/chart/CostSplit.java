package org.chatplan.charts.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;

/**
 * Cost per offered contact of one channel, split by cost driver (e.g. "Agent labour", "Bot",
 * "Telecom"), in the scenario's currency. Drivers keep the map's iteration order (pass a
 * {@link LinkedHashMap} to choose it); it is the stacking order in {@link CostPerContactChart}.
 */
public record CostSplit(String channel, Map<String, Double> perContactByDriver) {
  public CostSplit {
    if (channel == null || channel.isBlank()) {
      throw new IllegalArgumentException("channel must be named, got '" + channel + "'");
    }
    if (perContactByDriver == null || perContactByDriver.isEmpty()) {
      throw new IllegalArgumentException("channel " + channel + " needs at least one cost driver");
    }
    for (Map.Entry<String, Double> e : perContactByDriver.entrySet()) {
      if (e.getValue() == null || !(e.getValue() >= 0) || e.getValue().isInfinite()) {
        throw new IllegalArgumentException("cost driver " + e.getKey() + " of " + channel
            + " must be a finite amount >= 0, got " + e.getValue());
      }
    }
    perContactByDriver = Collections.unmodifiableMap(new LinkedHashMap<>(perContactByDriver));
  }

  /** Sum of all drivers: the channel's cost per contact. */
  public double total() {
    double sum = 0;
    for (double v : perContactByDriver.values()) {
      sum += v;
    }
    return sum;
  }

  /**
   * The chat side of a run: labour and bot cost per offered chat, each the mean over replications
   * of (cost / offered) in that replication, so the two add up to the run's mean cost per contact;
   * empty when no replication offered a chat (there is no cost per contact then).
   */
  public static Optional<CostSplit> chatOf(ExperimentResult r) {
    double[] offered = r.values(Metric.OFFERED);
    double[] labour = r.values(Metric.COST_LABOUR);
    double[] bot = r.values(Metric.COST_BOT);
    double l = 0;
    double b = 0;
    int n = 0;
    for (int i = 0; i < offered.length; i++) {
      if (offered[i] > 0) {
        l += labour[i] / offered[i];
        b += (Double.isNaN(bot[i]) ? 0 : bot[i]) / offered[i];
        n++;
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    Map<String, Double> drivers = new LinkedHashMap<>();
    drivers.put("Agent labour", l / n);
    drivers.put("Bot", b / n);
    return Optional.of(new CostSplit("Chat", drivers));
  }
}
