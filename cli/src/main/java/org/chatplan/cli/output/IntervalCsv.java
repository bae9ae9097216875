package org.chatplan.cli.output;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/**
 * The per-interval table: one row per interval and scope (the total, each region, each site), the
 * mean of each metric and its 95% half-width. Written with Jackson's CSV module for correct quoting.
 */
public final class IntervalCsv {
  /** Metrics in the CSV, in column order. */
  public static final List<Metric> COLUMNS = List.of(Metric.OFFERED, Metric.BOT_RESOLVED,
      Metric.REACHED_QUEUE, Metric.ANSWERED, Metric.ABANDONED, Metric.ASA_SECONDS,
      Metric.SERVICE_LEVEL, Metric.ABANDON_RATE, Metric.WAIT_P50_SECONDS, Metric.WAIT_P90_SECONDS,
      Metric.AGENTS_LOGGED_IN, Metric.OCCUPANCY, Metric.UTILISATION, Metric.MEAN_CONCURRENCY, Metric.CSAT,
      // added later, at the end so that scripts reading columns by position keep working
      Metric.HANDLED, Metric.RETRIES, Metric.STILL_IN_SYSTEM, Metric.WAIT_P99_SECONDS,
      Metric.FIRST_CONTACT_RESOLUTION, Metric.MEAN_QUEUE_LENGTH, Metric.PAID_HOURS, Metric.OVERTIME_HOURS,
      Metric.COST_LABOUR, Metric.COST_TOTAL, Metric.COST_PER_CONTACT);
  /** Added after those when some chats no site can serve (the run reports these only then). */
  static final List<Metric> UNSERVABLE_COLUMNS = List.of(Metric.UNSERVABLE, Metric.SERVABLE_SERVICE_LEVEL,
      Metric.SERVABLE_ABANDON_RATE);

  private IntervalCsv() {}

  /** Writes the table, row by row (a year of intervals is too large to build as one string first). */
  public static void write(ExperimentResult r, OutputStream out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true)
        .addColumn("intervalStart").addColumn("interval").addColumn("scope").addColumn("name");
    List<Metric> columns = new ArrayList<>(COLUMNS);
    if (r.total().containsKey(Metric.UNSERVABLE)) {
      columns.addAll(UNSERVABLE_COLUMNS);
    }
    for (Metric m : columns) {
      schema.addColumn(m.key()).addColumn(m.key() + "HalfWidth");
    }
    Calendar cal = r.scenario().calendar();
    try (SequenceWriter rows = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
        .writer(schema.build()).writeValues(out)) { // quote only what needs it, not every long header
      for (int i = 0; i < r.byInterval().size(); i++) {
        String start = Instant.ofEpochSecond(cal.reportStartEpochSecond() + (long) (i * cal.intervalSeconds())).toString();
        rows.write(row(start, i, "total", "all", r.byInterval().get(i), columns));
        for (Map.Entry<String, Map<Metric, MetricSummary>> e : r.byIntervalRegion().get(i).entrySet()) {
          rows.write(row(start, i, "region", e.getKey(), e.getValue(), columns));
        }
        for (Map.Entry<String, Map<Metric, MetricSummary>> e : r.byIntervalSite().get(i).entrySet()) {
          rows.write(row(start, i, "site", e.getKey(), e.getValue(), columns));
        }
      }
    }
  }

  private static List<String> row(String start, int i, String scope, String name, Map<Metric, MetricSummary> m,
      List<Metric> columns) {
    List<String> row = new ArrayList<>();
    row.add(start);
    row.add(Integer.toString(i));
    row.add(scope);
    row.add(name);
    for (Metric metric : columns) {
      MetricSummary s = m.get(metric);
      row.add(s == null || Double.isNaN(s.mean()) ? "" : Double.toString(s.mean()));
      row.add(s == null || Double.isNaN(s.halfWidth()) ? "" : Double.toString(s.halfWidth()));
    }
    return row;
  }
}
