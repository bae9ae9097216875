package org.chatplan.scenarios.convert;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Retry;
import org.chatplan.scenarios.load.Describe;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.schema.ScenarioSchema;
import org.chatplan.scenarios.validate.Distributions;
import org.chatplan.scenarios.validate.Durations;
import org.chatplan.scenarios.validate.Names;
import org.chatplan.scenarios.validate.Section;
import org.chatplan.scenarios.validate.Shares;
import org.chatplan.scenarios.validate.Suggest;
import org.chatplan.scenarios.validate.TimeValues;
import org.chatplan.scenarios.validate.Values;

/** One element of {@code demand.regions}. */
final class RegionReader {
  private RegionReader() {}

  static Region read(Problems p, String at, JsonNode node, List<String> topicNames,
      Map<String, String> seen, Set<String> languagesOut) {
    Section s = Section.open(p, at, node, ScenarioSchema.REGION);
    if (s == null) {
      return null;
    }
    int before = p.errorCount();
    String name = s.name("name");
    if (name != null) {
      Names.claim(p, seen, "region", name, at);
    }
    ZoneId zone = s.require("zone") == null ? null : TimeValues.zone(p, s.path("zone"), s.get("zone"));
    double perWeek = s.number("chatsPerWeek", Double.NaN, 0, true, Defaults.MAX_CHATS_PER_WEEK, "chatsPerWeek");
    double[] days = flatUnless(s, "dayOfWeek", 7, "MON..SUN weights", 7);
    double[] hours = flatUnless(s, "hourOfDay", 24, "weights of equal slots of the local day", 24, 48, 96);
    Map<String, Double> languages = s.has("languages")
        ? Shares.map(p, s.path("languages"), s.get("languages"), "language") : Map.of("en", 1.0);
    if (languages != null) {
      languagesOut.addAll(languages.keySet());
    }
    Map<String, Double> mix = s.has("topics") ? topicMix(s, topicNames) : Map.of();
    DurationModel patience = s.has("patience")
        ? Distributions.read(p, s.path("patience"), s.get("patience"), "exponential") : null;
    Retry retry = s.has("retry") ? retry(s) : null;
    double forecast = s.number("forecastError", 0, 0, false, 100, "forecastError (a cv in percent)");
    double silent = s.percent("silentAbandonPercent", 0);
    double detect = s.duration("silentAbandonDetect", Defaults.SILENT_ABANDON_DETECT_SECONDS);
    if (!Double.isNaN(detect) && detect > 86400) {
      p.error(s.path("silentAbandonDetect"), Durations.format(detect) + " is longer than a day (24h); it is the "
          + "agent time spent on a chat "
          + "whose customer already left, typically 1m to 5m");
    }
    if (p.errorCount() > before) {
      return null;
    }
    return Build.attempt(p, at, () -> new Region(name, zone, perWeek, days, hours, languages, mix,
        patience, retry, forecast / 100, silent, detect));
  }

  private static double[] flatUnless(Section s, String key, int flatLength, String what, int... lengths) {
    if (!s.has(key)) {
      double[] flat = new double[flatLength];
      Arrays.fill(flat, 1);
      return flat;
    }
    return Values.weights(s.problems(), s.path(key), s.get(key), what, lengths);
  }

  /** {@code topics: { orders: 60, billing: 40 }} or {@code topics: [ { name: orders, share: 60 } ]}. */
  private static Map<String, Double> topicMix(Section s, List<String> topicNames) {
    Problems p = s.problems();
    String at = s.path("topics");
    JsonNode n = s.get("topics");
    Map<String, Double> raw;
    if (n.isObject()) {
      raw = Shares.map(p, at, n, "topic");
      if (raw == null) {
        return null;
      }
      for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
        String t = it.next();
        known(p, at + "." + t, t.strip(), topicNames);
      }
      return raw;
    }
    if (!n.isArray() || n.size() == 0) {
      p.error(at, "expected the region's topic mix as { orders: 60, billing: 40 } or a list of "
          + "{ name, share }, got " + (n.isArray() ? "an empty list" : Describe.node(n)));
      return null;
    }
    raw = new LinkedHashMap<>();
    int before = p.errorCount();
    for (int i = 0; i < n.size(); i++) {
      Section e = Section.open(p, at + "[" + i + "]", n.get(i), ScenarioSchema.TOPIC_SHARE);
      if (e == null) {
        continue;
      }
      String name = e.name("name");
      double share = e.percent("share", Double.NaN);
      if (name != null) {
        known(p, e.path("name"), name, topicNames);
        if (raw.put(name, share) != null) {
          p.error(e.path("name"), "topic `" + name + "` is listed twice in this region's mix");
        }
      }
    }
    return p.errorCount() > before ? null : Shares.normalise(p, at, raw, "topic");
  }

  /** Reports a topic name that demand.topics does not define. Shared with the site skills. */
  static void known(Problems p, String path, String topic, List<String> topicNames) {
    if (!topicNames.isEmpty() && !topicNames.contains(topic)) {
      String hint = Suggest.hint(topic, topicNames);
      p.error(path, "topic `" + topic + "` is not defined in demand.topics"
          + (hint.isEmpty() ? "; defined topics: " + String.join(", ", topicNames) : hint));
    }
  }

  private static Retry retry(Section region) {
    Problems p = region.problems();
    Section s = Section.open(p, region.path("retry"), region.get("retry"), ScenarioSchema.RETRY);
    if (s == null) {
      return null;
    }
    int before = p.errorCount();
    double percent = s.percentNotFraction("percent", Double.NaN, 1);
    DurationModel after = s.require("after") == null ? null
        : Distributions.read(p, s.path("after"), s.get("after"), "exponential");
    if (p.errorCount() > before) {
      return null;
    }
    return Build.attempt(p, s.path(), () -> new Retry(percent, after));
  }
}
