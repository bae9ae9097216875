package org.chatplan.scenarios.convert;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.schema.ScenarioSchema;
import org.chatplan.scenarios.validate.Durations;
import org.chatplan.scenarios.validate.Names;
import org.chatplan.scenarios.validate.Section;
import org.chatplan.scenarios.validate.Suggest;
import org.chatplan.scenarios.validate.TimeValues;
import org.chatplan.scenarios.validate.Values;

/** One element of {@code agents.sites}, with its skills and shifts (or {@code agents: N}). */
final class SiteReader {
  private SiteReader() {}

  /** Context the sites share. */
  record Context(int recommended, List<String> topicNames, Set<String> languages, Map<String, String> seen) {
  }

  /** A read site: the site (null on error), its slot limit and where that limit was written. */
  record Part(Site site, int maxConcurrency, String maxConcurrencyPath) {
  }

  static Part read(Problems p, String at, JsonNode node, Context ctx) {
    Section s = Section.open(p, at, node, ScenarioSchema.SITE);
    if (s == null) {
      return new Part(null, 0, at);
    }
    int before = p.errorCount();
    String name = s.name("name");
    if (name != null) {
      Names.claim(p, ctx.seen(), "site", name, at);
    }
    boolean aroundClock = s.has("agents");
    if (aroundClock && s.has("shifts")) {
      p.error(s.path("agents"), "a site has either `shifts` or `agents` (around the clock), not both; "
          + "remove one");
    } else if (!aroundClock && !s.has("shifts")) {
      p.error(at, "missing `shifts` (or `agents: N` for N agents around the clock); add e.g. `"
          + ScenarioSchema.SITE.key("shifts").example() + "`");
    }
    ZoneId zone = ZoneId.of("UTC");
    if (s.has("zone") || !aroundClock) {
      zone = s.require("zone") == null ? null : TimeValues.zone(p, s.path("zone"), s.get("zone"));
    }
    double cost = s.number("hourlyCost", Double.NaN, 0, false, Defaults.MAX_MONEY, "hourlyCost");
    double night = s.number("nightPremiumPercent", 0, 0, false, Defaults.MAX_PREMIUM_PERCENT, "nightPremiumPercent");
    double overtime = s.number("overtimePremiumPercent", Defaults.OVERTIME_PREMIUM * 100, 0, false,
        Defaults.MAX_PREMIUM_PERCENT, "overtimePremiumPercent");
    double shrinkage = shrinkage(s, aroundClock);
    Long maxC = s.integer("maxConcurrency", (long) ctx.recommended(), 1, Defaults.MAX_CONCURRENCY, "maxConcurrency");
    if (maxC != null && maxC > Defaults.HIGH_CONCURRENCY) {
      p.warning(s.path("maxConcurrency"), maxC + " chats at once per agent is above " + Defaults.HIGH_CONCURRENCY
          + "; few agents keep quality at that load, check errorPercentPerExtraChat and the throughput curve");
    }
    Skills skills = s.has("skills") ? skills(s, ctx) : Skills.all();
    List<Shift> shifts = s.has("shifts") && !aroundClock ? shifts(s) : List.of();
    Long agents = aroundClock ? s.integer("agents", null, 0, Defaults.MAX_AGENTS, "agents") : Long.valueOf(0);
    String maxPath = s.has("maxConcurrency") ? s.path("maxConcurrency") : at;
    int slots = maxC == null ? 0 : maxC.intValue();
    if (p.errorCount() > before) {
      return new Part(null, slots, maxPath);
    }
    if (shifts.stream().allMatch(sh -> sh.agents() == 0) && agents == 0) {
      p.warning(at, "site " + name + " has no agents on any shift");
    }
    ZoneId siteZone = zone;
    Site site = Build.attempt(p, at, () -> new Site(name, siteZone, cost, night / 100, overtime / 100, shrinkage,
        slots, skills, shifts, agents.intValue()));
    return new Part(site, slots, maxPath);
  }

  private static double shrinkage(Section s, boolean aroundClock) {
    if (aroundClock) {
      if (s.has("shrinkagePercent")) {
        s.problems().warning(s.path("shrinkagePercent"), "ignored: a site with `agents: N` has N agents "
            + "always available (no shrinkage); use shifts to model shrinkage");
      }
      return 0;
    }
    double v = s.percentNotFraction("shrinkagePercent", Defaults.SHIFT_SHRINKAGE, 1);
    if (v >= 1) {
      s.problems().error(s.path("shrinkagePercent"), "100 leaves no time for chats; shrinkage must be below 100");
      return Double.NaN;
    }
    return v;
  }

  private static Skills skills(Section site, Context ctx) {
    Problems p = site.problems();
    Section s = Section.open(p, site.path("skills"), site.get("skills"), ScenarioSchema.SKILLS);
    if (s == null) {
      return null;
    }
    List<String> topics = list(s, "topics");
    List<String> languages = list(s, "languages");
    for (int i = 0; topics != null && i < topics.size(); i++) {
      RegionReader.known(p, s.path("topics") + "[" + i + "]", topics.get(i), ctx.topicNames());
    }
    for (int i = 0; languages != null && i < languages.size(); i++) {
      String l = languages.get(i);
      if (!ctx.languages().isEmpty() && !ctx.languages().contains(l)) {
        String hint = Suggest.hint(l, ctx.languages());
        p.warning(s.path("languages") + (s.get("languages").isArray() ? "[" + i + "]" : ""), "no region has "
            + "language `" + l + "`" + (hint.isEmpty() ? "; languages in demand: " + String.join(", ", ctx.languages())
            : hint));
      }
    }
    return topics == null || languages == null ? null
        : new Skills(new LinkedHashSet<>(topics), new LinkedHashSet<>(languages));
  }

  private static List<String> list(Section s, String key) {
    if (!s.has(key)) {
      return List.of();
    }
    List<String> names = Values.names(s.problems(), s.path(key), s.get(key));
    if (names != null && names.isEmpty()) {
      s.problems().error(s.path(key), "an empty list would serve nothing; remove `" + key + "` to serve all "
          + key + ", or name at least one");
      return null;
    }
    for (int i = 0; names != null && i < names.size(); i++) {
      int first = names.indexOf(names.get(i));
      if (first < i) {
        s.problems().warning(s.path(key) + "[" + i + "]", "`" + names.get(i) + "` is listed twice (also "
            + s.path(key) + "[" + first + "]); the repeat changes nothing, remove it");
      }
    }
    return names;
  }

  private static List<Shift> shifts(Section site) {
    Problems p = site.problems();
    JsonNode list = DemandReader.elements(site, "shifts", "shift");
    List<Shift> out = new ArrayList<>();
    for (int i = 0; list != null && i < list.size(); i++) {
      String at = site.path("shifts") + "[" + i + "]";
      Section s = Section.open(p, at, list.get(i), ScenarioSchema.SHIFT);
      if (s == null) {
        continue;
      }
      int before = p.errorCount();
      LocalTime start = s.require("start") == null ? null : TimeValues.timeOfDay(p, s.path("start"), s.get("start"));
      double length = s.require("length") == null ? Double.NaN : s.duration("length", Double.NaN);
      if (length == 0) {
        p.error(s.path("length"), "0h is zero; a shift must be longer than 0, e.g. 8h");
      } else if (length > 86400) {
        p.error(s.path("length"), Durations.format(length) + " is longer than a day; a shift is at most 24h "
            + "(split it into two shifts)");
      }
      Set<DayOfWeek> days = s.has("days") ? TimeValues.days(p, s.path("days"), s.get("days"))
          : EnumSet.allOf(DayOfWeek.class);
      Long agents = s.integer("agents", null, 0, Defaults.MAX_AGENTS, "agents");
      if (p.errorCount() == before) {
        Shift shift = Build.attempt(p, at, () -> new Shift(start, length, days, agents.intValue()));
        if (shift != null) {
          out.add(shift);
        }
      }
    }
    return out;
  }
}
