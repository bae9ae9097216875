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
import org.chatplan.cli.ErlangCommand.Load;
import org.chatplan.cli.ErlangCommand.Targets;

/** {@code chatplan erlang chat}: the exact concurrent-chat chain next to the naive shortcut. */
@Command(name = "chat", mixinStandardHelpOptions = true,
    description = {"Agents holding several chats at once: the exact Markov model next to the usual shortcut "
        + "(divide handle time by concurrency, then Erlang C/A), and how far off the shortcut is.",
        "Example: chatplan erlang chat --arrivals 300 --handle 8m --agents 14 --concurrency 3 "
            + "--throughput 1,1.7,2.2 --patience 3m --within 60s"})
public final class ErlangChatCommand implements Callable<Integer> {
  /** Time the exact model may take for the fewest-agents search, and again for the answer shown. */
  static final long SOLVE_MILLIS = 30_000;
  static final String TOO_SLOW = "the exact chat model did not settle within " + SOLVE_MILLIS / 1000 + " s (under a "
      + "throughput curve that falls steeply it mixes very slowly); maybe --slowdown instead of a falling --throughput, "
      + "a lower --concurrency or fewer --arrivals";

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
      description = "least-busy, longest-idle (an idle agent if any, else as random: the simulator's longest-idle) "
          + "or random (any agent with a free slot, each equally likely); default ${DEFAULT-VALUE}.")
  String routing;

  @Override public Integer call() {
    ErlangText.Traffic in = load.text();
    double lambda = load.arrivalRate();
    double h = in.handleSeconds();
    double theta = patience == null ? Double.POSITIVE_INFINITY : Inputs.positiveSeconds("--patience", patience);
    double t = targets.withinSeconds();
    double sl = targets.target();
    double ab = ErlangCommand.maxAbandonRate(maxAbandon);
    if (!Double.isNaN(ab) && patience == null) {
      throw new UserError("--max-abandon: nobody abandons without --patience; maybe add --patience 3m?");
    }
    double[] curve = curve();
    ChatRouting policy = routing();
    boolean search = !Double.isNaN(sl) || !Double.isNaN(ab);
    Integer agents = load.agents();
    ErlangCommand.requireAgentsOrTarget(agents, search, "--target 80");
    ErlangCommand.requireTraffic(lambda, agents, search);
    double slGoal = Double.isNaN(sl) ? 0 : sl;
    double abGoal = Double.isNaN(ab) ? 1 : ab;
    Integer exactMin = null;
    Integer naiveMin = null;
    if (search) {
      exactMin = TimeLimit.run(SOLVE_MILLIS, TOO_SLOW,
          () -> exactMinAgents(curve, policy, lambda, h, theta, t, slGoal, abGoal));
      int c = curve.length;
      double naiveHandle = h * c / curve[c - 1];
      int servers = ErlangCommand.staffing(() -> ErlangA.minAgents(lambda, naiveHandle, theta, slGoal, t, abGoal), "--target");
      naiveMin = (servers + c - 1) / c;
    }
    int n = agents != null ? agents : exactMin;
    PrintWriter out = ErlangCommand.out(spec);
    ErlangText.header(out, "Concurrent chat: " + n + (n == 1 ? " agent" : " agents") + " holding up to " + curve.length + " chats, throughput "
        + ErlangText.curve(curve) + ", " + routing.toLowerCase(java.util.Locale.ROOT) + " routing", in,
        Double.isInfinite(theta) ? null : theta);
    ChatModelSpec model = new ChatModelSpec(n, curve, policy, lambda, h, theta);
    if (Double.isInfinite(theta) && lambda * h >= n * curve[curve.length - 1]) {
      ErlangText.unstableChat(out, model);
    } else {
      ExactChatResult exact = TimeLimit.run(SOLVE_MILLIS, TOO_SLOW, () -> solve(model).result(t));
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
    if (c != null) {
      double[] linear = new double[c]; // no slowdown, as in a scenario that gives neither
      for (int k = 1; k <= c; k++) {
        linear[k - 1] = k;
      }
      return linear;
    }
    throw new UserError("--throughput: required: the agent's throughput curve, e.g. --throughput 1,1.7,2.2, or "
        + "--concurrency 3 --slowdown 15 (--concurrency 3 alone: no slowdown)");
  }

  private ChatRouting routing() {
    return switch (routing.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "least-busy", "leastbusy", "least_busy" -> ChatRouting.LEAST_BUSY;
      case "random", "random-free-slot" -> ChatRouting.RANDOM_FREE_SLOT;
      case "longest-idle", "longestidle", "longest_idle", "idle-first" -> ChatRouting.IDLE_FIRST;
      default -> throw new UserError("--routing: \"" + routing + "\" is not a policy; use least-busy, longest-idle "
          + "or random");
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
