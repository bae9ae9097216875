package org.chatplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.chatplan.engine.model.Scenario;
import org.chatplan.scenarios.ScenarioLibrary;
import org.chatplan.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffCommandTest {
  @TempDir Path dir;

  private record Result(int code, String out, String err) {
    boolean noStackTrace() {
      String all = out + err;
      return !all.contains("\tat ") && !all.contains("Exception");
    }
  }

  private static Result staff(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "staff";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), all);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheOptions() {
    Result r = staff("--help");
    assertEquals(0, r.code());
    for (String option : List.of("--csv", "--threads", "--replications", "--force", "--max-simulations", "--set")) {
      assertTrue(r.out().contains(option), option + " in " + r.out());
    }
  }

  /** --set changes the scenario that is planned: half as many chats again need more agents. */
  @Test
  void overridesChangeWhatIsPlanned() throws Exception {
    Path file = Files.writeString(dir.resolve("small.yaml"), SweepCommandTest.TEXTBOOK);
    Path base = dir.resolve("base.csv");
    Path busier = dir.resolve("busier.csv");
    Result a = staff(file.toString(), "--csv", base.toString());
    Result b = staff(file.toString(), "--csv", busier.toString(), "--set", "demand.regions[0].chatsPerWeek=x1.5");
    assertEquals(0, a.code(), a.err());
    assertEquals(0, b.code(), b.err());
    assertTrue(requiredAgents(busier) > requiredAgents(base) * 1.3,
        requiredAgents(busier) + " against " + requiredAgents(base));
  }

  /** The heading states the targets as written: a 0.5% abandon ceiling is not rounded to 1%. */
  @Test
  void targetsArePrintedAsWritten() throws Exception {
    Path file = Files.writeString(dir.resolve("small.yaml"), SweepCommandTest.TEXTBOOK);
    Result r = staff(file.toString(), "--max-simulations", "1", "--set", "targets.maxAbandonPercent=0.5");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("abandon rate <= 0.5%"), r.out());
  }

  /**
   * A sixth of the chats in French at an English-only site: they can only leave. The plan is held
   * against the other chats and says so, and `run` reports the unserved ones apart.
   */
  @Test
  void chatsNoSiteCanServeAreLeftOutOfTheTargetsAndSaidSo() throws Exception {
    String text = SweepCommandTest.TEXTBOOK
        .replace("patience: { mean: 3m, distribution: exponential } }",
            "patience: { mean: 3m, distribution: exponential }, languages: { en: 85, fr: 15 } }")
        .replace("maxConcurrency: 1, agents: 10 }", "maxConcurrency: 1, agents: 10, skills: { languages: [en] } }");
    Path file = Files.writeString(dir.resolve("french.yaml"), text);
    Result plan = staff(file.toString());
    assertEquals(0, plan.code(), plan.err());
    assertTrue(plan.err().contains("cannot be served by any site"), plan.err());
    assertTrue(plan.out().contains("Every interval meets the targets"), plan.out());
    assertTrue(plan.out().contains("With the plan, chats some site serves: lowest"), plan.out());
    assertTrue(plan.out().contains("reached queues whose topic and language no site serves"), plan.out());
    Path csv = dir.resolve("french.csv");
    assertEquals(0, staff(file.toString(), "--max-simulations", "1", "--csv", csv.toString()).code());
    assertTrue(Files.readAllLines(csv).get(0).contains(",servableServiceLevel,servableServiceLevelHalfWidth,"
        + "servableAbandonRate,servableAbandonRateHalfWidth,"), "the CSV names what the plan was held against");
    Result nothing = staff(Files.writeString(dir.resolve("german.yaml"), text.replace("languages: [en]",
        "languages: [de]")).toString());
    assertEquals(0, nothing.code(), nothing.err());
    assertTrue(nothing.out().contains("No chat reached a queue that some site serves"), nothing.out());
    assertFalse(nothing.out().contains("Every interval meets"), nothing.out());
    Path intervals = dir.resolve("intervals.csv");
    Cli run = Cli.run("run", file.toString(), "--csv", intervals.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(Files.readAllLines(intervals).get(0).endsWith(",unservable,unservableHalfWidth,servableServiceLevel,"
        + "servableServiceLevelHalfWidth,servableAbandonRate,servableAbandonRateHalfWidth"), "added at the end");
    assertTrue(run.out().contains("Unservable contacts") && run.out().contains("SL, servable (60 s)"), run.out());
    Result plain = staff(Files.writeString(dir.resolve("plain.yaml"), SweepCommandTest.TEXTBOOK).toString());
    assertFalse(plain.out().contains("servable"), "nothing said when every chat can be served: " + plain.out());
  }

  /** --max-simulations caps the planning rounds (and refuses a cap below one). */
  @Test
  void simulationCapIsTheUsers() throws Exception {
    Path file = Files.writeString(dir.resolve("small.yaml"), SweepCommandTest.TEXTBOOK);
    Result one = staff(file.toString(), "--max-simulations", "1");
    assertEquals(0, one.code(), one.err());
    assertTrue(one.out().contains(" 1 simulation(s) of 2 replication(s)"), one.out());
    if (one.out().contains("Every interval meets")) {
      assertTrue(one.out().contains("the plan may be above the minimum"), "a capped search says so: " + one.out());
    }
    Result zero = staff(file.toString(), "--max-simulations", "0");
    assertEquals(Main.BAD_INPUT, zero.code());
    assertTrue(zero.err().contains("--max-simulations: must be at least 1, got 0"), zero.err());
  }

  private static int requiredAgents(Path csv) throws Exception {
    int column = StaffCommand.COLUMNS.indexOf("requiredAgents");
    return Files.readAllLines(csv).stream().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[column])).sum();
  }

  /** The bundled default with 2 replications: table within 100 columns, same CSV on 1 and 2 threads. */
  @Test
  void plansTheDefaultAndWritesTheSameCsvOnAnyThreadCount() throws Exception {
    Path one = dir.resolve("one.csv");
    Path two = dir.resolve("two.csv");
    Result a = staff("--replications", "2", "--threads", "1", "--csv", one.toString());
    assertEquals(0, a.code(), a.err());
    assertTrue(a.out().contains("required FTE"), a.out());
    for (var site : ScenarioLoader.resolve(ScenarioLibrary.defaultName()).scenario().agents().sites()) {
      assertTrue(a.out().contains(site.name()), site.name() + " in " + a.out());
    }
    for (String line : a.out().split("\n")) {
      assertTrue(line.length() <= 100, "wider than 100 columns: " + line);
    }
    Result b = staff("--replications", "2", "--threads", "2", "--csv", two.toString());
    assertEquals(0, b.code(), b.err());
    assertEquals(Files.readString(one), Files.readString(two));
    assertEquals(a.out().replace(one.toString(), ""), b.out().replace(two.toString(), ""));

    Scenario s = ScenarioLoader.resolve(ScenarioLibrary.defaultName()).scenario();
    List<String> lines = Files.readAllLines(one);
    assertEquals(String.join(",", StaffCommand.COLUMNS), lines.get(0));
    int sites = s.agents().sites().size();
    assertEquals(1 + s.calendar().intervals() * sites, lines.size(), "one row per interval and site");
    String firstSite = s.agents().sites().get(0).name();
    String start = Instant.ofEpochSecond(s.calendar().reportStartEpochSecond()).toString();
    assertTrue(lines.get(1).startsWith(start + ",0," + firstSite + ","), lines.get(1));
    String[] cells = lines.get(1).split(",");
    assertEquals(Double.parseDouble(cells[4]) - Integer.parseInt(cells[3]), Double.parseDouble(cells[5]), 1e-3,
        "gap = scheduled - required");
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary files left behind");
    }
  }

  @Test
  void neverOverwritesWithoutForce() throws Exception {
    Path csv = dir.resolve("plan.csv");
    Files.writeString(csv, "precious");
    Result r = staff("--csv", csv.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--force"), r.err());
    assertEquals("precious", Files.readString(csv));
  }

  /** A bot that resolves every chat leaves no service level and no abandon rate: "-" for both, not 0%. */
  @Test
  void noQueuedChatsPrintNoRates() {
    Result r = staff("--set", "calendar.days=1", "--replications", "2", "--set", "demand.topics[0].botResolves=100",
        "--set", "demand.topics[1].botResolves=100", "--set", "demand.topics[2].botResolves=100");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("lowest interval service level -, highest interval abandon rate -."), r.out());
  }

  /** One replication gives no confidence bound: the plan stays at the stationary answer and says why. */
  @Test
  void oneReplicationSaysItCutsNothing() {
    Result r = staff("textbook-erlang-a", "--set", "calendar.days=1", "--replications", "1");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("with 1 replication no interval goes below the stationary answer"), r.out());
    Result two = staff("textbook-erlang-a", "--set", "calendar.days=1", "--replications", "2");
    assertTrue(!two.out().contains("with 1 replication"), two.out());
  }

  @Test
  void badInputExitsTwoWithoutStackTrace() {
    Result zero = staff("--replications", "0");
    assertEquals(2, zero.code());
    assertTrue(zero.err().contains("--replications"), zero.err());
    assertTrue(zero.noStackTrace(), zero.err());
    Result threads = staff("--threads", "0");
    assertEquals(2, threads.code());
    assertTrue(threads.noStackTrace(), threads.err());
    Result missing = staff(dir.resolve("nope.yaml").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("nope.yaml"), missing.err());
    assertTrue(missing.noStackTrace(), missing.err());
    Result typo = staff("--replicatons", "2");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("--replications"), "suggests the right option: " + typo.err());
  }
}
