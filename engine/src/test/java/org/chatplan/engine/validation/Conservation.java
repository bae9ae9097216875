package org.chatplan.engine.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;

/**
 * offered = bot-resolved + handled + abandoned + still in system, in every replication, for the
 * total and for every region, topic and language. Exact (counts), no tolerance.
 */
final class Conservation {
  private Conservation() {}

  static void check(ExperimentResult r) {
    for (ReplicationResult rep : r.replications()) {
      check("total", rep.total());
      rep.byRegion().forEach((n, f) -> check("region " + n, f));
      rep.byTopic().forEach((n, f) -> check("topic " + n, f));
      rep.byLanguage().forEach((n, f) -> check("language " + n, f));
      double sumRegions = rep.byRegion().values().stream().mapToDouble(f -> f.get(Metric.OFFERED)).sum();
      assertEquals(rep.total().get(Metric.OFFERED), sumRegions, 0, "regions add up to the total");
      sumCheck(rep.byTopic(), rep.total());
    }
  }

  private static void check(String what, Figures f) {
    double offered = f.get(Metric.OFFERED);
    double accounted = f.get(Metric.BOT_RESOLVED) + f.get(Metric.HANDLED) + f.get(Metric.ABANDONED)
        + f.get(Metric.STILL_IN_SYSTEM);
    assertEquals(offered, accounted, 0, what + ": offered = bot-resolved + handled + abandoned + still in system");
  }

  private static void sumCheck(Map<String, Figures> parts, Figures total) {
    double handled = parts.values().stream().mapToDouble(f -> f.get(Metric.HANDLED)).sum();
    assertEquals(total.get(Metric.HANDLED), handled, 0, "topics add up to the total");
  }
}
