package org.chatplan.engine.planning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.stats.MetricSummary;

/**
 * The phone baseline of a chat scenario: the phone scenario built from it, the per-interval
 * staffing the planner found for it, and the summary figures (JSON keys, each mean, 95% half-width
 * and n over replications; formulas in docs/phone-baseline.md).
 *
 * @param scenario the phone scenario that was staffed and simulated
 * @param plan the staffing plan (its {@code simulated()} is the run the summary comes from)
 * @param summary figures by JSON key, in a fixed order: {@link PhoneBaseline#KEYS}
 */
public record PhoneResult(Scenario scenario, StaffingPlan plan, Map<String, MetricSummary> summary) {
  public PhoneResult {
    summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
  }

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
