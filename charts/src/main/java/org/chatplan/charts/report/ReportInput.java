package org.chatplan.charts.report;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.chatplan.engine.run.ExperimentResult;

/**
 * What a single-run report shows: the result, the scenario text as the planner wrote it (absent for
 * a scenario built in code), the phone comparison (absent until a baseline is computed) and the
 * time zone of the chart time axes.
 */
public record ReportInput(ExperimentResult result, Optional<String> scenarioYaml,
    Optional<PhoneComparison> phone, ZoneId zone) {
  public ReportInput {
    Objects.requireNonNull(result, "result");
    scenarioYaml = scenarioYaml == null ? Optional.empty() : scenarioYaml;
    phone = phone == null ? Optional.empty() : phone;
    zone = zone == null ? ZoneOffset.UTC : zone;
  }

  /** A report of {@code result} with its YAML text (null: none), no phone section, times in UTC. */
  public static ReportInput of(ExperimentResult result, String scenarioYaml) {
    return new ReportInput(result, Optional.ofNullable(scenarioYaml), Optional.empty(), ZoneOffset.UTC);
  }

  public ReportInput withPhone(PhoneComparison comparison) {
    return new ReportInput(result, scenarioYaml, Optional.of(comparison), zone);
  }

  public ReportInput withZone(ZoneId newZone) {
    return new ReportInput(result, scenarioYaml, phone, newZone);
  }
}
