package org.chatplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chatplan.cli.output.ResultJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/json-result.md must list exactly the keys the JSON result can contain. */
class JsonSchemaDocTest {
  @TempDir Path dir;

  private static Set<String> documentedKeys(String section) throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "json-result.md"));
    String part = doc.substring(doc.indexOf(section));
    int end = part.indexOf("\n## ", 4);
    part = end > 0 ? part.substring(0, end) : part;
    Set<String> keys = new LinkedHashSet<>();
    Matcher m = Pattern.compile("(?m)^\\| `([A-Za-z0-9]+)` \\|").matcher(part);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  @Test
  void metricTableMatchesTheMetricEnum() throws Exception {
    assertEquals(new LinkedHashSet<>(ResultJson.metricKeys()), documentedKeys("## Metric keys"));
  }

  /** The summary keys ../shared/scenario-format.md requires ("What every run reports"). */
  private static final java.util.List<String> REQUIRED_SUMMARY = java.util.List.of("offered", "botResolved",
      "handled", "abandoned", "retries", "asaSeconds", "meanQueueSeconds", "serviceLevel", "waitP50Seconds",
      "waitP90Seconds", "waitP99Seconds", "abandonRate", "occupancy", "utilisation", "meanConcurrency", "csat",
      "csatAllContacts", "firstContactResolution", "paidHours", "overtimeHours", "costTotal", "costPerContact",
      "costPerResolved");

  @Test
  void writtenJsonUsesOnlyDocumentedKeys() throws Exception {
    Path json = dir.resolve("r.json");
    Cli c = Cli.run("run", "--replications", "2", "--json", json.toString());
    assertEquals(0, c.code(), c.err());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    Set<String> top = documentedKeys("## Top-level keys");
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      assertTrue(top.contains(k), "undocumented top-level key " + k);
    }
    Set<String> metrics = documentedKeys("## Metric keys");
    JsonNode summary = root.path("chat").path("summary");
    assertTrue(summary.size() > 20);
    for (Iterator<String> it = summary.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      assertTrue(metrics.contains(k), "undocumented metric key " + k);
      JsonNode v = summary.get(k);
      assertTrue(v.has("mean") && v.has("halfWidth") && v.has("n"), k + " is {mean, halfWidth, n}");
    }
    for (String k : REQUIRED_SUMMARY) {
      assertTrue(summary.has(k), "summary key required by the format: " + k);
    }
    assertTrue(root.path("chat").path("byInterval").size() > 0);
    JsonNode rep0 = root.path("chat").path("replicationValues").get(0);
    assertTrue(rep0.path("byRegion").path("americas").has("offered"), "per replication, per region");
    assertEquals(summary.path("offered").path("n").asInt(), root.path("chat").path("replicationValues").size());
    Set<String> phoneKeys = documentedKeys("## Phone keys");
    assertEquals(new LinkedHashSet<>(org.chatplan.engine.planning.PhoneBaseline.KEYS), phoneKeys);
    JsonNode phone = root.path("phone");
    assertTrue(phone.path("summary").has("agentsFte"), "the phone summary adds agentsFte");
    for (Iterator<String> it = phone.path("summary").fieldNames(); it.hasNext(); ) {
      assertTrue(phoneKeys.contains(it.next()));
    }
    for (Iterator<String> it = summary.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (REQUIRED_SUMMARY.contains(k)) {
        assertTrue(phone.path("summary").has(k), "the phone summary has every summary key of the format: " + k);
      }
    }
    JsonNode interval = root.path("chat").path("byInterval").get(0);
    for (String k : new String[] {"offered", "botResolved", "handled", "abandoned", "retries", "asaSeconds",
        "serviceLevel", "waitP50Seconds", "waitP90Seconds", "waitP99Seconds", "abandonRate", "occupancy",
        "utilisation", "meanConcurrency", "csat", "firstContactResolution", "paidHours", "overtimeHours",
        "costTotal", "costPerContact"}) {
      assertTrue(interval.has(k), "per-interval key required by the format: " + k);
    }
    assertEquals(root.path("chat").path("byInterval").size(), phone.path("agentsPerInterval").size());
  }
}
