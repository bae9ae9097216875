package org.chatplan.engine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.chatplan.engine.stats.MetricSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PhoneBaselineTest {
  private static final double HANDLE = 300;
  private static final double WAGE = 30;
  private static final double RATE = 0.04;
  private static final double SHRINKAGE = 0.25;
  private static Scenario chat;
  private static PhoneResult phone;

  /** Constant phone handle time and IVR time: every minute and hour can be counted by hand. */
  @BeforeAll
  static void run() {
    chat = PlanningScenarios.withPhone(PlanningScenarios.profiled(1500, 240, 240, 2, 1, 6, 99L),
        new DurationModel.Constant(HANDLE), 0.2, WAGE, RATE, SHRINKAGE);
    phone = PhoneBaseline.run(chat, PlannerOptions.defaults(chat).withThreads(2));
  }

  @Test
  void phoneScenarioIsTheSameCustomersOnTheIvrAndOneCallPerAgent() {
    Scenario p = phone.scenario();
    assertEquals(chat.demand().regions().get(0).chatsPerWeek(), p.demand().regions().get(0).chatsPerWeek());
    assertEquals(1, p.demand().topics().size());
    assertEquals(0.2, p.demand().topics().get(0).botResolves());
    assertEquals(new DurationModel.Constant(PhoneBaseline.IVR_SECONDS), p.bot().handleTime());
    assertEquals(0, p.bot().triageSaves());
    assertEquals(0, p.bot().costPerConversation());
    assertEquals(1, p.agents().sites().size());
    assertEquals(1, p.agents().sites().get(0).maxConcurrency());
    assertEquals(chat.phone().patience(), p.demand().regions().get(0).patience());
    assertEquals(0.8, p.targets().serviceLevel());
    assertEquals(20, p.targets().withinSeconds());
    assertEquals(chat.targets().maxAbandon(), p.targets().maxAbandon());
  }

  @Test
  void meetsThePhoneServiceLevelInEveryInterval() {
    assertTrue(phone.plan().met(), "missed " + phone.plan().missedIntervals());
    for (StaffingPlan.IntervalRequirement iv : phone.plan().intervals()) {
      assertTrue(iv.serviceLevel().mean() >= 0.8, "interval " + iv.interval() + " SL " + iv.serviceLevel());
      assertTrue(iv.abandonRate().mean() <= 0.05, "interval " + iv.interval() + " abandon " + iv.abandonRate());
    }
    assertEquals(phone.agentsPerInterval().length, phone.scenario().calendar().intervals());
  }

  @Test
  void costRecomputesByHand() {
    int[] agents = phone.agentsPerInterval();
    double onDutyHours = 0;
    for (int a : agents) {
      onDutyHours += a * 0.5;
    }
    int n = phone.simulated().replications().size();
    double[] total = new double[n];
    double[] perContact = new double[n];
    double[] fte = new double[n];
    for (int k = 0; k < n; k++) {
      ReplicationResult rep = phone.simulated().replications().get(k);
      Figures f = rep.total();
      assertEquals(HANDLE, f.get(Metric.MEAN_HANDLE_SECONDS), 1e-6, "constant handle time");
      double paid = onDutyHours / (1 - SHRINKAGE) + f.get(Metric.OVERTIME_HOURS);
      double callers = f.get(Metric.OFFERED) - f.get(Metric.RETRIES);
      double queueSeconds = f.get(Metric.MEAN_QUEUE_SECONDS) * (f.get(Metric.ANSWERED) + f.get(Metric.ABANDONED));
      double minutes = (callers * PhoneBaseline.IVR_SECONDS + f.get(Metric.HANDLED) * HANDLE + queueSeconds) / 60;
      total[k] = paid * WAGE + minutes * RATE;
      perContact[k] = total[k] / f.get(Metric.OFFERED);
      fte[k] = paid / 40 / (1 / 7.0);
    }
    assertEquals(MetricSummary.of(total).mean(), phone.get("costTotal").mean(), 1e-6);
    assertEquals(MetricSummary.of(perContact).mean(), phone.get("costPerContact").mean(), 1e-9);
    assertEquals(MetricSummary.of(fte).mean(), phone.get("agentsFte").mean(), 1e-9);
    assertEquals(phone.get("costLabour").mean() + phone.get("telecomCost").mean(), phone.get("costTotal").mean(), 1e-6);
    assertEquals(PhoneBaseline.KEYS, java.util.List.copyOf(phone.summary().keySet()));
  }

  /** The per-interval phone figures add up to the summary's; regions carry no agent cost. */
  @Test
  void intervalsAddUpToTheSummaryAndRegionsHaveNoAgentCost() {
    assertEquals(phone.scenario().calendar().intervals(), phone.byInterval().size());
    for (String key : new String[] {"offered", "handled", "abandoned", "paidHours", "overtimeHours",
        "telecomMinutes", "costLabour", "telecomCost", "costTotal"}) {
      double sum = phone.byInterval().stream().mapToDouble(m -> m.containsKey(key) ? m.get(key).mean() : 0).sum();
      assertEquals(phone.get(key).mean(), sum, 1e-9 * Math.max(1, phone.get(key).mean()), key);
    }
    var busy = phone.byInterval().stream().filter(m -> m.get("offered").mean() > 0).findFirst().orElseThrow();
    assertTrue(busy.containsKey("serviceLevel") && busy.containsKey("costPerContact") && !busy.containsKey("agentsFte"));
    double offered = phone.byRegion().values().stream().mapToDouble(m -> m.get("offered").mean()).sum();
    assertEquals(phone.get("offered").mean(), offered, 1e-9 * offered);
    for (var region : phone.byRegion().values()) {
      assertTrue(region.containsKey("telecomMinutes") && region.containsKey("asaSeconds"));
      assertTrue(!region.containsKey("paidHours") && !region.containsKey("costTotal"), "a region pays no agents");
    }
  }

  @Test
  void aScenarioWithoutPhoneSectionIsRefusedWithAHint() {
    Scenario noPhone = PlanningScenarios.profiled(100, 240, 240, 1, 1, 1, 1L);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneBaseline.phoneScenario(noPhone));
    assertTrue(e.getMessage().contains("phone"), e.getMessage());
  }

  @Test
  void chatFteIsPaidHoursOverFortyPerWeek() {
    var chatRun = org.chatplan.engine.run.Experiment.run(chat.withRun(new org.chatplan.engine.model.RunSettings(2, 5L)), 1);
    double paid = chatRun.get(Metric.PAID_HOURS).mean();
    assertEquals(paid / (40 / 7.0), PhoneBaseline.chatFte(chatRun).mean(), 1e-9);
  }
}
