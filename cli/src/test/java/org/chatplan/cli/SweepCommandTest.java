package org.chatplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chatplan.cli.analysis.SweepPoints;
import org.chatplan.engine.analysis.SweepAxis;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  /** A small M/M/N+M day: 100 chats an hour, 5-minute handle, 3-minute patience, N agents. */
  static final String TEXTBOOK = """
      name: Small textbook
      calendar: { start: 2027-03-01, days: 1, warmup: 2h, interval: 60m }
      run: { replications: 2, seed: 42 }
      targets: { serviceLevel: { percent: 80, within: 60s }, maxAbandonPercent: 10 }
      demand:
        topics: [ { name: general, share: 100, handleTime: { mean: 5m, distribution: exponential } } ]
        regions:
          - { name: all, zone: UTC, chatsPerWeek: 16800, patience: { mean: 3m, distribution: exponential } }
      agents:
        concurrency: { recommended: 1, throughput: [1, 1.8] }
        sites:
          - { name: team, hourlyCost: 20, maxConcurrency: 1, agents: 10 }
      """;

  @TempDir Path dir;
  Path scenario;

  private record Run(int code, String out, String err) {}

  @BeforeEach
  void writeScenario() throws IOException {
    scenario = dir.resolve("small.yaml");
    Files.writeString(scenario, TEXTBOOK);
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void tabulatesEveryPointAndWritesCsvAndChart() throws IOException {
    Path csv = dir.resolve("sweep.csv");
    Path svg = dir.resolve("sweep.svg");
    Run r = run("sweep", scenario.toString(), "--set", "agents.sites[0].agents=8..10", "--replications", "3",
        "--threads", "2", "--csv", csv.toString(), "--chart", svg.toString());
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("agents.sites[0].agents = 8, 9, 10"), r.out());
    assertTrue(r.out().contains("3 point(s), each 3 replication(s) with seed 42"), r.out());
    assertTrue(r.out().contains("Service level (%)") && r.out().contains("Cost per contact (USD)"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("9 ") && l.contains("+/-")), r.out());
    assertTrue(r.out().lines().allMatch(l -> l.length() <= 100), r.out());
    List<String> lines = Files.readAllLines(csv);
    assertEquals(4, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith("agents.sites[0].agents,replications,seed,offered,offeredHalfWidth,"),
        lines.get(0));
    assertTrue(lines.get(1).startsWith("8,3,42,"), lines.get(1));
    assertTrue(lines.stream().noneMatch(l -> l.contains("\"")), "nothing here needs quoting: " + lines.get(0));
    assertTrue(Files.readString(svg).startsWith("<?xml"), "an SVG document");
    assertTrue(r.out().contains("the same customers at every point"), r.out());
  }

  /** A swept demand field changes the customers themselves: the header does not claim the same ones. */
  @Test
  void sweepingDemandSaysTheCustomersChange() {
    Run r = run("sweep", scenario.toString(), "--set", "demand.regions[0].chatsPerWeek=x0.9,x1.1", "--replications", "2");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("the swept field changes the\ncustomers themselves"), r.out());
    assertFalse(r.out().contains("the same customers at every point"), r.out());
  }

  /** As its help says, a sweep without a scenario sweeps the bundled default. */
  @Test
  void withoutAScenarioSweepsTheBundledDefault() {
    Run r = run("sweep", "--set", "targets.maxAbandonPercent=5", "--replications", "1", "--threads", "2");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("follow-the-sun") || r.out().contains("Global e-commerce"), r.out());
    assertTrue(r.out().contains("1 point(s), each 1 replication(s)"), r.out());
  }

  @Test
  void pointsLoadedThroughTheLoaderDifferOnlyInTheSweptField() {
    List<SweepAxis> axes = SweepPoints.axes(List.of("agents.sites[0].agents=8,12"));
    SweepPoints.Loaded loaded = SweepPoints.load(scenario.toString(), axes, new PrintWriter(new StringWriter()));
    Scenario base = loaded.base();
    assertEquals(2, loaded.points().size());
    int[] expected = {8, 12};
    for (int i = 0; i < 2; i++) {
      Scenario p = loaded.points().get(i);
      Site site = p.agents().sites().get(0);
      assertEquals(expected[i], site.agentsAroundClock());
      assertNotEquals(base.agents(), p.agents());
      assertEquals(base, p.withAgents(base.agents()), "everything but agents is unchanged");
    }
  }

  @Test
  void twoFieldsMakeAGridAndManyMetricsAreSlicedToFitTheConsole() {
    Run r = run("sweep", scenario.toString(), "--set", "agents.sites[0].agents=9,10", "--set",
        "demand.regions[*].chatsPerWeek=x0.9,x1.1", "--replications", "2", "--threads", "2", "--metrics",
        "serviceLevel,asaSeconds,abandonRate,occupancy,waitP90Seconds,costPerContact,csat,paidHours");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("sites[0].agents  chatsPerWeek"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("10               x1.1")), r.out());
    assertTrue(r.out().lines().allMatch(l -> l.length() <= 100), r.out());
    assertTrue(r.out().contains("Paid hours (h)"), r.out());
  }

  @Test
  void everyBadPointIsReportedBeforeAnythingRuns() {
    Run r = run("sweep", scenario.toString(), "--set", "agents.sites[0].agents=-1,-2,5");
    assertEquals(Main.BAD_INPUT, r.code(), r.out());
    assertTrue(r.err().contains("--set agents.sites[0].agents=-1: error: agents.sites[0].agents: -1"), r.err());
    assertTrue(r.err().contains("--set agents.sites[0].agents=-2: error: agents.sites[0].agents: -2"), r.err());
    assertTrue(r.err().contains("2 of 3 sweep points are invalid; nothing was run"), r.err());
    assertEquals("", r.out());
    Run bot = run("sweep", scenario.toString(), "--set", "bot.enabled=true,false");
    assertEquals(Main.BAD_INPUT, bot.code());
    // the file has no bot section: the override that made one is blamed, not the file
    assertTrue(bot.err().contains("--set bot.enabled=true: error: bot.handleTime: missing required field"), bot.err());
  }

  /** Two sites' same field are told apart in the table's headings. */
  @Test
  void axisNamesTellTwoSitesApart() {
    assertEquals(java.util.List.of("sites[0].maxConcurrency", "sites[1].maxConcurrency"),
        org.chatplan.cli.analysis.SweepPoints.shortNames(
            java.util.List.of("agents.sites[0].maxConcurrency", "agents.sites[1].maxConcurrency")));
    assertEquals(java.util.List.of("sites[0].agents", "chatsPerWeek"), org.chatplan.cli.analysis.SweepPoints.shortNames(
        java.util.List.of("agents.sites[0].agents", "demand.regions[0].chatsPerWeek")));
  }

  @Test
  void badOptionsGiveStatusTwo() throws IOException {
    String s = scenario.toString();
    assertBad(run("sweep", s, "--set", "agents.sites[3].agents=1..2"), "agents.sites");
    assertBad(run("sweep", s, "--set", "run.seed=1..3"), "common random numbers");
    assertBad(run("sweep", s), "--set", "required");
    assertBad(run("sweep", s, "--set", "a=1", "--set", "b=2", "--set", "c=3"), "at most 2");
    assertBad(run("sweep", s, "--set", "agents.sites[0].agents=1..x"), "--set");
    assertBad(run("sweep", s, "--set", "agents.sites[0].agents=9,10", "--metrics", "serviceLevl"),
        "maybe serviceLevel?");
    assertBad(run("sweep", s, "--set", "agents.sites[0].agents=9,10", "--metrics", " "), "--metrics: is empty");
    assertBad(run("sweep", s, "--set", "agents.sites[0].agents=9,10", "--chart", dir.resolve("c.gif").toString()),
        ".png or .svg");
    assertBad(run("sweep", s, "--set", "agents.sites[0].agents=9,10", "--set", "bot.enabled=true,false", "--chart",
        dir.resolve("c.png").toString()), "--chart");
    Path existing = Files.writeString(dir.resolve("old.csv"), "keep");
    assertBad(run("sweep", s, "--set", "agents.sites[0].agents=9,10", "--csv", existing.toString()), "--force");
    assertEquals("keep", Files.readString(existing));
    assertBad(run("sweep", "no-such-scenario", "--set", "agents.sites[0].agents=9,10"), "no-such-scenario");
    assertBad(run("sweep", s, "--set", "currency=USD,EUR"), "different currencies (USD, EUR)");
  }

  private static void assertBad(Run r, String... fragments) {
    assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
    for (String f : fragments) {
      assertTrue(r.err().contains(f), "expected '" + f + "' in: " + r.err());
    }
  }
}
