package org.chatplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  @TempDir Path dir;
  Path nine;
  Path twelve;

  private record Run(int code, String out, String err) {}

  @BeforeEach
  void writeScenarios() throws IOException {
    nine = Files.writeString(dir.resolve("nine.yaml"), SweepCommandTest.TEXTBOOK.replace("agents: 10", "agents: 9"));
    twelve = Files.writeString(dir.resolve("twelve.yaml"),
        SweepCommandTest.TEXTBOOK.replace("agents: 10", "agents: 12"));
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsSideBySideWithPairedDifferences() {
    Run r = run("compare", nine.toString(), twelve.toString(), "--replications", "3", "--threads", "2");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("seed 42, 3 replication(s) each"), r.out());
    assertTrue(r.out().contains("baseline nine: Small textbook"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.contains("nine") && l.contains("twelve")), r.out());
    assertTrue(r.out().contains("  diff vs nine"), r.out());
    // Three more agents on the same customers: a large, certain gain in service level.
    String slDiff = r.out().lines().dropWhile(l -> !l.startsWith("Service level")).skip(1).findFirst().orElse("");
    assertTrue(slDiff.matches("  diff vs nine\\s+\\+\\d+\\.\\d \\+/- \\d+\\.\\d"), slDiff);
    assertTrue(r.out().lines().allMatch(l -> l.length() <= 100), r.out());
  }

  @Test
  void aScenarioAgainstItselfDiffersByZeroAndIsNotSignificant() {
    Run r = run("compare", "textbook-erlang-a", "textbook-erlang-a", "--replications", "2", "--metrics",
        "serviceLevel,asaSeconds");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("textbook-erlang-a (2)"), r.out());
    List<String> diffs = r.out().lines().filter(l -> l.startsWith("  diff vs")).toList();
    assertEquals(2, diffs.size(), r.out());
    for (String d : diffs) {
      assertTrue(d.endsWith("+0.0 +/- 0.0 n.s."), d);
    }
  }

  /** --set applies to every scenario compared: nine and twelve agents both set to ten are one scenario. */
  @Test
  void overridesApplyToEveryScenario() {
    Run r = run("compare", nine.toString(), twelve.toString(), "--replications", "2", "--metrics",
        "serviceLevel,asaSeconds", "--set", "agents.sites[0].agents=10");
    assertEquals(Main.OK, r.code(), r.err());
    List<String> diffs = r.out().lines().filter(l -> l.startsWith("  diff vs nine")).toList();
    assertEquals(2, diffs.size(), r.out());
    assertTrue(diffs.stream().allMatch(l -> l.matches("  diff vs nine\\s+\\+0\\.0+ \\+/- 0\\.0+ n\\.s\\.")), r.out());
  }

  @Test
  void writesTheHtmlReportAndRefusesToOverwriteIt() {
    Path report = dir.resolve("report");
    Run r = run("compare", nine.toString(), twelve.toString(), "--replications", "2", "--report", report.toString());
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(Files.isRegularFile(report.resolve("index.html")));
    assertTrue(r.out().contains("Report written to"), r.out());
    Run again = run("compare", nine.toString(), twelve.toString(), "--replications", "2", "--report",
        report.toString());
    assertEquals(Main.BAD_INPUT, again.code());
    assertTrue(again.err().contains("--force"), again.err());
  }

  @Test
  void badInputGivesStatusTwo() {
    Run one = run("compare", nine.toString());
    assertEquals(Main.BAD_INPUT, one.code());
    assertTrue(one.err().contains("at least two scenarios"), one.err());
    Run missing = run("compare", nine.toString(), dir.resolve("nope.yaml").toString());
    assertEquals(Main.BAD_INPUT, missing.code());
    assertTrue(missing.err().contains("nope.yaml") && missing.err().contains("does not exist"), missing.err());
    Run metric = run("compare", nine.toString(), twelve.toString(), "--metrics", "asa");
    assertEquals(Main.BAD_INPUT, metric.code());
    assertTrue(metric.err().contains("unknown metric \"asa\""), metric.err());
    Run reps = run("compare", nine.toString(), twelve.toString(), "--replications", "0");
    assertEquals(Main.BAD_INPUT, reps.code());
  }

  /** Costs in two currencies side by side mean nothing: refused, with the fix. */
  @Test
  void scenariosInDifferentCurrenciesAreRefused() throws IOException {
    Path euro = Files.writeString(dir.resolve("euro.yaml"), Files.readString(nine).replaceFirst("(?m)^name:", "currency: EUR\nname:"));
    Run r = run("compare", nine.toString(), euro.toString(), "--replications", "2");
    assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("different currencies (USD in ") && r.err().contains("EUR in "), r.err());
    assertTrue(r.err().contains("--set currency=USD"), r.err());
  }

  @Test
  void columnNamesAreShortAndUnique() {
    assertEquals(List.of("centralized", "a", "a (2)", "b"),
        CompareCommand.names(List.of("centralized", "x/a.yaml", "y/a.yml", "b.json")));
  }
}
