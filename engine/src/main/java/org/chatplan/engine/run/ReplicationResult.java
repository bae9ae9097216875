package org.chatplan.engine.run;

import java.util.List;
import java.util.Map;

/**
 * Everything one replication measured. Maps keep scenario order; interval lists have one entry per
 * reporting interval of the window, with per-region and per-site rows in scenario order.
 */
public record ReplicationResult(int replication, Figures total, Map<String, Figures> byRegion,
    Map<String, Figures> byTopic, Map<String, Figures> byLanguage, Map<String, Figures> bySite,
    List<Figures> byInterval, List<List<Figures>> byIntervalRegion,
    List<List<Figures>> byIntervalSite, long events) {
  public ReplicationResult {
    byRegion = ordered(byRegion);
    byTopic = ordered(byTopic);
    byLanguage = ordered(byLanguage);
    bySite = ordered(bySite);
    byInterval = List.copyOf(byInterval);
    byIntervalRegion = List.copyOf(byIntervalRegion);
    byIntervalSite = List.copyOf(byIntervalSite);
  }

  /** An unmodifiable copy that keeps scenario order (never hash order). */
  private static Map<String, Figures> ordered(Map<String, Figures> m) {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
  }
}
