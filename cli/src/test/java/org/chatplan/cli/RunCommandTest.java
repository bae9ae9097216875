package org.chatplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  @TempDir Path dir;

  @Test
  void helpExitsZero() {
    Cli root = Cli.run("--help");
    assertEquals(0, root.code());
    assertTrue(root.out().contains("run"));
    assertEquals(0, Cli.run("run", "--help").code());
  }

  /**
   * Every command's help renders without picocli format warnings (a bare '%' in a description
   * makes picocli print a warning to the terminal and show the text unformatted).
   */
  @Test
  void everyHelpRendersWithoutFormatWarnings() {
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    java.util.List<String> commands = new java.util.ArrayList<>();
    try {
      System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
      todo.add(Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
          new java.io.PrintWriter(new java.io.StringWriter())));
      while (!todo.isEmpty()) {
        picocli.CommandLine c = todo.poll();
        commands.add(c.getCommandName());
        assertTrue(c.getUsageMessage().contains("Usage:"), c.getCommandName());
        todo.addAll(c.getSubcommands().values());
      }
    } finally {
      System.setErr(stderr);
    }
    assertTrue(commands.containsAll(java.util.List.of("run", "sweep", "compare", "staff", "erlang")), commands.toString());
    assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8), "warnings while rendering help");
  }

  /** A worker's OutOfMemoryError, however wrapped, is told as one line with what to do about it. */
  @Test
  void outOfMemoryIsOneLineWithTheRemedy() {
    Throwable wrapped = new IllegalStateException(new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space")));
    assertTrue(Main.causedByOutOfMemory(wrapped));
    assertTrue(!Main.causedByOutOfMemory(new IllegalStateException(new RuntimeException("other"))));
    String line = Main.outOfMemory(2L * 1024 * 1024 * 1024);
    assertTrue(line.startsWith("chatplan: run failed: out of memory (Java may use 2048 MB"), line);
    assertTrue(line.contains("JAVA_OPTS=-Xmx8g") && line.contains("java -Xmx8g -jar") && !line.contains("\n"), line);
  }

  /** The report echoes the scenario as it was run: the --set overrides head the file's text. */
  @Test
  void reportShowsTheOverridesWithTheScenario() throws Exception {
    Path file = Files.writeString(dir.resolve("small.yaml"), SweepCommandTest.TEXTBOOK);
    Path report = dir.resolve("report");
    Cli c = Cli.run("run", file.toString(), "--replications", "2", "--seed", "7", "--set", "agents.sites[0].agents=11",
        "--report", report.toString());
    assertEquals(0, c.code(), c.err());
    String html = Files.readString(report.resolve("index.html"));
    assertTrue(html.contains("--set agents.sites[0].agents=11"), "overrides in the report");
    assertTrue(html.contains("--replications 2") && html.contains("--seed 7"), "replications and seed given too");
    assertTrue(html.contains("name: Small textbook"), "and the file itself");
  }

  /**
   * Customers who never leave, at half the agents needed: most are still queued at the end, in no
   * rate. The summary counts them and says so, instead of reading "0% abandoned".
   */
  @Test
  void summaryShowsChatsStillInTheSystemAndWarnsWhenTheyAreMany() throws Exception {
    Path calm = Files.writeString(dir.resolve("calm.yaml"), SweepCommandTest.TEXTBOOK);
    Cli ok = Cli.run("run", calm.toString(), "--no-phone");
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().contains("Still in system at end"), ok.out());
    assertFalse(ok.out().contains("Note:"), ok.out());
    Path overloaded = Files.writeString(dir.resolve("over.yaml"), SweepCommandTest.TEXTBOOK
        .replace(", patience: { mean: 3m, distribution: exponential }", "").replace("agents: 10", "agents: 4"));
    Cli over = Cli.run("run", overloaded.toString(), "--no-phone");
    assertEquals(0, over.code(), over.err());
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("Note: ([0-9.]+)% of offered chats were not yet answered at the end").matcher(over.out());
    assertTrue(m.find(), over.out());
    // 100 chats an hour need 8.3 agents; 4 answer at most 48 an hour, so over half stay
    assertTrue(Double.parseDouble(m.group(1)) > 50, over.out());
    // Long chats in service at the end are answered: no note for them.
    Path longChats = Files.writeString(dir.resolve("long.yaml"), SweepCommandTest.TEXTBOOK
        .replace("mean: 5m, distribution: exponential", "mean: 2h, distribution: exponential").replace("agents: 10", "agents: 300"));
    Cli calmButLong = Cli.run("run", longChats.toString(), "--no-phone");
    assertEquals(0, calmButLong.code(), calmButLong.err());
    assertFalse(calmButLong.out().contains("Note:"), calmButLong.out());
  }

  /** A load no staffing search covers is bad input named in one line, not a Java exception. */
  @Test
  void aLoadBeyondAnyStaffingIsOneLineOfBadInput() {
    Cli c = Cli.run("run", "--replications", "1", "--set", "calendar.days=1",
        "--set", "demand.regions[0].chatsPerWeek=10000000", "--set", "phone.handleTime={mean: 30d, cv: 0.7}");
    assertEquals(2, c.code(), c.err());
    String last = c.err().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith("chatplan: staffing: an offered load of ") && last.contains("phone.handleTime"), c.err());
    assertTrue(c.noStackTrace(), c.err());
    assertTrue(c.out().isEmpty(), "refused before the chat side ran: " + c.out());
  }

  /**
   * Figures undefined on one side (no chat answered: no ASA; nothing offered: no cost per contact)
   * leave their rows out of the chat vs phone table and the cost chart; before, the run failed.
   */
  @Test
  void chatVsPhoneWithoutAnsweredOrOfferedChats() throws Exception {
    Path report = dir.resolve("bot-only");
    Cli botOnly = Cli.run("run", "--replications", "2", "--set", "calendar.days=1",
        "--set", "demand.topics[0].botResolves=100", "--set", "demand.topics[1].botResolves=100",
        "--set", "demand.topics[2].botResolves=100", "--report", report.toString());
    assertEquals(0, botOnly.code(), botOnly.err());
    assertTrue(Files.readString(report.resolve("index.html")).contains("id=\"chat-vs-phone\""));
    Path quiet = dir.resolve("nothing-offered");
    Cli none = Cli.run("run", "--replications", "2", "--set", "calendar.days=1", "--set", "calendar.warmup=0s",
        "--set", "demand.regions[0].chatsPerWeek=0.01", "--set", "demand.regions[1].chatsPerWeek=0.01",
        "--set", "demand.regions[2].chatsPerWeek=0.01", "--report", quiet.toString());
    assertEquals(0, none.code(), none.err());
    assertTrue(Files.readString(quiet.resolve("index.html")).contains("there is no cost per contact"));
  }

  /** The chat vs phone table says which target time each channel's service level counts. */
  @Test
  void reportNamesEachChannelsServiceLevelTime() throws Exception {
    Path report = dir.resolve("phone-report");
    Cli c = Cli.run("run", "--replications", "2", "--set", "calendar.days=1", "--report", report.toString());
    assertEquals(0, c.code(), c.err());
    String html = Files.readString(report.resolve("index.html"));
    assertTrue(html.contains("(chat within 60 s, phone within 20 s)"), "service-level times in the phone table");
  }

  @Test
  void badUsageExitsTwoWithoutStackTrace() {
    Cli c = Cli.run("run", "--replications", "many");
    assertEquals(2, c.code());
    assertTrue(c.noStackTrace(), c.err());
    Cli unknown = Cli.run("run", "--replicatoins", "3");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("--replications"), "suggests the right option: " + unknown.err());
  }

  @Test
  void missingScenarioFileExitsTwoNamingIt() {
    Cli c = Cli.run("run", dir.resolve("nope.yaml").toString());
    assertEquals(2, c.code());
    assertTrue(c.err().contains("nope.yaml"), c.err());
    assertTrue(c.noStackTrace(), c.err());
  }

  @Test
  void runsTheDefaultAndWritesIdenticalJsonOnAnyThreadCount() throws Exception {
    Path one = dir.resolve("one.json");
    Path two = dir.resolve("two.json");
    Path csv = dir.resolve("intervals.csv");
    Cli a = Cli.run("run", "--replications", "2", "--threads", "1", "--json", one.toString(), "--csv", csv.toString());
    assertEquals(0, a.code(), a.err());
    assertTrue(a.out().contains("Service level"), a.out());
    Cli b = Cli.run("run", "--replications", "2", "--threads", "2", "--json", two.toString());
    assertEquals(0, b.code(), b.err());
    assertEquals(Files.readString(one), Files.readString(two));
    String firstLine = Files.readAllLines(csv).get(0);
    assertTrue(firstLine.startsWith("intervalStart,interval,scope,name,offered"), firstLine);
    try (var files = Files.list(dir)) {
      assertEquals(3, files.count(), "no temporary files left behind");
    }
  }

  @Test
  void neverOverwritesWithoutForce() throws Exception {
    Path json = dir.resolve("mine.json");
    Files.writeString(json, "precious");
    Cli c = Cli.run("run", "--replications", "1", "--json", json.toString());
    assertEquals(2, c.code());
    assertTrue(c.err().contains("--force"), c.err());
    assertEquals("precious", Files.readString(json));
    Cli forced = Cli.run("run", "--replications", "1", "--json", json.toString(), "--force");
    assertEquals(0, forced.code(), forced.err());
    assertTrue(Files.readString(json).startsWith("{"));
  }

  @Test
  void validateAndScenarios() throws Exception {
    Cli list = Cli.run("scenarios");
    assertEquals(0, list.code());
    assertTrue(list.out().contains("follow-the-sun"));
    Cli export = Cli.run("scenarios", "--export", "follow-the-sun");
    assertEquals(0, export.code());
    Path file = dir.resolve("copy.yaml");
    Files.writeString(file, export.out());
    assertEquals(0, Cli.run("validate", file.toString()).code());
    Files.writeString(file, export.out().replaceFirst("handleTime", "handelTime"));
    Cli bad = Cli.run("validate", file.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("handleTime"), "did you mean: " + bad.err());
    assertTrue(bad.noStackTrace());
    assertEquals(2, Cli.run("scenarios", "--export", "nope").code());
  }
}
