package org.chatplan.scenarios.convert;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Translation;
import org.chatplan.scenarios.load.Describe;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.schema.ScenarioSchema;
import org.chatplan.scenarios.validate.Durations;
import org.chatplan.scenarios.validate.Numbers;
import org.chatplan.scenarios.validate.Section;
import org.chatplan.scenarios.validate.Suggest;
import org.chatplan.scenarios.validate.Values;

/** {@code agents}: concurrency curve, routing, translation and the sites. */
final class AgentsReader {
  private AgentsReader() {}

  private static final List<String> ROUTINGS = List.of("least-busy", "longest-idle");

  static Agents read(Section root, List<String> topicNames, Set<String> languages) {
    Problems p = root.problems();
    if (!root.has("agents")) {
      root.missing("agents", "the sites and their shifts");
      return null;
    }
    Section s = Section.open(p, "agents", root.get("agents"), ScenarioSchema.AGENTS);
    if (s == null) {
      return null;
    }
    int before = p.errorCount();
    Section c = Section.open(p, s.path("concurrency"), s.get("concurrency"), ScenarioSchema.CONCURRENCY);
    Long recommended = c == null ? null
        : c.integer("recommended", (long) Defaults.RECOMMENDED_CONCURRENCY, 1, Defaults.MAX_CONCURRENCY, "recommended");
    int rec = recommended == null ? Defaults.RECOMMENDED_CONCURRENCY : recommended.intValue();
    List<SiteReader.Part> parts = new ArrayList<>();
    JsonNode list = DemandReader.elements(s, "sites", "site");
    SiteReader.Context ctx = new SiteReader.Context(rec, topicNames, languages, new HashMap<>());
    for (int i = 0; list != null && i < list.size(); i++) {
      parts.add(SiteReader.read(p, s.path("sites") + "[" + i + "]", list.get(i), ctx));
    }
    Concurrency concurrency = c == null || recommended == null ? null : concurrency(c, rec, parts);
    Routing routing = routing(s);
    Translation translation = s.has("translation") ? translation(s) : null;
    if (p.errorCount() > before) {
      return null;
    }
    List<Site> sites = parts.stream().map(SiteReader.Part::site).toList();
    return Build.attempt(p, "agents", () -> new Agents(concurrency, routing, translation, sites));
  }

  private static Concurrency concurrency(Section c, int recommended, List<SiteReader.Part> sites) {
    Problems p = c.problems();
    int before = p.errorCount();
    int needed = recommended;
    for (SiteReader.Part part : sites) {
      needed = Math.max(needed, part.maxConcurrency());
    }
    double error = c.percent("errorPercentPerExtraChat", 0);
    if (c.has("throughput") && c.has("slowdownPercent")) {
      p.error(c.path("slowdownPercent"), "give either `throughput` or `slowdownPercent`, not both");
      return null;
    }
    if (!c.has("throughput")) {
      double slowdown = c.percent("slowdownPercent", 0);
      int max = needed;
      return p.errorCount() > before ? null
          : Build.attempt(p, c.path(), () -> Concurrency.slowdown(recommended, slowdown, max, error));
    }
    double[] curve = throughput(p, c.path("throughput"), c.get("throughput"));
    if (curve == null) {
      return null;
    }
    for (SiteReader.Part part : sites) {
      if (part.maxConcurrency() > curve.length) {
        p.error(part.maxConcurrencyPath(), "maxConcurrency " + part.maxConcurrency() + " is above what "
            + "agents.concurrency.throughput covers (" + curve.length + " chats); add throughput values up to "
            + part.maxConcurrency() + " chats, or lower maxConcurrency");
      }
    }
    return p.errorCount() > before ? null
        : Build.attempt(p, c.path(), () -> new Concurrency(recommended, curve, error));
  }

  private static double[] throughput(Problems p, String path, JsonNode n) {
    if (!n.isArray() || n.size() == 0) {
      p.error(path, "expected a list of total work rates for 1, 2, 3... chats, e.g. [1, 1.7, 2.5], got "
          + (n.isArray() ? "an empty list" : Describe.node(n)));
      return null;
    }
    if (n.size() > Defaults.MAX_CONCURRENCY) {
      p.error(path, "has " + n.size() + " values; at most " + Defaults.MAX_CONCURRENCY + " chats per agent are supported");
      return null;
    }
    double[] t = new double[n.size()];
    boolean ok = true;
    for (int i = 0; i < t.length; i++) {
      Double v = Values.bounded(p, path + "[" + i + "]", n.get(i), 0, true, 100, "a throughput");
      ok &= v != null;
      t[i] = v == null ? 1 : v;
    }
    if (!ok) {
      return null;
    }
    if (t[0] != 1) {
      p.warning(path + "[0]", "throughput(1) is " + Numbers.format(t[0]) + "; the curve is relative to one chat "
          + "handled alone, so it normally starts at 1");
    }
    for (int k = 2; k <= t.length; k++) {
      if (t[k - 1] > k) {
        p.warning(path + "[" + (k - 1) + "]", "throughput(" + k + ") = " + Numbers.format(t[k - 1]) + " is more than "
            + k + " chats' worth: an agent would work faster on each chat by holding more");
      }
    }
    return t;
  }

  private static Routing routing(Section s) {
    String name = s.text("routing", Routing.LEAST_BUSY.scenarioName());
    if (name == null) {
      return null;
    }
    Routing r = Routing.fromScenarioName(name.strip());
    if (r == null) {
      String hint = Suggest.hint(name.strip(), ROUTINGS);
      s.problems().error(s.path("routing"), "unknown routing \"" + name + "\"" + (hint.isEmpty() ? "." : hint)
          + " Use least-busy or longest-idle");
    }
    return r;
  }

  private static Translation translation(Section agents) {
    Problems p = agents.problems();
    Section s = Section.open(p, agents.path("translation"), agents.get("translation"), ScenarioSchema.TRANSLATION);
    if (s == null) {
      return null;
    }
    int before = p.errorCount();
    double after = s.duration("after", Defaults.TRANSLATION_AFTER_SECONDS);
    if (after > 86400) {
      p.error(s.path("after"), Durations.format(after) + " is longer than a day (24h); translation starts after a "
          + "wait such as 2m");
    }
    double factor = s.number("handleTimePercent", Defaults.TRANSLATION_HANDLE_FACTOR * 100, 0, true, 1000,
        "handleTimePercent");
    double penalty = s.percent("csatPenalty", Defaults.TRANSLATION_CSAT_PENALTY);
    if (p.errorCount() > before) {
      return null;
    }
    return Build.attempt(p, s.path(), () -> new Translation(after, factor / 100, penalty));
  }
}
