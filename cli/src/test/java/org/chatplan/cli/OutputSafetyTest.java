package org.chatplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are written completely or not at all, and never where they would destroy something. */
class OutputSafetyTest {
  @TempDir Path dir;

  private Path scenario() throws Exception {
    return Files.writeString(dir.resolve("small.yaml"), SweepCommandTest.TEXTBOOK);
  }

  @Test
  void twoOutputsNamingOneFileAreRefusedBeforeRunning() throws Exception {
    Path same = dir.resolve("out.dat");
    Cli run = Cli.run("run", scenario().toString(), "--no-phone", "--json", same.toString(), "--csv", same.toString());
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("--json and --csv name the same file"), run.err());
    assertFalse(Files.exists(same));
    Path chart = dir.resolve("d.png");
    Cli sweep = Cli.run("sweep", scenario().toString(), "--set", "calendar.days=1..2", "--csv", chart.toString(),
        "--chart", dir.resolve(".").resolve("d.png").toString());
    assertEquals(2, sweep.code(), sweep.err());
    assertTrue(sweep.err().contains("--csv and --chart name the same file"), sweep.err());
  }

  /** With --force a socket (or device, or pipe) is still not a file to replace. */
  @Test
  void forceDoesNotReplaceWhatIsNotARegularFile() throws Exception {
    Path socket = dir.resolve("s.sock");
    try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      ch.bind(UnixDomainSocketAddress.of(socket));
      Cli c = Cli.run("run", scenario().toString(), "--no-phone", "--force", "--json", socket.toString());
      assertEquals(2, c.code(), c.err());
      assertTrue(c.err().contains("is not a regular file"), c.err());
      assertFalse(Files.isRegularFile(socket), "the socket is still a socket");
    }
  }

  /** --force through a link replaces the file it points to and keeps the link. */
  @Test
  void forceThroughALinkReplacesItsTarget() throws Exception {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
    Cli c = Cli.run("run", scenario().toString(), "--no-phone", "--force", "--json", link.toString());
    assertEquals(0, c.code(), c.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(real).startsWith("{"), "the linked file holds the result");
  }

  /** A folder that cannot be created is found before the run: one line, exit 2, nothing created. */
  @Test
  void aReportFolderThatCannotBeCreatedIsRefusedBeforeRunning() throws Exception {
    Path blocker = Files.writeString(dir.resolve("plain-file"), "x");
    Path report = blocker.resolve("sub").resolve("report");
    Cli c = Cli.run("run", scenario().toString(), "--no-phone", "--report", report.toString());
    assertEquals(2, c.code(), c.err());
    assertEquals("--report " + report + ": " + blocker + " is a file, so the folder cannot be created", c.err().strip());
    assertTrue(c.out().isEmpty(), "nothing ran: " + c.out());
    Cli json = Cli.run("run", scenario().toString(), "--no-phone", "--json", blocker.resolve("x.json").toString());
    assertEquals(2, json.code(), json.err());
    assertEquals(blocker.resolve("x.json") + ": " + blocker + " is a file, so the folder cannot be created",
        json.err().strip());
    Path fresh = dir.resolve("new").resolve("deeper");
    Files.createDirectories(dir.resolve("new"));
    assertEquals(0, Cli.run("run", scenario().toString(), "--no-phone", "--report", fresh.toString()).code());
    assertTrue(Files.exists(fresh.resolve("index.html")), "a folder that can be created is");
  }

  /** A file option ending with a slash names a folder: refused, not written as a file of the folder's name. */
  @Test
  void aFileNameEndingWithASlashIsRefused() throws Exception {
    Path folder = dir.resolve("results");
    Cli c = Cli.run("run", scenario().toString(), "--no-phone", "--json", folder + "/");
    assertEquals(2, c.code(), c.err());
    assertTrue(c.err().contains("'" + folder + "/' names a folder (it ends with a slash)"), c.err());
    assertFalse(Files.exists(folder));
    Cli nested = Cli.run("run", scenario().toString(), "--no-phone", "--csv", folder.resolve("week").resolve("i.csv").toString());
    assertEquals(0, nested.code(), nested.err());
    assertTrue(Files.isRegularFile(folder.resolve("week").resolve("i.csv")), "missing folders are created");
  }

  /** Links that lead nowhere, and places chatplan does not write, are refused before the run; the links stay. */
  @Test
  void danglingLinksDevicesAndMisplacedOutputsAreRefusedBeforeRunning() throws Exception {
    Path share = Files.createSymbolicLink(dir.resolve("results"), dir.resolve("unmounted"));
    Cli folder = Cli.run("run", scenario().toString(), "--no-phone", "--json", share.resolve("run1.json").toString());
    assertEquals(2, folder.code(), folder.err());
    assertTrue(folder.err().contains(share + " is a link to " + dir.resolve("unmounted") + ", which does not exist"),
        folder.err());
    assertTrue(Files.isSymbolicLink(share), "the user's link is kept");
    Path toNothing = Files.createSymbolicLink(dir.resolve("bb.csv"), dir.resolve("aa.json"));
    Cli file = Cli.run("run", scenario().toString(), "--no-phone", "--force", "--json", dir.resolve("aa.json").toString(),
        "--csv", toNothing.toString());
    assertEquals(2, file.code(), file.err());
    assertTrue(file.err().contains("which does not exist"), file.err());
    Cli device = Cli.run("run", scenario().toString(), "--no-phone", "--force", "--json", "/dev/stdout");
    assertEquals(2, device.code(), device.err());
    assertTrue(device.err().contains("is a device or standard output"), device.err());
    Path csv = dir.resolve("cx.csv");
    Cli inside = Cli.run("run", scenario().toString(), "--no-phone", "--csv", csv.toString(),
        "--json", csv.resolve("a.json").toString());
    assertEquals(2, inside.code(), inside.err());
    assertTrue(inside.err().contains("--csv names the file " + csv + ", inside which --json would write"), inside.err());
    Path report = Files.createDirectories(dir.resolve("ri").resolve("index.html"));
    Cli indexFolder = Cli.run("run", scenario().toString(), "--no-phone", "--force", "--report", report.getParent().toString());
    assertEquals(2, indexFolder.code(), indexFolder.err());
    assertTrue(indexFolder.err().contains(report + " is a folder"), indexFolder.err());
    Cli empty = Cli.run("run", scenario().toString(), "--no-phone", "--report", "");
    assertEquals(2, empty.code(), empty.err());
    assertFalse(Files.exists(dir.resolve("aa.json")) || Files.exists(csv));
  }

  /** The report's own file counts as an output: --json must not name it, nor the report folder. */
  @Test
  void anOutputInsideTheReportsPlaceIsRefusedBeforeRunning() throws Exception {
    Path report = dir.resolve("rep");
    Cli index = Cli.run("run", scenario().toString(), "--no-phone", "--report", report.toString(),
        "--json", report.resolve("index.html").toString());
    assertEquals(2, index.code(), index.err());
    assertTrue(index.err().contains("--json and --report name the same file"), index.err());
    Path same = dir.resolve("same.json");
    Cli folder = Cli.run("run", scenario().toString(), "--no-phone", "--csv", same.toString(), "--report", same.toString());
    assertEquals(2, folder.code(), folder.err());
    assertTrue(folder.err().contains("--csv names the file " + same + ", inside which --report would write"), folder.err());
    assertFalse(Files.exists(report) || Files.exists(same));
    Path json = report.resolve("result.json"); // beside the report is fine
    assertEquals(0, Cli.run("run", scenario().toString(), "--no-phone", "--report", report.toString(),
        "--json", json.toString()).code());
    assertTrue(Files.exists(json) && Files.exists(report.resolve("index.html")));
  }

  /** Standard output that failed (a full disk under `> file`) is a failed run; a closed pipe is not. */
  @Test
  void aFailedStandardOutputIsAFailedRun() {
    java.io.IOException full = new java.io.IOException("No space left on device");
    assertEquals(Main.RUN_FAILED, Main.stdoutFailed(full, Main.OK, false));
    assertEquals(Main.BAD_INPUT, Main.stdoutFailed(full, Main.BAD_INPUT, false), "the first failure is the one reported");
    assertEquals(Main.OK, Main.stdoutFailed(null, Main.OK, false));
    assertEquals(Main.OK, Main.stdoutFailed(new java.io.IOException("Broken pipe"), Main.OK, false), "| head");
    assertEquals(Main.OK, Main.stdoutFailed(new java.io.IOException("Datenübergabe unterbrochen (broken pipe)"),
        Main.OK, true), "| head in another language: a pipe's reader went away");
    Main.StdoutFailure failing = new Main.StdoutFailure(new java.io.OutputStream() {
      @Override public void write(int b) throws java.io.IOException {
        throw full;
      }
    });
    java.io.PrintStream stream = new java.io.PrintStream(failing, true);
    stream.println("x");
    assertEquals(full, failing.first, "the PrintStream swallowed it; the wrapper kept it");
  }

  /** The CSV header is plain names, every column of the format's per-interval list among them. */
  @Test
  void intervalCsvHeaderIsPlainAndComplete() throws Exception {
    Path csv = dir.resolve("i.csv");
    assertEquals(0, Cli.run("run", scenario().toString(), "--no-phone", "--csv", csv.toString()).code());
    String header = Files.readAllLines(csv).get(0);
    assertFalse(header.contains("\""), header);
    for (String k : new String[] {"offered", "botResolved", "handled", "abandoned", "retries", "asaSeconds",
        "serviceLevel", "waitP50Seconds", "waitP90Seconds", "waitP99Seconds", "abandonRate", "occupancy",
        "utilisation", "meanConcurrency", "csat", "firstContactResolution", "paidHours", "overtimeHours",
        "costTotal", "costPerContact"}) {
      assertTrue(java.util.List.of(header.split(",")).contains(k), "column " + k);
    }
  }

  @Test
  void replicationsOnTheCommandLineHaveTheFilesLimit() throws Exception {
    Cli c = Cli.run("run", scenario().toString(), "--no-phone", "--replications", "100001");
    assertEquals(2, c.code(), c.err());
    assertEquals("--replications: must be at most 10000 (as run.replications), got 100001", c.err().strip());
  }

  @Test
  void aSeedBeyond64BitsIsRefusedWithTheRealLimit() throws Exception {
    Path file = Files.writeString(dir.resolve("seed.yaml"),
        SweepCommandTest.TEXTBOOK.replace("seed: 42", "seed: 9223372036854775808"));
    Cli c = Cli.run("validate", file.toString());
    assertEquals(2, c.code(), c.out() + c.err());
    assertTrue(c.err().contains("run.seed: 9223372036854775808 is too large; seed must be at most 9223372036854775807"),
        c.err());
  }

  /** An override that adds a section the file does not have is blamed on the override, not the file. */
  @Test
  void problemsOfANewSectionPointAtTheOverride() throws Exception {
    Cli c = Cli.run("run", scenario().toString(), "--no-phone", "--set", "nosuch.field=3");
    assertEquals(2, c.code(), c.err());
    assertTrue(c.err().startsWith("--set nosuch.field=3"), c.err());
    Cli compare = Cli.run("compare", scenario().toString(), "textbook-erlang-a", "--replications", "2",
        "--set", "agents.sites[textbook].maxConcurrency=2");
    assertEquals(2, compare.code(), compare.err());
    assertTrue(compare.err().contains("(in scenario " + scenario() + ")"), compare.err());
  }
}
