package org.chatplan.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.chatplan.engine.model.Scenario;
import org.chatplan.scenarios.load.YamlDocuments;
import org.junit.jupiter.api.Test;

/** --set overrides and sweep value expansion. */
class OverridesTest {

  private static Scenario sun(String... settings) {
    LoadResult r = ScenarioLoader.resolve("follow-the-sun", List.of(settings));
    assertTrue(r.ok(), r::report);
    return r.scenario();
  }

  @Test void setsANumberInOneListElement() {
    Scenario s = sun("agents.sites[0].maxConcurrency=2");
    assertEquals(2, s.agents().sites().get(0).maxConcurrency());
    assertEquals(3, s.agents().sites().get(1).maxConcurrency());
  }

  @Test void selectsAnElementByName() {
    assertEquals(2, sun("agents.sites[krakow].maxConcurrency=2").agents().sites().get(1).maxConcurrency());
  }

  @Test void setsABooleanAndCreatesMissingMappings() {
    assertFalse(sun("bot.enabled=false").bot().enabled());
    LoadResult r = ScenarioLoader.parse(Fixtures.MINIMAL, "m.yaml",
        List.of("bot.enabled=true", "bot.handleTime=90s"));
    assertTrue(r.ok(), r::report);
    assertTrue(r.scenario().bot().enabled());
  }

  @Test void multipliesEveryElementWithStar() {
    Scenario s = sun("demand.regions[*].chatsPerWeek=x1.5");
    assertEquals(List.of(18000.0, 15000.0, 12000.0), s.demand().regions().stream().map(r -> r.chatsPerWeek()).toList());
  }

  @Test void multiplyKeepsWholeNumbersWhole() {
    Scenario s = sun("agents.sites[*].shifts[*].agents=x1.1");
    assertEquals(9, s.agents().sites().get(0).shifts().get(0).agents()); // 8 x 1.1 = 8.8
  }

  @Test void multipliesDurationsAndDistributionMeans() {
    Scenario s = sun("demand.topics[*].handleTime=x2", "agents.translation.after=x1.5");
    assertEquals(840.0, s.demand().topics().get(0).handleTime().mean());
    assertEquals(180.0, s.agents().translation().afterSeconds());
  }

  @Test void valueIsParsedAsYaml() {
    Scenario s = sun("agents.sites[0].shifts[0].days=[MON, TUE]", "agents.sites[0].shifts[0].start=\"09:30\"");
    assertEquals(2, s.agents().sites().get(0).shifts().get(0).days().size());
    assertEquals("09:30", s.agents().sites().get(0).shifts().get(0).start().toString());
  }

  @Test void problemsInAnOverriddenValueNameTheOverride() {
    LoadResult r = ScenarioLoader.resolve("follow-the-sun", List.of("agents.sites[0].maxConcurrency=0"));
    assertFalse(r.ok());
    Problem p = r.errors().get(0);
    assertEquals("--set agents.sites[0].maxConcurrency=0", p.file());
    assertEquals(0, p.line());
    assertEquals("--set agents.sites[0].maxConcurrency=0: error: agents.sites[0].maxConcurrency: 0 is too small; "
        + "maxConcurrency must be at least 1", p.format());
  }

  @Test void badOverridesAreProblemsNotExceptions() {
    assertOverrideError("agents.sites[9].maxConcurrency=2", "has 3 elements; index 9 is past the end");
    assertOverrideError("agents.sites[lima].maxConcurrency=2", "has no element named `lima`");
    assertOverrideError("name.first=x", "not a mapping");
    assertOverrideError("agents.sites[0].name=\"x2\"", null); // quoted: the name x2, not a factor
    assertOverrideError("agents.sites[0].name=x2", "is \"bogota\"; x2 multiplies a number");
    assertOverrideError("agents.sites[0].zone=Mars/Base", "unknown time zone \"Mars/Base\"");
    assertOverrideError("agents.sites[0].skills=x2", "multiplies a number, a duration");
    assertOverrideError("missing", "expected PATH=VALUE");
    assertOverrideError("a..b=1", "misplaced `.`");
    assertOverrideError("agents.sites[=1", "`[` without `]`");
    // "+5" reads as 5 in YAML: refused rather than silently setting what looks like an increment.
    assertOverrideError("agents.sites[krakow].shifts[*].agents=+5", "\"+5\" would set 5, not add it");
    assertOverrideError("agents.site[0].maxConcurrency=2", "nothing to index; did you mean `sites`?");
    assertOverrideError("demand.regions[*].chatsPerWeek=120%", "this field is not a percent", "x1.2");
    assertOverrideError("demand.regions[*].chatsPerWeek=*1.2", "write x1.2");
    assertOverrideError("demand.regions[0].chatsPerWeek=12,000", "write 12000 (no thousands separators");
  }

  private static void assertOverrideError(String setting, String fragment, String also) {
    LoadResult r = ScenarioLoader.resolve("follow-the-sun", List.of(setting));
    assertTrue(r.errors().stream().anyMatch(p -> p.message().contains(fragment) && p.message().contains(also)),
        () -> setting + ":\n" + r.report());
  }

  private static void assertOverrideError(String setting, String fragment) {
    LoadResult r = ScenarioLoader.resolve("follow-the-sun", List.of(setting));
    if (fragment == null) {
      assertTrue(r.ok(), r::report);
      return;
    }
    assertTrue(r.errors().stream().anyMatch(p -> p.message().contains(fragment)), () -> setting + ":\n" + r.report());
  }

  @Test void applyToTextReturnsYamlThatLoads() {
    String text = ScenarioOverrides.applyToText(Fixtures.MINIMAL, "demand.regions[0].chatsPerWeek", "x2");
    LoadResult r = ScenarioLoader.parse(text, "t.yaml");
    assertTrue(r.ok(), r::report);
    assertEquals(2000.0, r.scenario().demand().regions().get(0).chatsPerWeek());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScenarioOverrides.applyToText(Fixtures.MINIMAL, "agents.sites[5].agents", "3"));
    assertTrue(e.getMessage().contains("index 5 is past the end"), e.getMessage());
  }

  @Test void applyToATreeThenParseTheTree() {
    JsonNode tree = YamlDocuments.read(Fixtures.MINIMAL, "m.yaml").document().root();
    assertEquals(List.of(), ScenarioOverrides.apply(tree, "agents.sites[0].shifts[0].agents", "9"));
    LoadResult r = ScenarioLoader.parse(tree, "m.yaml (modified)");
    assertTrue(r.ok(), r::report);
    assertEquals(9, r.scenario().agents().sites().get(0).shifts().get(0).agents());
  }

  @Test void expandsRangesAndLists() {
    assertEquals(List.of("1", "2", "3", "4", "5"), ScenarioOverrides.expandValues("1..5"));
    assertEquals(List.of("10", "15", "20", "25", "30"), ScenarioOverrides.expandValues("10..30:5"));
    assertEquals(List.of("x0.8", "x0.9", "x1.0", "x1.1", "x1.2", "x1.3", "x1.4"), ScenarioOverrides.expandValues("x0.8..x1.4"));
    assertEquals(List.of("x0.8", "x1.0", "x1.2", "x1.4"), ScenarioOverrides.expandValues("x0.8..x1.4:0.2"));
    assertEquals(List.of("true", "false"), ScenarioOverrides.expandValues("true,false"));
    assertEquals(List.of("5m", "6m", "7m", "8m"), ScenarioOverrides.expandValues("5m..8m"));
    assertEquals(List.of("3", "2", "1"), ScenarioOverrides.expandValues("3..1"));
    assertEquals(List.of("1", "2", "10"), ScenarioOverrides.expandValues("1..2,10"));
    assertEquals(List.of("[MON, TUE]"), ScenarioOverrides.expandValues("[MON, TUE]"));
  }

  @Test void badSweepSpecsSayWhy() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioOverrides.expandValues("1..1000000"))
        .getMessage().contains("more than 1000 values"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioOverrides.expandValues("1..x2"))
        .getMessage().contains("same form"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioOverrides.expandValues("1..5:0"))
        .getMessage().contains("greater than 0"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ScenarioOverrides.expandValues("a..b"))
        .getMessage().contains("not a range"));
    assertThrows(IllegalArgumentException.class, () -> ScenarioOverrides.expandValues(" "));
  }
}
