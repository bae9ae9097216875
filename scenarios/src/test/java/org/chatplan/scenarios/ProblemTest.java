package org.chatplan.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.chatplan.scenarios.Problem.Severity;
import org.junit.jupiter.api.Test;

/** The problem line format and the loader's refusal to throw. */
class ProblemTest {

  @Test void formatWithEverything() {
    Problem p = new Problem("my.yaml", 12, 5, "agents.sites[1].shifts[0].start", Severity.ERROR,
        "\"25:00\" is not a time of day; write \"HH:MM\", e.g. \"08:00\"");
    assertEquals("my.yaml:12:5: error: agents.sites[1].shifts[0].start: \"25:00\" is not a time of day; write \"HH:MM\", "
        + "e.g. \"08:00\"", p.format());
  }

  @Test void formatLeavesOutWhatIsUnknown() {
    assertEquals("my.yaml: warning: x: y", new Problem("my.yaml", 0, 0, "x", Severity.WARNING, "y").format());
    assertEquals("my.yaml:3: error: y", new Problem("my.yaml", 3, 0, "", Severity.ERROR, "y").format());
    assertEquals("my.yaml: error: y", new Problem("my.yaml", 0, 7, null, null, "y").format());
  }

  @Test void loadResultSplitsErrorsAndWarnings() {
    LoadResult r = Fixtures.load(Fixtures.with("share: 40", "share: 30").replace("chatsPerWeek: 1000", "chatsPerWeek: 0"));
    assertFalse(r.ok());
    assertEquals(1, r.errors().size());
    assertEquals(1, r.warnings().size());
    assertEquals(2, r.report().lines().count());
  }

  @Test void nothingThrowsForNullOrGarbage() {
    assertFalse(ScenarioLoader.parse((String) null, "x").ok());
    assertFalse(ScenarioLoader.parse((JsonNode) null, "x").ok());
    assertFalse(ScenarioLoader.load(null).ok());
    assertFalse(ScenarioLoader.resolve(null).ok());
    assertFalse(ScenarioLoader.resolve("").ok());
    assertFalse(ScenarioLoader.resolve("bad\0name.yaml").ok());
    assertFalse(ScenarioLoader.parse("\uFEFF\u0000\u0001", "x").ok());
    assertFalse(ScenarioLoader.parse("a: &x [*x]", "x").ok());
    assertFalse(ScenarioLoader.parse("[".repeat(5000), "x").ok());
    assertFalse(ScenarioLoader.load(Path.of("/dev/null")).ok());
    assertTrue(ScenarioLoader.parse(Fixtures.MINIMAL, "x", List.of("===")).errors().get(0).message()
        .contains("expected PATH=VALUE"));
  }

  @Test void aliasBombIsRefused() {
    StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      b.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 10; k++) {
        b.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      b.append("]\n");
    }
    LoadResult r = ScenarioLoader.parse(b.toString(), "bomb.yaml");
    assertFalse(r.ok());
    assertTrue(r.errors().get(0).message().contains("more than"), r.report());
  }
}
