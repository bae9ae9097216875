package org.chatplan.scenarios;

import static org.chatplan.scenarios.Fixtures.MINIMAL;
import static org.chatplan.scenarios.Fixtures.assertAt;
import static org.chatplan.scenarios.Fixtures.error;
import static org.chatplan.scenarios.Fixtures.load;
import static org.chatplan.scenarios.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Unknown, missing and wrongly typed fields. */
class FieldErrorsTest {

  @Test void unknownFieldSuggestsTheClosestKey() {
    String text = with("handleTime: { mean: 7m }", "handleTim: { mean: 7m }");
    LoadResult r = load(text);
    Problem p = error(r, "demand.topics[0].handleTim", "unknown field `handleTim`; did you mean `handleTime`?");
    assertAt(p, text, "handleTim:");
    error(r, "demand.topics[0].handleTime", "missing required field", "handleTime: { mean: 7m, cv: 0.8 }");
  }

  @Test void unknownFieldWithoutNearMatchListsTheAllowedKeys() {
    LoadResult r = load(MINIMAL + "colour: blue\n");
    Problem p = error(r, "colour", "unknown field `colour`; fields allowed here: version, name, description");
    assertEquals(21, p.line());
  }

  @Test void unknownFieldInsideADistribution() {
    LoadResult r = load(with("{ mean: 9m }", "{ mean: 9m, cvv: 0.5 }"));
    error(r, "demand.topics[1].handleTime.cvv", "did you mean `cv`?");
  }

  static Stream<Arguments> requiredFields() {
    return Stream.of(
        Arguments.of("name: Minimal\n", "", "name", "name: Global e-commerce"),
        Arguments.of("calendar: { start: 2027-03-01, days: 1 }\n", "", "calendar", "calendar: { start: 2027-03-01, days: 7 }"),
        Arguments.of("demand:\n", "demand_:\n", "demand", "who writes, when and about what"),
        Arguments.of("agents:\n", "agents_:\n", "agents", "the sites and their shifts"),
        Arguments.of("      zone: America/New_York\n", "", "demand.regions[0].zone", "zone: America/New_York"),
        Arguments.of("      chatsPerWeek: 1000\n", "", "demand.regions[0].chatsPerWeek", "chatsPerWeek: 21000"),
        Arguments.of("      hourlyCost: 20\n", "", "agents.sites[0].hourlyCost", "hourlyCost: 8.50"));
  }

  @ParameterizedTest
  @MethodSource("requiredFields")
  void missingRequiredField(String remove, String replacement, String path, String hint) {
    String text = with(remove, replacement);
    LoadResult r = load(text);
    Problem p = r.errors().stream().filter(e -> e.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError(r.report()));
    assertTrue(p.message().startsWith("missing required field"), p.message());
    assertTrue(p.message().contains(hint), p.message());
    assertTrue(p.line() > 0, "located at the enclosing mapping");
  }

  @Test void missingShiftFields() {
    LoadResult r = load(with("{ start: \"00:00\", length: 24h, days: ALL, agents: 6 }", "{ days: ALL }"));
    error(r, "agents.sites[0].shifts[0].start", "missing required field");
    error(r, "agents.sites[0].shifts[0].length", "missing required field");
    error(r, "agents.sites[0].shifts[0].agents", "missing required field");
  }

  @Test void textWhereANumberBelongs() {
    String text = with("chatsPerWeek: 1000", "chatsPerWeek: lots");
    Problem p = error(load(text), "demand.regions[0].chatsPerWeek", "expected a number, got \"lots\"");
    assertAt(p, text, "lots");
  }

  @Test void quotedNumber() {
    error(load(with("chatsPerWeek: 1000", "chatsPerWeek: \"1000\"")), "demand.regions[0].chatsPerWeek",
        "\"1000\" is text, not a number; write it without quotes");
  }

  @Test void percentWrittenWithSign() {
    error(load(with("share: 60", "share: 60%")), "demand.topics[0].share", "write 60 (a percent is written without the % sign)");
  }

  @Test void numberWithAUnitWhereAPlainNumberBelongs() {
    error(load(with("hourlyCost: 20", "hourlyCost: 20h")), "agents.sites[0].hourlyCost", "plain number without a unit");
  }

  @Test void mappingWhereAListBelongs() {
    String text = MINIMAL.substring(0, MINIMAL.indexOf("  topics:")) + "  topics: { orders: 1 }\n"
        + MINIMAL.substring(MINIMAL.indexOf("  regions:"));
    error(load(text), "demand.topics", "expected a list of topics, one per line starting with `- `", "; got a mapping");
  }

  @Test void listWhereAMappingBelongs() {
    error(load(with("calendar: { start: 2027-03-01, days: 1 }", "calendar: [2027-03-01, 1]")), "calendar",
        "expected a mapping with fields such as start, days, warmup, interval, got a list");
  }

  @Test void yesIsNotABoolean() {
    error(load(MINIMAL + "bot: { enabled: yes, handleTime: 90s }\n"), "bot.enabled", "expected true or false, got \"yes\"");
  }

  @Test void wholeNumberExpected() {
    error(load(with("agents: 6", "agents: 6.5")), "agents.sites[0].shifts[0].agents",
        "6.5 is not a whole number; agents counts whole units, e.g. 7");
  }

  @Test void unsupportedVersion() {
    error(load("version: 2\n" + MINIMAL), "version", "version 2 is not supported");
  }

  @Test void currencyCode() {
    error(load(MINIMAL + "currency: dollars\n"), "currency", "three capital letters");
  }

  @Test void everyProblemIsFoundInOnePass() {
    String text = MINIMAL
        .replace("days: 1 }", "days: 0, interval: 20m }")
        .replace("percent: 80", "percent: 180")
        .replace("handleTime: { mean: 7m }", "handleTime: { mean: 7 }")
        .replace("America/New_York", "America/NewYork")
        .replace("chatsPerWeek: 1000", "chatsPerWeek: -1")
        .replace("start: \"00:00\", length: 24h", "start: \"25:00\", length: 25h")
        + "colour: blue\n";
    LoadResult r = load(text);
    assertEquals(9, r.errors().size(), r.report());
    for (int i = 1; i < r.errors().size(); i++) {
      assertTrue(r.errors().get(i - 1).line() <= r.errors().get(i).line(), "errors in file order");
    }
  }
}
