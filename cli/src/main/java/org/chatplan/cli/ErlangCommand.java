package org.chatplan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chatplan.cli.analysis.ErlangText;
import org.chatplan.cli.analysis.Inputs;
import org.chatplan.engine.erlang.ChatModelSpec;
import org.chatplan.engine.erlang.ChatRouting;
import org.chatplan.engine.erlang.ErlangA;
import org.chatplan.engine.erlang.ErlangAResult;
import org.chatplan.engine.erlang.ErlangB;
import org.chatplan.engine.erlang.ErlangC;
import org.chatplan.engine.erlang.ErlangCResult;
import org.chatplan.engine.erlang.ExactChatModel;
import org.chatplan.engine.erlang.ExactChatResult;
import org.chatplan.scenarios.validate.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chatplan erlang b|c|a|chat}: the analytic models of docs/erlang.md from the command line,
 * for a first staffing guess without a scenario. Every value is read by hand (see {@link Inputs}) so
 * that a bad one gives a single line naming the option.
 */
@Command(name = "erlang", mixinStandardHelpOptions = true,
    description = {"Analytic queueing models: Erlang B (lost contacts), C (nobody abandons), A (impatient "
        + "customers) and the exact concurrent-chat model next to the usual shortcut.",
        "Durations take a unit: 90s, 4m, 1.5h. Arrivals are counted per --interval (default 1h).",
        "Example: chatplan erlang c --arrivals 100 --interval 30m --handle 3m --agents 14 --within 20s"},
    subcommands = {ErlangCommand.B.class, ErlangCommand.C.class, ErlangCommand.A.class, ErlangChatCommand.class})
public final class ErlangCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Main.OK;
  }

  /** Arrivals, handle time and agents: the inputs every model shares. */
  public static final class Load {
    @Option(names = "--arrivals", paramLabel = "N", description = "Contacts offered per --interval.")
    String arrivals;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "1h",
        description = "The period --arrivals counts over (default: ${DEFAULT-VALUE}, i.e. per hour).")
    String interval;

    @Option(names = {"--handle", "--aht"}, paramLabel = "DURATION",
        description = "Mean handle time (exponential), e.g. 3m or 180s.")
    String handle;

    @Option(names = "--agents", paramLabel = "N", description = "Agents on duty; omit it to find the fewest that meet "
        + "this command's targets (its --target, --max-... options).")
    String agents;

    double arrivalsPerInterval() {
      if (arrivals == null) {
        throw new UserError("--arrivals: required: how many contacts arrive per --interval (default 1h); "
            + "e.g. --arrivals 100 --interval 30m");
      }
      return Inputs.number("--arrivals", arrivals, 0);
    }

    double intervalSeconds() {
      return Inputs.positiveSeconds("--interval", interval);
    }

    double arrivalRate() {
      return arrivalsPerInterval() / intervalSeconds();
    }

    double handleSeconds() {
      if (handle == null) {
        throw new UserError("--handle: required: the mean handle time, e.g. --handle 3m");
      }
      return Inputs.positiveSeconds("--handle", handle);
    }

    /** --agents, or null when not given. */
    Integer agents() {
      return agents == null ? null : Inputs.whole("--agents", agents, 1, 10_000_000);
    }

    ErlangText.Traffic text() {
      return new ErlangText.Traffic(arrivalsPerInterval(), intervalSeconds(), handleSeconds());
    }
  }

  /** Service-level threshold and targets. */
  public static final class Targets {
    @Option(names = "--within", paramLabel = "DURATION", defaultValue = "20s",
        description = "Service-level threshold: answered within this time (default: ${DEFAULT-VALUE}).")
    String within;

    @Option(names = "--target", paramLabel = "PERCENT",
        description = "Service-level target, e.g. 80: find the fewest agents that reach it.")
    String target;

    double withinSeconds() {
      return Inputs.seconds("--within", within);
    }

    /** The target as a fraction, or NaN when not given. */
    double target() {
      double v = target == null ? Double.NaN : Inputs.percent("--target", target);
      if (v >= 1) {
        throw new UserError("--target: 100% cannot be met: however many agents, some contacts wait longer than "
            + "any threshold; give a target below 100, e.g. 95");
      }
      if (v > 0 && v <= 0.01) {
        // 0.8 for 80%: a fraction written for a percent, which would plan for almost no service.
        throw new UserError("--target: " + Values.fractionForPercent(target.strip(),
            Double.parseDouble(org.chatplan.scenarios.validate.Numbers.hundredfold(v))));
      }
      return v;
    }
  }

  static PrintWriter out(CommandSpec spec) {
    return spec.commandLine().getOut();
  }

  /** {@code chatplan erlang b}: blocking in a loss system (no queue). */
  @Command(name = "b", mixinStandardHelpOptions = true,
      description = {"Erlang B (M/M/N/N): contacts that find every agent busy are lost, nobody queues.",
          "Example: chatplan erlang b --arrivals 200 --handle 3m --agents 14 --max-blocking 1"})
  public static final class B implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Load load;

    @Option(names = "--max-blocking", paramLabel = "PERCENT",
        description = "Largest acceptable share of lost contacts: find the fewest agents that keep below it.")
    String maxBlocking;

    @Override public Integer call() {
      ErlangText.Traffic in = load.text();
      Integer agents = load.agents();
      double max = maxBlocking == null ? Double.NaN : Inputs.percent("--max-blocking", maxBlocking);
      if (!Double.isNaN(max) && max <= 0 && in.offeredLoad() > 0) {
        throw new UserError("--max-blocking: must be greater than 0; with any traffic some contacts are lost");
      }
      requireAgentsOrTarget(agents, !Double.isNaN(max), "--max-blocking 1");
      Integer minimum = Double.isNaN(max) ? null : minBlockingAgents(in.offeredLoad(), max);
      int n = agents != null ? agents : minimum;
      PrintWriter out = out(spec);
      ErlangText.header(out, "Erlang B (M/M/N/N): contacts that find every agent busy are lost", in, null);
      double b = ErlangB.blocking(n, in.offeredLoad());
      ErlangText.erlangB(out, n, in.offeredLoad(), b);
      if (minimum != null) {
        out.printf("%nFewest agents for blocking <= %s: %d%n", ErlangText.percent(max), minimum);
      }
      return Main.OK;
    }

    /** Smallest N with B(N, a) <= max, stepping the Erlang B recursion up from N = 0. */
    static int minBlockingAgents(double a, double max) {
      double b = 1.0;
      for (int n = 1; n <= 10_000_000; n++) {
        double ab = a * b;
        b = ab / (n + ab);
        if (b <= max) {
          return n;
        }
      }
      throw new UserError("--max-blocking: not reachable with up to 10,000,000 agents");
    }
  }

  /** {@code chatplan erlang c}: M/M/N, nobody abandons. */
  @Command(name = "c", mixinStandardHelpOptions = true,
      description = {"Erlang C (M/M/N): everyone waits as long as it takes.",
          "Example: chatplan erlang c --arrivals 100 --interval 30m --handle 3m --agents 14 --within 20s",
          "         chatplan erlang c --arrivals 100 --interval 30m --handle 3m --target 80 --within 20s"})
  public static final class C implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Load load;
    @Mixin Targets targets;

    @Option(names = "--max-asa", paramLabel = "DURATION", description = "Largest acceptable ASA (alone or with --target).")
    String maxAsa;

    @Option(names = "--patience", hidden = true, description = "Not used by Erlang C.")
    String patience;

    @Override public Integer call() {
      if (patience != null) {
        throw new UserError("--patience: Erlang C assumes nobody abandons; for impatient customers use "
            + "`chatplan erlang a --patience " + patience + "`");
      }
      ErlangText.Traffic in = load.text();
      double lambda = load.arrivalRate();
      double h = in.handleSeconds();
      double t = targets.withinSeconds();
      double sl = targets.target();
      double asa = maxAsa == null ? Double.POSITIVE_INFINITY : Inputs.seconds("--max-asa", maxAsa);
      if (asa <= 0) {
        throw new UserError("--max-asa: must be greater than 0 s: however many agents, some contacts wait");
      }
      boolean search = !Double.isNaN(sl) || maxAsa != null;
      Integer agents = load.agents();
      requireAgentsOrTarget(agents, search, "--target 80");
      requireTraffic(lambda, agents, search);
      Integer minimum = null;
      if (search) {
        minimum = staffing(() -> ErlangC.minAgents(lambda, h, Double.isNaN(sl) ? 0 : sl, t, asa), "--target");
      }
      int n = agents != null ? agents : minimum;
      PrintWriter out = out(spec);
      ErlangText.header(out, "Erlang C (M/M/N): nobody abandons", in, null);
      ErlangText.erlangC(out, ErlangC.of(n, lambda, h, t));
      if (minimum != null) {
        out.println();
        out.println("Fewest agents for " + ErlangText.goal(sl, t, Double.NaN, asa) + ": " + minimum);
        ErlangText.staffingTable(out, minimum, t, k -> {
          ErlangCResult r = ErlangC.of(k, lambda, h, t);
          return new double[] {r.probWait(), r.serviceLevel(), r.asaSeconds(), 0, r.occupancy()};
        });
      }
      return Main.OK;
    }
  }

  /** {@code chatplan erlang a}: M/M/N+M, customers leave after an exponential patience. */
  @Command(name = "a", mixinStandardHelpOptions = true,
      description = {"Erlang A (M/M/N+M): waiting customers leave after an exponential patience.",
          "Example: chatplan erlang a --arrivals 100 --interval 30m --handle 3m --patience 2m --agents 12",
          "         chatplan erlang a --arrivals 200 --handle 3m --patience 2m --target 80 --max-abandon 5"})
  public static final class A implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Load load;
    @Mixin Targets targets;

    @Option(names = "--patience", paramLabel = "DURATION", description = "Mean patience in queue, e.g. 2m.")
    String patience;

    @Option(names = "--max-abandon", paramLabel = "PERCENT", description = "Largest acceptable abandon rate.")
    String maxAbandon;

    @Override public Integer call() {
      if (patience == null) {
        throw new UserError("--patience: required: the mean time a customer waits before leaving, e.g. "
            + "--patience 2m; if nobody leaves, use `chatplan erlang c`");
      }
      ErlangText.Traffic in = load.text();
      double lambda = load.arrivalRate();
      double h = in.handleSeconds();
      double theta = Inputs.positiveSeconds("--patience", patience);
      double t = targets.withinSeconds();
      double sl = targets.target();
      double ab = maxAbandonRate(maxAbandon);
      boolean search = !Double.isNaN(sl) || !Double.isNaN(ab);
      Integer agents = load.agents();
      requireAgentsOrTarget(agents, search, "--target 80 --max-abandon 5");
      requireTraffic(lambda, agents, search);
      Integer minimum = null;
      if (search) {
        minimum = staffing(() -> ErlangA.minAgents(lambda, h, theta, Double.isNaN(sl) ? 0 : sl, t,
            Double.isNaN(ab) ? 1 : ab), Double.isNaN(sl) ? "--max-abandon" : "--target");
      }
      int n = agents != null ? agents : minimum;
      PrintWriter out = out(spec);
      ErlangText.header(out, "Erlang A (M/M/N+M): waiting customers leave after an exponential patience", in,
          theta);
      ErlangText.erlangA(out, ErlangA.of(n, lambda, h, theta, t));
      if (minimum != null) {
        out.println();
        out.println("Fewest agents for " + ErlangText.goal(sl, t, ab, Double.POSITIVE_INFINITY) + ": " + minimum);
        ErlangText.staffingTable(out, minimum, t, k -> {
          ErlangAResult r = ErlangA.of(k, lambda, h, theta, t);
          return new double[] {r.probWait(), r.serviceLevel(), r.asaSeconds(), r.abandonRate(), r.occupancy()};
        });
      }
      return Main.OK;
    }
  }

  static void requireAgentsOrTarget(Integer agents, boolean search, String example) {
    if (agents == null && !search) {
      throw new UserError("--agents: required unless a target is given; give --agents N to evaluate a staffing "
          + "level, or e.g. " + example + " to find the fewest agents");
    }
  }

  /** A search for the fewest agents needs some traffic: with none, no agents are needed at all. */
  static void requireTraffic(double lambda, Integer agents, boolean search) {
    if (search && agents == null && lambda <= 0) {
      throw new UserError("--arrivals: 0 arrivals need no agents; give a positive number of arrivals to find a "
          + "staffing level, or --agents N to evaluate one");
    }
  }

  /** --max-abandon as a fraction (NaN when not given); 0 cannot be met while customers have a patience. */
  static double maxAbandonRate(String text) {
    double ab = text == null ? Double.NaN : Inputs.percent("--max-abandon", text);
    if (ab == 0) {
      throw new UserError("--max-abandon: must be greater than 0: with a finite patience some customers always "
          + "leave, however many agents; e.g. --max-abandon 1");
    }
    return ab;
  }

  static int staffing(java.util.function.IntSupplier search, String option) {
    try {
      return search.getAsInt();
    } catch (org.chatplan.engine.erlang.LoadTooLargeException e) {
      throw new UserError(option + ": " + e.getMessage() + "; check --arrivals, --interval and --handle");
    } catch (IllegalArgumentException e) {
      throw new UserError(option + ": " + e.getMessage() + "; maybe a lower target?");
    }
  }
}
