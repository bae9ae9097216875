package org.chatplan.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

/** A minimal valid scenario and helpers to break it in one place and look for the problem. */
final class Fixtures {
  private Fixtures() {}

  static final String FILE = "my.yaml";

  /** Loads without any problem (checked by LoaderBasicsTest). Line numbers matter to some tests. */
  static final String MINIMAL = """
      name: Minimal
      calendar: { start: 2027-03-01, days: 1 }
      targets:
        serviceLevel: { percent: 80, within: 60s }
      demand:
        topics:
          - { name: orders, share: 60, handleTime: { mean: 7m } }
          - { name: billing, share: 40, handleTime: { mean: 9m } }
        regions:
          - name: americas
            zone: America/New_York
            chatsPerWeek: 1000
            languages: { en: 80, es: 20 }
      agents:
        sites:
          - name: hub
            zone: UTC
            hourlyCost: 20
            shifts:
              - { start: "00:00", length: 24h, days: ALL, agents: 6 }
      """;

  static LoadResult load(String text) {
    return ScenarioLoader.parse(text, FILE);
  }

  /** MINIMAL with the first occurrence of {@code from} replaced by {@code to}. */
  static String with(String from, String to) {
    return replace(MINIMAL, from, to);
  }

  static String replace(String text, String from, String to) {
    int i = text.indexOf(from);
    if (i < 0) {
      fail("fixture does not contain: " + from);
    }
    return text.substring(0, i) + to + text.substring(i + from.length());
  }

  /** The single problem of the given severity at {@code path}, failing with every problem listed. */
  static Problem only(LoadResult r, Problem.Severity severity, String path) {
    List<Problem> at = r.problems().stream()
        .filter(p -> p.severity() == severity && p.path().equals(path)).toList();
    if (at.size() != 1) {
      fail("expected one " + severity + " at " + path + ", got:\n" + r.report());
    }
    return at.get(0);
  }

  /** Asserts an error at {@code path} whose message contains every fragment; returns it. */
  static Problem error(LoadResult r, String path, String... fragments) {
    assertFalse(r.ok(), () -> "expected the scenario to be rejected:\n" + r.report());
    Problem p = only(r, Problem.Severity.ERROR, path);
    for (String f : fragments) {
      assertTrue(p.message().contains(f), () -> "message of " + path + " lacks \"" + f + "\": " + p.message());
    }
    assertEquals(FILE, p.file());
    return p;
  }

  static Problem warning(LoadResult r, String path, String... fragments) {
    List<Problem> at = r.warnings().stream().filter(p -> p.path().equals(path)).toList();
    assertFalse(at.isEmpty(), () -> "expected a warning at " + path + ", got:\n" + r.report());
    for (Problem p : at) {
      if (List.of(fragments).stream().allMatch(p.message()::contains)) {
        return p;
      }
    }
    return fail("no warning at " + path + " contains " + List.of(fragments) + ":\n" + r.report());
  }

  /** 1-based line and column of the first occurrence of {@code snippet} in {@code text}. */
  static int[] position(String text, String snippet) {
    int i = text.indexOf(snippet);
    assertTrue(i >= 0, "no " + snippet);
    String before = text.substring(0, i);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = i - before.lastIndexOf('\n');
    return new int[] {line, column};
  }

  static void assertAt(Problem p, String text, String snippet) {
    int[] at = position(text, snippet);
    assertEquals(at[0], p.line(), () -> "line of " + p.format());
    assertEquals(at[1], p.column(), () -> "column of " + p.format());
  }

  static void clean(LoadResult r) {
    assertTrue(r.ok(), r::report);
    assertNotNull(r.scenario());
    assertTrue(r.problems().isEmpty(), () -> "expected no problems:\n"
        + r.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
  }
}
