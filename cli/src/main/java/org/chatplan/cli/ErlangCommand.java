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
    subcommands = {ErlangCommand.B.class, ErlangCommand.C.class, ErlangCommand.A.class, ErlangCommand.Chat.class})
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

    @Option(names = "--agents", paramLabel = "N", description = "Agents on duty; omit it to let --target find them.")
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
      return target == null ? Double.NaN : Inputs.percent("--target", target);
    }
  }

  private static PrintWriter out(CommandSpec spec) {
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

    @Option(names = "--max-asa", paramLabel = "DURATION", description = "Largest acceptable ASA, with --target.")
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
      boolean search = !Double.isNaN(sl) || maxAsa != null;
      Integer agents = load.agents();
      requireAgentsOrTarget(agents, search, "--target 80");
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
      double ab = maxAbandon == null ? Double.NaN : Inputs.percent("--max-abandon", maxAbandon);
      boolean search = !Double.isNaN(sl) || !Double.isNaN(ab);
      Integer agents = load.agents();
      requireAgentsOrTarget(agents, search, "--target 80 --max-abandon 5");
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

  /** {@code chatplan erlang chat}: the exact concurrent-chat chain next to the naive shortcut. */
  @Command(name = "chat", mixinStandardHelpOptions = true,
      description = {"Agents holding several chats at once: the exact Markov model next to the usual shortcut "
          + "(divide handle time by concurrency, then Erlang C/A), and how far off the shortcut is.",
          "Example: chatplan erlang chat --arrivals 300 --handle 8m --agents 14 --concurrency 3 "
              + "--throughput 1,1.7,2.2 --patience 3m --within 60s"})
  public static final class Chat implements Callable<Integer> {
    /** Mirrors the engine's limit on the exact model's level states, C(N + c, c). */
    static final long MAX_LEVEL_STATES = 1_000_000;

    @Spec CommandSpec spec;
    @Mixin Load load;
    @Mixin Targets targets;

    @Option(names = "--concurrency", paramLabel = "C", description = "Most chats an agent holds (1 to 6).")
    String concurrency;

    @Option(names = "--throughput", paramLabel = "LIST",
        description = "Total work rate of an agent holding 1, 2, ... chats relative to one chat, e.g. 1,1.7,2.2.")
    String throughput;

    @Option(names = "--slowdown", paramLabel = "PERCENT",
        description = "Shorthand for the curve: throughput(k) = k / (1 + s (k - 1)).")
    String slowdown;

    @Option(names = "--patience", paramLabel = "DURATION", description = "Mean patience in queue (default: nobody leaves).")
    String patience;

    @Option(names = "--max-abandon", paramLabel = "PERCENT", description = "Largest acceptable abandon rate.")
    String maxAbandon;

    @Option(names = "--routing", paramLabel = "POLICY", defaultValue = "least-busy",
        description = "least-busy or random (a free slot at random); default ${DEFAULT-VALUE}.")
    String routing;

    @Override public Integer call() {
      ErlangText.Traffic in = load.text();
      double lambda = load.arrivalRate();
      double h = in.handleSeconds();
      double theta = patience == null ? Double.POSITIVE_INFINITY : Inputs.positiveSeconds("--patience", patience);
      double t = targets.withinSeconds();
      double sl = targets.target();
      double ab = maxAbandon == null ? Double.NaN : Inputs.percent("--max-abandon", maxAbandon);
      if (!Double.isNaN(ab) && patience == null) {
        throw new UserError("--max-abandon: nobody abandons without --patience; maybe add --patience 3m?");
      }
      double[] curve = curve();
      ChatRouting policy = routing();
      boolean search = !Double.isNaN(sl) || !Double.isNaN(ab);
      Integer agents = load.agents();
      requireAgentsOrTarget(agents, search, "--target 80");
      double slGoal = Double.isNaN(sl) ? 0 : sl;
      double abGoal = Double.isNaN(ab) ? 1 : ab;
      Integer exactMin = null;
      Integer naiveMin = null;
      if (search) {
        exactMin = exactMinAgents(curve, policy, lambda, h, theta, t, slGoal, abGoal);
        int c = curve.length;
        double naiveHandle = h * c / curve[c - 1];
        int servers = staffing(() -> ErlangA.minAgents(lambda, naiveHandle, theta, slGoal, t, abGoal), "--target");
        naiveMin = (servers + c - 1) / c;
      }
      int n = agents != null ? agents : exactMin;
      PrintWriter out = out(spec);
      ErlangText.header(out, "Concurrent chat: " + n + " agents holding up to " + curve.length + " chats, throughput "
          + ErlangText.curve(curve) + ", " + routing.toLowerCase(java.util.Locale.ROOT) + " routing", in,
          Double.isInfinite(theta) ? null : theta);
      ChatModelSpec model = new ChatModelSpec(n, curve, policy, lambda, h, theta);
      if (Double.isInfinite(theta) && lambda * h >= n * curve[curve.length - 1]) {
        ErlangText.unstableChat(out, model);
      } else {
        ExactChatResult exact = solve(model).result(t);
        ErlangText.chat(out, model, exact, ExactChatModel.naiveShortcut(model, t));
      }
      if (exactMin != null) {
        out.println();
        out.println("Fewest agents for " + ErlangText.goal(sl, t, ab, Double.POSITIVE_INFINITY) + ":");
        out.printf("  exact model     %d%n", exactMin);
        out.printf("  naive shortcut  %d  (%s)%n", naiveMin, ErlangText.agentGap(naiveMin, exactMin));
      }
      return Main.OK;
    }

    private double[] curve() {
      Integer c = concurrency == null ? null : Inputs.whole("--concurrency", concurrency, 1, ChatModelSpec.MAX_CONCURRENCY);
      if (throughput != null && slowdown != null) {
        throw new UserError("--throughput and --slowdown both describe the throughput curve; give only one");
      }
      if (throughput != null) {
        double[] list = Inputs.numbers("--throughput", throughput);
        if (c != null && c != list.length) {
          throw new UserError("--throughput: lists " + list.length + " values but --concurrency is " + c
              + "; give one value per chat an agent can hold");
        }
        if (list.length > ChatModelSpec.MAX_CONCURRENCY) {
          throw new UserError("--throughput: at most " + ChatModelSpec.MAX_CONCURRENCY + " values, got " + list.length);
        }
        return list;
      }
      if (slowdown != null) {
        if (c == null) {
          throw new UserError("--slowdown: needs --concurrency, e.g. --concurrency 3 --slowdown " + slowdown);
        }
        double s = Inputs.percent("--slowdown", slowdown);
        double[] list = new double[c];
        for (int k = 1; k <= c; k++) {
          list[k - 1] = k / (1 + s * (k - 1));
        }
        return list;
      }
      throw new UserError("--throughput: required: the agent's throughput curve, e.g. --throughput 1,1.7,2.2, or "
          + "--concurrency 3 --slowdown 15");
    }

    private ChatRouting routing() {
      return switch (routing.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "least-busy", "leastbusy", "least_busy" -> ChatRouting.LEAST_BUSY;
        case "random", "random-free-slot" -> ChatRouting.RANDOM_FREE_SLOT;
        default -> throw new UserError("--routing: \"" + routing + "\" is not a policy; use least-busy or random");
      };
    }

    private static ExactChatModel solve(ChatModelSpec spec) {
      try {
        return ExactChatModel.solve(spec);
      } catch (IllegalArgumentException e) {
        throw new UserError("exact chat model: " + e.getMessage() + "; maybe fewer --agents or a lower --concurrency?");
      }
    }

    /**
     * Smallest N whose exact model meets the targets: gallop upward from 1 (doubling), then bisect,
     * assuming the targets only get easier with more agents. Levels where infinite patience makes
     * the queue unstable are infeasible without solving.
     */
    static int exactMinAgents(double[] curve, ChatRouting policy, double lambda, double h, double theta, double t,
        double sl, double ab) {
      int c = curve.length;
      int limit = largestSolvable(c);
      java.util.function.IntPredicate ok = n -> {
        if (Double.isInfinite(theta) && lambda * h >= n * curve[c - 1]) {
          return false;
        }
        ExactChatResult r = solve(new ChatModelSpec(n, curve, policy, lambda, h, theta)).result(t);
        return r.serviceLevel() >= sl && r.abandonRate() <= ab;
      };
      if (lambda == 0 || ok.test(1)) {
        return 1;
      }
      int bad = 1;
      int good = -1;
      for (int step = 1; ; step *= 2) {
        int n = (int) Math.min((long) limit, (long) bad + step);
        if (ok.test(n)) {
          good = n;
          break;
        }
        if (n >= limit) {
          throw new UserError("--target: the exact model cannot meet it with up to " + limit + " agents at concurrency "
              + c + " (its size limit); maybe a lower --target, or fewer --arrivals per interval?");
        }
        bad = n;
      }
      while (good - bad > 1) {
        int mid = bad + (good - bad) / 2;
        if (ok.test(mid)) {
          good = mid;
        } else {
          bad = mid;
        }
      }
      return good;
    }

    /** Largest N with C(N + c, c) level states within the exact model's limit. */
    static int largestSolvable(int c) {
      int n = 1;
      while (states(n + 1, c) <= MAX_LEVEL_STATES) {
        n++;
      }
      return n;
    }

    private static double states(int n, int c) {
      double v = 1;
      for (int i = 1; i <= c; i++) {
        v = v * (n + i) / i;
      }
      return v;
    }
  }

  private static void requireAgentsOrTarget(Integer agents, boolean search, String example) {
    if (agents == null && !search) {
      throw new UserError("--agents: required unless a target is given; give --agents N to evaluate a staffing "
          + "level, or e.g. " + example + " to find the fewest agents");
    }
  }

  private static int staffing(java.util.function.IntSupplier search, String option) {
    try {
      return search.getAsInt();
    } catch (IllegalArgumentException e) {
      throw new UserError(option + ": " + e.getMessage() + "; maybe a lower target?");
    }
  }
}
