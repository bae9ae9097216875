package org.chatplan.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chatplan.charts.chart.CostSplit;
import org.chatplan.charts.report.ChannelRow;
import org.chatplan.charts.report.PhoneComparison;
import org.chatplan.engine.planning.PhoneBaseline;
import org.chatplan.engine.planning.PhoneResult;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.stats.MetricSummary;

/** The phone baseline beside the chat results: console table, JSON section, report input. */
public final class PhoneSection {
  private PhoneSection() {}

  private record Line(String label, Metric chat, String phoneKey, SummaryTable.Kind kind) {}

  private static final List<Line> LINES = List.of(
      new Line("Agents (FTE, 40 h/week)", null, "agentsFte", SummaryTable.Kind.NUMBER),
      new Line("Cost per contact", Metric.COST_PER_CONTACT, "costPerContact", SummaryTable.Kind.MONEY),
      new Line("Cost per resolved", Metric.COST_PER_RESOLVED, "costPerResolved", SummaryTable.Kind.MONEY),
      new Line("ASA (s)", Metric.ASA_SECONDS, "asaSeconds", SummaryTable.Kind.SECONDS),
      new Line("Service level", Metric.SERVICE_LEVEL, "serviceLevel", SummaryTable.Kind.PERCENT),
      new Line("Abandon rate", Metric.ABANDON_RATE, "abandonRate", SummaryTable.Kind.PERCENT),
      new Line("CSAT (all contacts)", Metric.CSAT_ALL_CONTACTS, "csatAllContacts", SummaryTable.Kind.PERCENT),
      new Line("Cost total", Metric.COST_TOTAL, "costTotal", SummaryTable.Kind.MONEY));

  private static MetricSummary chat(ExperimentResult chat, Line line) {
    return line.chat() == null ? PhoneBaseline.chatFte(chat) : chat.get(line.chat());
  }

  /** Chat and phone side by side; service levels are each against their own target. */
  public static void print(ExperimentResult chat, PhoneResult phone, PrintWriter out) {
    String currency = chat.scenario().currency();
    out.printf("%-24s %20s %20s%n", "Chat vs phone", "chat", "phone");
    for (Line line : LINES) {
      MetricSummary c = chat(chat, line);
      MetricSummary p = phone.summary().get(line.phoneKey()); // undefined figures are left out
      if (c == null || p == null) {
        continue;
      }
      out.printf("%-24s %20s %20s%n", line.label(), SummaryTable.format(c.mean(), line.kind(), currency),
          SummaryTable.format(p.mean(), line.kind(), currency));
    }
    var phoneTarget = phone.scenario().targets();
    var chatTarget = chat.scenario().targets();
    out.printf("Service level: chat within %.0f s, phone within %.0f s (the phone staffed per interval to %.0f%%).%n",
        chatTarget.withinSeconds(), phoneTarget.withinSeconds(), 100 * phoneTarget.serviceLevel());
    out.println("-".repeat(60));
  }

  /** The JSON "phone" object: summary (same {mean, halfWidth, n} shape) and the staffing per interval. */
  static void json(JsonGenerator g, PhoneResult phone) throws IOException {
    g.writeStartObject();
    g.writeFieldName("summary");
    figures(g, phone.summary());
    g.writeArrayFieldStart("byInterval");
    for (int i = 0; i < phone.byInterval().size(); i++) {
      g.writeStartObject();
      g.writeNumberField("index", i);
      fields(g, phone.byInterval().get(i));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("byRegion");
    for (Map.Entry<String, Map<String, MetricSummary>> e : phone.byRegion().entrySet()) {
      g.writeFieldName(e.getKey());
      figures(g, e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("agentsPerInterval");
    for (int a : phone.agentsPerInterval()) {
      g.writeNumber(a);
    }
    g.writeEndArray();
    g.writeBooleanField("targetsMet", phone.plan().met());
    g.writeEndObject();
  }

  /** {key: {mean, halfWidth, n}} in {@link PhoneBaseline#KEYS} order, undefined figures left out. */
  private static void figures(JsonGenerator g, Map<String, MetricSummary> byKey) throws IOException {
    g.writeStartObject();
    fields(g, byKey);
    g.writeEndObject();
  }

  private static void fields(JsonGenerator g, Map<String, MetricSummary> byKey) throws IOException {
    ResultJson.summaryFields(g, PhoneBaseline.KEYS, key -> key, byKey);
  }

  /** The report's chat vs phone section. */
  public static PhoneComparison comparison(ExperimentResult chat, PhoneResult phone) {
    String currency = chat.scenario().currency();
    List<ChannelRow> rows = new ArrayList<>();
    rows.add(new ChannelRow("Agents (FTE, 40 h/week)", PhoneBaseline.chatFte(chat), phone.get("agentsFte")));
    for (Line line : LINES) {
      MetricSummary c = line.chat() == null ? null : chat.get(line.chat());
      MetricSummary p = phone.summary().get(line.phoneKey());
      if (c != null && p != null) { // a figure undefined on either side (no chat answered: no ASA) is left out
        ChannelRow row = ChannelRow.of(line.chat(), currency, c, p);
        if (line.chat() == Metric.SERVICE_LEVEL) {
          // The two channels have their own target times: a bare "service level" would compare unlike figures.
          row = new ChannelRow(String.format(Locale.ROOT, "%s (chat within %.0f s, phone within %.0f s)",
              row.measure(), chat.scenario().targets().withinSeconds(), phone.scenario().targets().withinSeconds()),
              row.chat(), row.phone());
        }
        rows.add(row);
      }
    }
    List<CostSplit> costs = new ArrayList<>(CostSplit.chatOf(chat).stream().toList());
    double offered = phone.get("offered").mean();
    if (offered > 0) {
      Map<String, Double> drivers = new LinkedHashMap<>();
      drivers.put("Agent labour", phone.get("costLabour").mean() / offered);
      drivers.put("Telecom", phone.get("telecomCost").mean() / offered);
      costs.add(new CostSplit("Phone", drivers));
    }
    return new PhoneComparison(rows, costs);
  }
}
