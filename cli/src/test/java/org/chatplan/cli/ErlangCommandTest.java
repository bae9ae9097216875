package org.chatplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.chatplan.cli.analysis.Inputs;
import org.chatplan.engine.erlang.ChatModelSpec;
import org.chatplan.engine.erlang.ChatRouting;
import org.chatplan.engine.erlang.ErlangA;
import org.chatplan.engine.erlang.ErlangB;
import org.chatplan.engine.erlang.ExactChatModel;
import org.junit.jupiter.api.Test;

class ErlangCommandTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static void assertOneLineError(Run r, String... fragments) {
    assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    for (String f : fragments) {
      assertTrue(r.err().contains(f), "expected '" + f + "' in: " + r.err());
    }
  }

  @Test
  void erlangCReproducesTheCallCentreHelperExample() {
    // Call Centre Helper worked example: 100 contacts per 30 min, 3 min handle, 14 agents:
    // P(wait) 0.1741 and 88.8% answered within 20 s (see docs/erlang.md, reference values).
    Run r = run("erlang", "c", "--arrivals", "100", "--interval", "30m", "--handle", "3m", "--agents", "14",
        "--within", "20s");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("P(wait)                    0.1741"), r.out());
    assertTrue(r.out().contains("service level (20s)        88.8%"), r.out());
    assertTrue(r.out().contains("offered load 10.00 Erlangs"), r.out());
    assertTrue(r.out().contains("occupancy                  71.4%"), r.out());
    assertTrue(r.out().contains("p90 25.0 s"), "p90 = ln(0.1741 / 0.1) / (14/180 - 1/18) = 24.95 s: " + r.out());
    assertTrue(r.out().lines().allMatch(l -> l.length() <= 100), r.out());
  }

  @Test
  void erlangCFindsTheMinimumForEightyTwenty() {
    Run r = run("erlang", "c", "--arrivals", "200", "--handle", "180s", "--target", "80", "--within", "20s");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("Fewest agents for 80% within 20s: 14"), r.out());
    assertTrue(r.out().contains("14    0.1741     88.8%"), r.out());
    assertTrue(r.out().contains("<- fewest"), r.out());
  }

  @Test
  void erlangAUsesPatienceAndBothTargets() {
    Run r = run("erlang", "a", "--arrivals", "100", "--interval", "30m", "--handle", "3m", "--patience", "2m",
        "--target", "80", "--max-abandon", "5");
    assertEquals(Main.OK, r.code(), r.err());
    int expected = ErlangA.minAgents(100.0 / 1800, 180, 120, 0.8, 20, 0.05);
    assertTrue(r.out().contains("and abandon <= 5%: " + expected), r.out());
    String abandon = String.format(Locale.ROOT, "%.1f%%", 100 * ErlangA.of(expected, 100.0 / 1800, 180, 120, 20)
        .abandonRate());
    assertTrue(r.out().contains("abandon rate               " + abandon), r.out());
  }

  @Test
  void erlangBPrintsBlockingAndTheFewestLines() {
    Run r = run("erlang", "b", "--arrivals", "200", "--handle", "3m", "--agents", "14", "--max-blocking", "1");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains(String.format(Locale.ROOT, "%.4f", ErlangB.blocking(14, 10))), r.out());
    int n = 1;
    while (ErlangB.blocking(n, 10) > 0.01) {
      n++;
    }
    assertTrue(r.out().contains("Fewest agents for blocking <= 1.0%: " + n), r.out());
  }

  @Test
  void chatPrintsTheExactModelBesideTheShortcut() {
    Run r = run("erlang", "chat", "--arrivals", "300", "--handle", "8m", "--agents", "20", "--concurrency", "3",
        "--throughput", "1,1.7,2.2", "--target", "80", "--within", "20s");
    assertEquals(Main.OK, r.code(), r.err());
    ChatModelSpec spec = new ChatModelSpec(20, new double[] {1, 1.7, 2.2}, ChatRouting.LEAST_BUSY, 300.0 / 3600,
        480, Double.POSITIVE_INFINITY);
    double exact = ExactChatModel.solve(spec).result(20).probWait();
    double naive = ExactChatModel.naiveShortcut(spec, 20).probWait();
    assertTrue(naive > exact, "the shortcut is pessimistic for a concave curve");
    assertTrue(r.out().contains(String.format(Locale.ROOT, "%.4f", exact)), r.out());
    assertTrue(r.out().contains(String.format(Locale.ROOT, "%.4f", naive)), r.out());
    assertTrue(r.out().contains("naive shortcut"), r.out());
    assertTrue(r.out().contains("60 servers (20 agents x 3)"), r.out());
    assertTrue(r.out().contains("exact model     "), r.out());
    assertTrue(r.out().lines().allMatch(l -> l.length() <= 100), r.out());
  }

  @Test
  void chatAcceptsASlowdownInsteadOfACurve() {
    Run r = run("erlang", "chat", "--arrivals", "120", "--handle", "6m", "--agents", "6", "--concurrency", "2",
        "--slowdown", "15", "--patience", "3m");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("throughput 1, 1.739"), r.out());
    assertTrue(r.out().contains("then Erlang A"), r.out());
  }

  /**
   * The simulator's longest-idle routing is the exact chain's idle-first one: 5 agents, curve 1,
   * 1.5, 1.8, 55 chats an hour of 8 minutes, patience 3 minutes. An independent solve of that chain
   * gave utilisation 0.9501 and mean concurrency 2.126 (the simulator, 20 replications: 0.9505 and
   * 2.130); the random-slot chain gives 0.908 and 2.29.
   */
  @Test
  void chatOffersTheSimulatorsLongestIdleRouting() {
    String[] base = {"erlang", "chat", "--arrivals", "55", "--handle", "8m", "--agents", "5", "--throughput",
        "1,1.5,1.8", "--patience", "3m", "--routing"};
    Run idle = run(cat(base, new String[0], "longest-idle"));
    assertEquals(Main.OK, idle.code(), idle.err());
    assertTrue(idle.out().contains("utilisation (agents busy)           95.0%"), idle.out());
    assertTrue(idle.out().contains("mean concurrency                     2.13"), idle.out());
    Run random = run(cat(base, new String[0], "random"));
    assertTrue(random.out().contains("mean concurrency                     2.29"), random.out());
  }

  /** --concurrency alone is a curve without slowdown, as in a scenario: the shortcut is then exact. */
  @Test
  void chatConcurrencyAloneIsLinear() {
    Run r = run("erlang", "chat", "--arrivals", "120", "--handle", "6m", "--agents", "7", "--concurrency", "2");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("throughput 1, 2,"), r.out());
    assertTrue(r.out().contains("the shortcut is exact"), r.out());
    assertTrue(r.out().contains("+0.0000"), r.out());
  }

  @Test
  void badInputGivesOneLineAndStatusTwo() {
    String[] load = {"--arrivals", "100", "--interval", "30m"};
    assertOneLineError(run(cat(new String[] {"erlang", "c"}, load, "--handle", "3", "--agents", "14")),
        "--handle", "needs a unit", "3m");
    assertOneLineError(run(cat(new String[] {"erlang", "c"}, load, "--handle", "3m")), "--agents", "--target");
    assertOneLineError(run(cat(new String[] {"erlang", "c"}, load, "--handle", "3m", "--target", "180")),
        "--target", "0 to 100");
    assertOneLineError(run(cat(new String[] {"erlang", "c"}, load, "--handle", "3m", "--agents", "14",
        "--patience", "2m")), "erlang a");
    assertOneLineError(run("erlang", "c", "--arrivals", "lots", "--handle", "3m", "--agents", "2"), "--arrivals",
        "not a number");
    assertOneLineError(run("erlang", "c", "--handle", "3m", "--agents", "2"), "--arrivals", "required");
    // a load beyond any staffing: a lower target cannot help, the inputs can
    assertOneLineError(run("erlang", "c", "--arrivals", "1e12", "--interval", "30m", "--handle", "3m", "--within", "20s",
        "--target", "80"), "needs more than the 10,000,000 agents", "check --arrivals, --interval and --handle");
    assertOneLineError(run(cat(new String[] {"erlang", "c"}, load, "--handle", "3m", "--agents", "2.5")),
        "--agents", "whole number");
    assertOneLineError(run(cat(new String[] {"erlang", "a"}, load, "--handle", "3m", "--agents", "14")),
        "--patience", "required");
    assertOneLineError(run(cat(new String[] {"erlang", "chat"}, load, "--handle", "3m", "--agents", "5")),
        "--throughput", "--slowdown");
    assertOneLineError(run(cat(new String[] {"erlang", "chat"}, load, "--handle", "3m", "--agents", "5",
        "--concurrency", "2", "--throughput", "1,1.7,2.2")), "--throughput", "--concurrency is 2");
    assertOneLineError(run(cat(new String[] {"erlang", "chat"}, load, "--handle", "3m", "--agents", "5",
        "--throughput", "1,1.7", "--routing", "fastest")), "--routing");
    assertOneLineError(run("erlang", "c", "--arrivals", "100", "--interval", "0s", "--handle", "3m", "--agents", "14"),
        "--interval", "longer than 0");
    assertOneLineError(run(cat(new String[] {"erlang", "b"}, load, "--handle", "3m", "--max-blocking", "0")),
        "--max-blocking", "greater than 0");
    // targets no number of agents meets: refused, not answered with whatever rounding first allows
    assertOneLineError(run(cat(new String[] {"erlang", "c"}, load, "--handle", "3m", "--target", "100")),
        "--target", "100% cannot be met");
    // a fraction written for a percent would plan for almost no service
    assertOneLineError(run(cat(new String[] {"erlang", "c"}, load, "--handle", "3m", "--target", "0.8")),
        "--target", "did you mean 80?");
    assertOneLineError(run(cat(new String[] {"erlang", "c"}, load, "--handle", "3m", "--target", "50",
        "--max-asa", "0s")), "--max-asa", "greater than 0 s");
    assertOneLineError(run(cat(new String[] {"erlang", "a"}, load, "--handle", "3m", "--patience", "1m",
        "--max-abandon", "0")), "--max-abandon", "greater than 0");
    // no traffic: nothing to staff (it used to fail with exit 1 evaluating 0 agents)
    assertOneLineError(run("erlang", "c", "--arrivals", "0", "--handle", "3m", "--target", "80"),
        "--arrivals", "0 arrivals need no agents");
    assertOneLineError(run("erlang", "a", "--arrivals", "0", "--handle", "3m", "--patience", "1m", "--target", "80"),
        "--arrivals", "0 arrivals need no agents");
    assertOneLineError(run(cat(new String[] {"erlang", "chat"}, load, "--handle", "3m", "--agents", "5",
        "--throughput", ",")), "--throughput", "comma list");
  }

  @Test
  void durationsTakeSecondsMinutesAndHours() {
    assertEquals(90, Inputs.seconds("--x", "90s"));
    assertEquals(240, Inputs.seconds("--x", "4m"));
    assertEquals(5400, Inputs.seconds("--x", "1.5h"));
    assertEquals(86400, Inputs.seconds("--x", "1d"));
    UserError e = assertThrows(UserError.class, () -> Inputs.seconds("--within", "20 sec"));
    assertTrue(e.getMessage().contains("--within") && e.getMessage().contains("20 sec"), e.getMessage());
    assertEquals("20s", Inputs.duration(20));
    assertEquals("90s", Inputs.duration(90));
    assertEquals("3m", Inputs.duration(180));
    assertEquals("4h", Inputs.duration(14400));
  }

  @Test
  void withoutAModelItPrintsUsage() {
    Run r = run("erlang");
    assertEquals(Main.OK, r.code());
    assertTrue(r.out().contains("chat") && r.out().contains("Erlang B"), r.out());
  }

  private static String[] cat(String[] head, String[] middle, String... tail) {
    String[] all = new String[head.length + middle.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(middle, 0, all, head.length, middle.length);
    System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
    return all;
  }
}
