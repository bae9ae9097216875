package org.chatplan.engine.planning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.stats.MetricSummary;

/**
 * The phone baseline of a chat scenario: the phone scenario built from it, the per-interval
 * staffing the planner found for it, and its figures (JSON keys, each mean, 95% half-width and n
 * over replications; formulas in docs/phone-baseline.md).
 *
 * @param scenario the phone scenario that was staffed and simulated
 * @param plan the staffing plan (its {@code simulated()} is the run the figures come from)
 * @param summary figures by JSON key, in a fixed order: {@link PhoneBaseline#KEYS}
 * @param byInterval the same per reporting interval (without {@code agentsFte}; undefined ones left out)
 * @param byRegion the customer-side figures and telecom minutes per region, in scenario order
 */
public record PhoneResult(Scenario scenario, StaffingPlan plan, Map<String, MetricSummary> summary,
    List<Map<String, MetricSummary>> byInterval, Map<String, Map<String, MetricSummary>> byRegion) {
  public PhoneResult {
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    byInterval = byInterval.stream().map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m))).toList();
    Map<String, Map<String, MetricSummary>> regions = new LinkedHashMap<>();
    byRegion.forEach((k, v) -> regions.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    byRegion = Collections.unmodifiableMap(regions);
  }

  /** The figures of {@link PhoneFigures#summarise}: summary, per interval, per region. */
  record Breakdowns(Map<String, MetricSummary> summary, List<Map<String, MetricSummary>> byInterval,
      Map<String, Map<String, MetricSummary>> byRegion) {}

  /** The simulation of the staffed phone operation. */
  public ExperimentResult simulated() {
    return plan.simulated();
  }

  /** Agents on duty per reporting interval (one phone site). */
  public int[] agentsPerInterval() {
    return plan.required(0);
  }

  /** One summary figure by its JSON key. */
  public MetricSummary get(String key) {
    MetricSummary m = summary.get(key);
    if (m == null) {
      throw new IllegalArgumentException("no phone figure '" + key + "'; keys are " + summary.keySet());
    }
    return m;
  }
}
