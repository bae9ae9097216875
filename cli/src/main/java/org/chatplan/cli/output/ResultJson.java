package org.chatplan.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.chatplan.engine.stats.MetricSummary;

/**
 * The JSON result (docs/json-result.md). Keys are camelCase and stable; undefined figures are left
 * out; nothing depends on the wall clock or thread count, so the same scenario and seed give the
 * same bytes.
 */
public final class ResultJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultJson() {}

  public static String toJson(ExperimentResult r) {
    return toJson(r, null);
  }

  /** The result, with an optional extra section (e.g. the phone baseline) under "phone". */
  public static String toJson(ExperimentResult r, ObjectNode phone) {
    try {
      return MAPPER.writeValueAsString(tree(r, phone)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON", e);
    }
  }

  public static ObjectNode tree(ExperimentResult r, ObjectNode phone) {
    ObjectNode root = MAPPER.createObjectNode();
    Calendar cal = r.scenario().calendar();
    root.put("scenario", r.scenario().name());
    root.put("description", r.scenario().description());
    root.put("currency", r.scenario().currency());
    root.put("seed", r.seed());
    root.put("replications", r.replications().size());
    ObjectNode window = root.putObject("window");
    window.put("start", Instant.ofEpochSecond(cal.reportStartEpochSecond()).toString());
    window.put("days", cal.days());
    window.put("intervalSeconds", cal.intervalSeconds());
    window.put("warmupSeconds", cal.warmupSeconds());
    ObjectNode chat = root.putObject("chat");
    chat.set("summary", summaries(r.total()));
    ArrayNode intervals = chat.putArray("byInterval");
    for (int i = 0; i < r.byInterval().size(); i++) {
      ObjectNode row = intervals.addObject();
      row.put("index", i);
      row.put("start", Instant.ofEpochSecond(cal.reportStartEpochSecond() + (long) (i * cal.intervalSeconds())).toString());
      row.setAll(summaries(r.byInterval().get(i)));
      row.set("byRegion", named(r.byIntervalRegion().get(i)));
      row.set("bySite", named(r.byIntervalSite().get(i)));
    }
    chat.set("byRegion", named(r.byRegion()));
    chat.set("bySite", named(r.bySite()));
    chat.set("byTopic", named(r.byTopic()));
    chat.set("byLanguage", named(r.byLanguage()));
    ArrayNode reps = chat.putArray("replicationValues");
    for (ReplicationResult rep : r.replications()) {
      ObjectNode o = reps.addObject();
      o.put("replication", rep.replication());
      o.set("summary", values(rep.total()));
      o.set("byRegion", namedValues(rep.byRegion()));
      o.set("bySite", namedValues(rep.bySite()));
      o.set("byTopic", namedValues(rep.byTopic()));
      o.set("byLanguage", namedValues(rep.byLanguage()));
    }
    if (phone != null) {
      root.set("phone", phone);
    }
    return root;
  }

  private static ObjectNode named(Map<String, Map<Metric, MetricSummary>> byName) {
    ObjectNode o = MAPPER.createObjectNode();
    byName.forEach((name, m) -> o.set(name, summaries(m)));
    return o;
  }

  /** {key: {mean, halfWidth, n}} for every defined metric, in {@link Metric} order. */
  public static ObjectNode summaries(Map<Metric, MetricSummary> m) {
    ObjectNode o = MAPPER.createObjectNode();
    for (Metric metric : Metric.values()) {
      MetricSummary s = m.get(metric);
      if (s == null || s.n() == 0) {
        continue;
      }
      putSummary(o, metric.key(), s);
    }
    return o;
  }

  /** {@code o.key = {mean, halfWidth, n}}; an undefined half-width (one replication) is null. */
  public static void putSummary(ObjectNode o, String key, MetricSummary s) {
    ObjectNode v = o.putObject(key);
    v.put("mean", s.mean());
    if (Double.isNaN(s.halfWidth())) {
      v.putNull("halfWidth");
    } else {
      v.put("halfWidth", s.halfWidth());
    }
    v.put("n", s.n());
  }

  private static ObjectNode namedValues(Map<String, Figures> byName) {
    ObjectNode o = MAPPER.createObjectNode();
    byName.forEach((name, f) -> o.set(name, values(f)));
    return o;
  }

  private static ObjectNode values(Figures f) {
    ObjectNode o = MAPPER.createObjectNode();
    for (Metric metric : Metric.values()) {
      double v = f.get(metric);
      if (!Double.isNaN(v)) {
        o.put(metric.key(), v);
      }
    }
    return o;
  }

  /** Keys written for a summary, for documentation tests. */
  public static List<String> metricKeys() {
    return java.util.Arrays.stream(Metric.values()).map(Metric::key).toList();
  }
}
