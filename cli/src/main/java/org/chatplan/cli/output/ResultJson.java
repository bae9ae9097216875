package org.chatplan.cli.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.planning.PhoneResult;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.chatplan.engine.stats.MetricSummary;

/**
 * The JSON result (docs/json-result.md). Keys are camelCase and stable; undefined figures are left
 * out; nothing depends on the wall clock or thread count, so the same scenario and seed give the
 * same bytes. Streamed, not built as a tree first: a year of 30-minute intervals is a few hundred MB
 * of JSON, which as a tree did not fit in a 2 GB heap.
 */
public final class ResultJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ResultJson() {}

  /** Writes the result, with the phone baseline under "phone" when there is one. */
  public static void write(ExperimentResult r, PhoneResult phone, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      Calendar cal = r.scenario().calendar();
      g.writeStartObject();
      g.writeStringField("scenario", r.scenario().name());
      g.writeStringField("description", r.scenario().description());
      g.writeStringField("currency", r.scenario().currency());
      g.writeNumberField("seed", r.seed());
      g.writeNumberField("replications", r.replications().size());
      g.writeObjectFieldStart("window");
      g.writeStringField("start", Instant.ofEpochSecond(cal.reportStartEpochSecond()).toString());
      g.writeNumberField("days", cal.days());
      g.writeNumberField("intervalSeconds", cal.intervalSeconds());
      g.writeNumberField("warmupSeconds", cal.warmupSeconds());
      g.writeEndObject();
      g.writeObjectFieldStart("chat");
      g.writeFieldName("summary");
      summaries(g, r.total());
      g.writeArrayFieldStart("byInterval");
      for (int i = 0; i < r.byInterval().size(); i++) {
        g.writeStartObject();
        g.writeNumberField("index", i);
        g.writeStringField("start",
            Instant.ofEpochSecond(cal.reportStartEpochSecond() + (long) (i * cal.intervalSeconds())).toString());
        summaryFields(g, r.byInterval().get(i));
        named(g, "byRegion", r.byIntervalRegion().get(i));
        named(g, "bySite", r.byIntervalSite().get(i));
        g.writeEndObject();
      }
      g.writeEndArray();
      named(g, "byRegion", r.byRegion());
      named(g, "bySite", r.bySite());
      named(g, "byTopic", r.byTopic());
      named(g, "byLanguage", r.byLanguage());
      g.writeArrayFieldStart("replicationValues");
      for (ReplicationResult rep : r.replications()) {
        g.writeStartObject();
        g.writeNumberField("replication", rep.replication());
        g.writeFieldName("summary");
        values(g, rep.total());
        namedValues(g, "byRegion", rep.byRegion());
        namedValues(g, "bySite", rep.bySite());
        namedValues(g, "byTopic", rep.byTopic());
        namedValues(g, "byLanguage", rep.byLanguage());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      if (phone != null) {
        g.writeFieldName("phone");
        PhoneSection.json(g, phone);
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void named(JsonGenerator g, String field, Map<String, Map<Metric, MetricSummary>> byName)
      throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, Map<Metric, MetricSummary>> e : byName.entrySet()) {
      g.writeFieldName(e.getKey());
      summaries(g, e.getValue());
    }
    g.writeEndObject();
  }

  /** {key: {mean, halfWidth, n}} for every defined metric, in {@link Metric} order. */
  private static void summaries(JsonGenerator g, Map<Metric, MetricSummary> m) throws IOException {
    g.writeStartObject();
    summaryFields(g, m);
    g.writeEndObject();
  }

  private static void summaryFields(JsonGenerator g, Map<Metric, MetricSummary> m) throws IOException {
    summaryFields(g, METRICS, Metric::key, m);
  }

  private static final List<Metric> METRICS = List.of(Metric.values());

  /**
   * {@code key: {mean, halfWidth, n}} for each of {@code keys}, in their order, that is defined in
   * {@code byKey} (n > 0: at least one replication had a value); the chat and the phone figures alike.
   */
  static <K> void summaryFields(JsonGenerator g, List<K> keys, java.util.function.Function<K, String> name,
      Map<K, MetricSummary> byKey) throws IOException {
    for (K key : keys) {
      MetricSummary s = byKey.get(key);
      if (s != null && s.n() > 0) {
        summary(g, name.apply(key), s);
      }
    }
  }

  /** {@code key: {mean, halfWidth, n}}; an undefined half-width (one replication) is null. */
  static void summary(JsonGenerator g, String key, MetricSummary s) throws IOException {
    g.writeObjectFieldStart(key);
    g.writeNumberField("mean", s.mean());
    if (Double.isNaN(s.halfWidth())) {
      g.writeNullField("halfWidth");
    } else {
      g.writeNumberField("halfWidth", s.halfWidth());
    }
    g.writeNumberField("n", s.n());
    g.writeEndObject();
  }

  private static void namedValues(JsonGenerator g, String field, Map<String, Figures> byName) throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, Figures> e : byName.entrySet()) {
      g.writeFieldName(e.getKey());
      values(g, e.getValue());
    }
    g.writeEndObject();
  }

  private static void values(JsonGenerator g, Figures f) throws IOException {
    g.writeStartObject();
    for (Metric metric : Metric.values()) {
      double v = f.get(metric);
      if (!Double.isNaN(v)) {
        g.writeNumberField(metric.key(), v);
      }
    }
    g.writeEndObject();
  }

  /** Keys written for a summary, for documentation tests. */
  public static List<String> metricKeys() {
    return java.util.Arrays.stream(Metric.values()).map(Metric::key).toList();
  }
}
