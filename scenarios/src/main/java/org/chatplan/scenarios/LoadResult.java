package org.chatplan.scenarios;

import java.util.List;
import org.chatplan.engine.model.Scenario;

/**
 * What loading a scenario gave: the scenario (null when any problem is an ERROR) and every problem
 * found, errors first, each group in file order.
 */
public record LoadResult(Scenario scenario, List<Problem> problems) {
  public LoadResult {
    problems = problems == null ? List.of() : problems.stream().sorted(Problem.ORDER).toList();
    if (problems.stream().anyMatch(Problem::isError)) {
      scenario = null;
    } else if (scenario == null) {
      throw new IllegalArgumentException("a LoadResult without a scenario needs at least one error");
    }
  }

  /** A failed load with these problems (at least one of which should be an error). */
  static LoadResult failed(List<Problem> problems) {
    boolean anyError = problems.stream().anyMatch(Problem::isError);
    if (!anyError) {
      List<Problem> more = new java.util.ArrayList<>(problems);
      more.add(Problem.error("", "", "the scenario could not be built"));
      problems = more;
    }
    return new LoadResult(null, problems);
  }

  /** True when the scenario loaded (warnings allowed). */
  public boolean ok() {
    return scenario != null;
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** Every problem formatted, one per line. */
  public String report() {
    StringBuilder b = new StringBuilder();
    for (Problem p : problems) {
      b.append(p.format()).append('\n');
    }
    return b.toString();
  }
}
