package org.chatplan.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled scenario runs in the engine (one replication of one day, to stay fast). */
class EngineSmokeTest {

  @ParameterizedTest
  @MethodSource("org.chatplan.scenarios.LibraryTest#names")
  void bundledScenarioRuns(String name) {
    Scenario s = FuzzTest.oneDay(ScenarioLoader.resolve(name).scenario());
    ExperimentResult r = Experiment.run(s, 1);
    assertTrue(r.get(Metric.OFFERED).mean() > 0, name);
  }
}
