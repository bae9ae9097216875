package org.chatplan.scenarios.convert;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chatplan.engine.model.Demand;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.random.RandomStreams;
import org.chatplan.scenarios.load.Describe;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.schema.ScenarioSchema;
import org.chatplan.scenarios.validate.Distributions;
import org.chatplan.scenarios.validate.Names;
import org.chatplan.scenarios.validate.Section;
import org.chatplan.scenarios.validate.Shares;

/** {@code demand}: the global topic mix and the regions. */
final class DemandReader {
  private DemandReader() {}

  /** What the other sections need to know about demand, even when demand has errors. */
  record Result(Demand demand, List<String> topicNames, Set<String> languages) {
  }

  static Result read(Section root) {
    Problems p = root.problems();
    List<String> topicNames = new ArrayList<>();
    Set<String> languages = new LinkedHashSet<>();
    if (!root.has("demand")) {
      root.missing("demand", "who writes, when and about what");
      return new Result(null, topicNames, languages);
    }
    Section s = Section.open(p, "demand", root.get("demand"), ScenarioSchema.DEMAND);
    if (s == null) {
      return new Result(null, topicNames, languages);
    }
    int before = p.errorCount();
    List<Topic> topics = topics(s, topicNames);
    List<Region> regions = new ArrayList<>();
    JsonNode list = elements(s, "regions", "region");
    if (list != null && list.size() > RandomStreams.maxSubStreams()) {
      p.error(s.path("regions"), list.size() + " regions; at most " + RandomStreams.maxSubStreams()
          + " are supported (each has random streams of its own): merge the smallest into their neighbours");
    }
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; list != null && i < list.size(); i++) {
      String at = s.path("regions") + "[" + i + "]";
      Region r = RegionReader.read(p, at, list.get(i), topicNames, seen, languages);
      if (r != null) {
        regions.add(r);
      }
    }
    if (p.errorCount() > before) {
      return new Result(null, topicNames, languages);
    }
    Demand d = Build.attempt(p, "demand", () -> new Demand(topics, regions));
    return new Result(d, topicNames, languages);
  }

  /** The list under {@code key}, non-empty, or null after reporting. */
  static JsonNode elements(Section s, String key, String what) {
    JsonNode list = s.require(key);
    if (list == null) {
      return null;
    }
    if (!list.isArray()) {
      s.problems().error(s.path(key), "expected a list of " + what + "s, one per line starting with `- `, e.g. `"
          + s.example(key) + "`; got " + Describe.node(list));
      return null;
    }
    if (list.size() == 0) {
      s.problems().error(s.path(key), "the list is empty; give at least one " + what);
      return null;
    }
    return list;
  }

  private record TopicPart(String name, DurationModel handle, double botResolves) {
  }

  private static List<Topic> topics(Section s, List<String> names) {
    Problems p = s.problems();
    JsonNode list = elements(s, "topics", "topic");
    List<Topic> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    int before = p.errorCount();
    Map<String, String> seen = new HashMap<>();
    Map<String, Double> shares = new LinkedHashMap<>();
    List<TopicPart> parts = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = s.path("topics") + "[" + i + "]";
      Section t = Section.open(p, at, list.get(i), ScenarioSchema.TOPIC);
      if (t == null) {
        continue;
      }
      String name = t.name("name");
      if (name != null && Names.claim(p, seen, "topic", name, at)) {
        names.add(name);
      }
      double share = t.percent("share", Double.NaN);
      DurationModel handle = t.has("handleTime")
          ? Distributions.read(p, t.path("handleTime"), t.get("handleTime"), "lognormal") : null;
      if (!t.has("handleTime")) {
        t.missing("handleTime", "agent time for one chat handled alone");
      }
      double bot = t.percentNotFraction("botResolves", 0, 1);
      if (name != null && !Double.isNaN(share)) {
        shares.put(name, share);
      }
      parts.add(new TopicPart(name, handle, bot));
    }
    if (p.errorCount() > before) {
      return out;
    }
    Map<String, Double> normalised = Shares.normalise(p, s.path("topics"), shares, "topic");
    if (normalised == null) {
      return out;
    }
    for (int i = 0; i < parts.size(); i++) {
      TopicPart part = parts.get(i);
      Topic topic = Build.attempt(p, s.path("topics") + "[" + i + "]", () -> new Topic(part.name(),
          normalised.get(part.name()), part.handle(), part.botResolves()));
      if (topic != null) {
        out.add(topic);
      }
    }
    return out;
  }
}
