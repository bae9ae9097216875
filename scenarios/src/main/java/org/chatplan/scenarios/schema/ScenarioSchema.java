package org.chatplan.scenarios.schema;

import static org.chatplan.scenarios.schema.Key.distribution;
import static org.chatplan.scenarios.schema.Key.list;
import static org.chatplan.scenarios.schema.Key.map;
import static org.chatplan.scenarios.schema.Key.object;
import static org.chatplan.scenarios.schema.Key.value;

import java.util.ArrayList;
import java.util.List;

/**
 * Every key the v1 scenario format accepts, level by level. The loader rejects any other key with
 * a "did you mean" hint, and a test checks that docs/scenario-format.md lists exactly these paths.
 */
public final class ScenarioSchema {
  private ScenarioSchema() {}

  /** Keys of a distribution mapping {@code { mean, cv, distribution }}. */
  public static final Shape DISTRIBUTION = Shape.of("distribution",
      value("mean", "mean: 8m"), value("cv", "cv: 0.8"), value("distribution", "distribution: lognormal"));

  /** A share of answers within a time. */
  public static final Shape SERVICE_LEVEL = Shape.of("serviceLevel",
      value("percent", "percent: 80"), value("within", "within: 60s"));

  public static final Shape CALENDAR = Shape.of("calendar",
      value("start", "start: 2027-03-01"), value("days", "days: 7"),
      value("warmup", "warmup: 1d"), value("interval", "interval: 30m"));

  public static final Shape RUN = Shape.of("run",
      value("replications", "replications: 10"), value("seed", "seed: 20270301"));

  public static final Shape TARGETS = Shape.of("targets",
      object("serviceLevel", SERVICE_LEVEL, "serviceLevel: { percent: 80, within: 60s }"),
      value("maxAbandonPercent", "maxAbandonPercent: 5"));

  public static final Shape TOPIC = Shape.of("topic",
      value("name", "name: orders"), value("share", "share: 50"),
      distribution("handleTime", "handleTime: { mean: 7m, cv: 0.8 }"),
      value("botResolves", "botResolves: 45"));

  /** An element of a region's topic override written as a list. */
  public static final Shape TOPIC_SHARE = Shape.of("topicShare",
      value("name", "name: orders"), value("share", "share: 60"));

  public static final Shape RETRY = Shape.of("retry",
      value("percent", "percent: 30"), distribution("after", "after: { mean: 10m }"));

  public static final Shape REGION = Shape.of("region",
      value("name", "name: americas"), value("zone", "zone: America/New_York"),
      value("chatsPerWeek", "chatsPerWeek: 21000"), value("dayOfWeek", "dayOfWeek: [15, 15, 15, 15, 14, 13, 13]"),
      value("hourOfDay", "hourOfDay: [1, 1, ...]  # 24, 48 or 96 weights"),
      map("languages", "languages: { en: 80, es: 20 }"),
      list("topics", TOPIC_SHARE, "topics: { orders: 60, billing: 40 }"),
      distribution("patience", "patience: { mean: 3m }"),
      object("retry", RETRY, "retry: { percent: 30, after: { mean: 10m } }"),
      value("forecastError", "forecastError: 10"),
      value("silentAbandonPercent", "silentAbandonPercent: 5"),
      value("silentAbandonDetect", "silentAbandonDetect: 2m"));

  public static final Shape DEMAND = Shape.of("demand",
      list("topics", TOPIC, "topics: [ { name: orders, share: 100, handleTime: { mean: 7m } } ]"),
      list("regions", REGION, "regions: [ { name: americas, zone: America/New_York, chatsPerWeek: 21000 } ]"));

  public static final Shape BOT = Shape.of("bot",
      value("enabled", "enabled: true"), distribution("handleTime", "handleTime: { mean: 90s, cv: 0.5 }"),
      value("triageSavesPercent", "triageSavesPercent: 10"),
      value("costPerConversation", "costPerConversation: 0.40"), value("csat", "csat: 72"));

  public static final Shape CONCURRENCY = Shape.of("concurrency",
      value("recommended", "recommended: 2"), value("throughput", "throughput: [1, 1.7, 2.5]"),
      value("slowdownPercent", "slowdownPercent: 15"),
      value("errorPercentPerExtraChat", "errorPercentPerExtraChat: 3"));

  public static final Shape TRANSLATION = Shape.of("translation",
      value("after", "after: 2m"), value("handleTimePercent", "handleTimePercent: 130"),
      value("csatPenalty", "csatPenalty: 10"));

  public static final Shape SKILLS = Shape.of("skills",
      value("topics", "topics: [orders, billing]"), value("languages", "languages: [en, es]"));

  public static final Shape SHIFT = Shape.of("shift",
      value("start", "start: \"08:00\""), value("length", "length: 9h"),
      value("days", "days: WEEKDAYS"), value("agents", "agents: 14"));

  public static final Shape SITE = Shape.of("site",
      value("name", "name: manila"), value("zone", "zone: Asia/Manila"),
      value("hourlyCost", "hourlyCost: 8.50"), value("nightPremiumPercent", "nightPremiumPercent: 15"),
      value("overtimePremiumPercent", "overtimePremiumPercent: 50"),
      value("shrinkagePercent", "shrinkagePercent: 30"), value("maxConcurrency", "maxConcurrency: 3"),
      object("skills", SKILLS, "skills: { topics: [orders], languages: [en] }"),
      list("shifts", SHIFT, "shifts: [ { start: \"08:00\", length: 9h, days: WEEKDAYS, agents: 14 } ]"),
      value("agents", "agents: 30"));

  public static final Shape AGENTS = Shape.of("agents",
      object("concurrency", CONCURRENCY, "concurrency: { recommended: 2, slowdownPercent: 15 }"),
      value("routing", "routing: least-busy"),
      object("translation", TRANSLATION, "translation: { after: 2m, handleTimePercent: 130, csatPenalty: 10 }"),
      list("sites", SITE, "sites: [ { name: manila, zone: Asia/Manila, hourlyCost: 8.50, agents: 20 } ]"));

  public static final Shape SATISFACTION = Shape.of("satisfaction",
      value("immediate", "immediate: 90"), value("floor", "floor: 35"),
      value("waitTolerance", "waitTolerance: 4m"), value("wrongAnswerPenalty", "wrongAnswerPenalty: 60"),
      value("abandonedCountAs", "abandonedCountAs: 0"));

  public static final Shape PHONE = Shape.of("phone",
      distribution("handleTime", "handleTime: { mean: 6m, cv: 0.7 }"),
      value("ivrResolvesPercent", "ivrResolvesPercent: 10"),
      distribution("patience", "patience: { mean: 4m }"), value("hourlyCost", "hourlyCost: 18"),
      value("telecomPerMinute", "telecomPerMinute: 0.03"), value("shrinkagePercent", "shrinkagePercent: 30"),
      object("serviceLevel", SERVICE_LEVEL, "serviceLevel: { percent: 80, within: 20s }"));

  public static final Shape ROOT = Shape.of("scenario",
      value("version", "version: 1"), value("name", "name: Global e-commerce"),
      value("description", "description: Three sites, bot in front"), value("currency", "currency: USD"),
      object("calendar", CALENDAR, "calendar: { start: 2027-03-01, days: 7 }"),
      object("run", RUN, "run: { replications: 10, seed: 1 }"),
      object("targets", TARGETS, "targets: { serviceLevel: { percent: 80, within: 60s } }"),
      object("demand", DEMAND, "demand: { topics: [...], regions: [...] }"),
      object("bot", BOT, "bot: { enabled: true, handleTime: { mean: 90s } }"),
      object("agents", AGENTS, "agents: { sites: [...] }"),
      object("satisfaction", SATISFACTION, "satisfaction: { immediate: 90 }"),
      object("phone", PHONE, "phone: { handleTime: { mean: 6m }, hourlyCost: 18 }"));

  /**
   * Every path the format accepts, in documentation order, with {@code []} for list elements:
   * {@code calendar}, {@code calendar.start}, ..., {@code agents.sites[].shifts[].start}. The keys
   * inside a distribution are listed once, in {@link #DISTRIBUTION}, not under every distribution.
   */
  public static List<String> paths() {
    List<String> out = new ArrayList<>();
    collect(ROOT, "", out);
    return out;
  }

  private static void collect(Shape shape, String prefix, List<String> out) {
    for (Key k : shape.keys()) {
      String path = prefix + k.name();
      out.add(path);
      if (k.kind() == Kind.OBJECT) {
        collect(k.shape(), path + ".", out);
      } else if (k.kind() == Kind.LIST) {
        collect(k.shape(), path + "[].", out);
      }
    }
  }
}
