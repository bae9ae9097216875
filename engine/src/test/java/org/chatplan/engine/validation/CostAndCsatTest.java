package org.chatplan.engine.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Demand;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.Metric;
import org.chatplan.engine.run.ReplicationResult;
import org.junit.jupiter.api.Test;

/**
 * Cost and CSAT recomputed by hand on small deterministic cases: constant handle time, far more
 * agents than work (so nobody waits), a UTC site around the clock with a night premium.
 */
class CostAndCsatTest {
  private static final int AGENTS = 12;
  private static final double WAGE = 15;
  private static final double NIGHT = 0.2;

  private static Scenario scenario(Bot bot) {
    Region region = Region.flat("all", 0.5 * 60 * 24 * 7, new DurationModel.Exponential(120));
    Topic topic = new Topic("any", 1, new DurationModel.Constant(300), 0.5);
    Site site = new Site("utc", ZoneId.of("UTC"), WAGE, NIGHT, 0.5, 0, 1, Skills.all(), List.of(), AGENTS);
    Agents agents = new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, null, List.of(site));
    return new Scenario("hand", "", "USD", new Calendar(LocalDate.of(2027, 1, 4), 3, 86400, 3600),
        new RunSettings(3, 1), new Targets(0.8, 20, 0.05), new Demand(List.of(topic), List.of(region)),
        bot, agents, new Satisfaction(0.9, 0.35, 240, 0.6, 0.1), null);
  }

  @Test
  void labourCostIsPaidHoursTimesWageWithNightPremium() {
    ExperimentResult r = Experiment.run(scenario(Bot.none()), 1);
    double paidHours = AGENTS * 24.0 * 3;
    // 22:00-06:00 UTC is 8 of 24 hours.
    double labour = paidHours * WAGE * (1 + NIGHT * 8 / 24);
    for (ReplicationResult rep : r.replications()) {
      Figures f = rep.total();
      assertEquals(paidHours, f.get(Metric.PAID_HOURS), 1e-9);
      assertEquals(0, f.get(Metric.OVERTIME_HOURS), 0);
      assertEquals(labour, f.get(Metric.COST_LABOUR), 1e-6);
      assertEquals(labour, f.get(Metric.COST_TOTAL), 1e-6);
      assertEquals(labour / f.get(Metric.OFFERED), f.get(Metric.COST_PER_CONTACT), 1e-9);
      assertEquals(labour / f.get(Metric.HANDLED), f.get(Metric.COST_PER_RESOLVED), 1e-9);
      // Nobody waits: every answered chat scores `immediate`.
      assertEquals(0, f.get(Metric.ASA_SECONDS), 0);
      assertEquals(0.9, f.get(Metric.CSAT), 1e-12);
      assertEquals(300, f.get(Metric.MEAN_HANDLE_SECONDS), 1e-9);
      // Occupancy = busy slot time / available slot time = offered load / agents.
      assertEquals(0.5 * 5 / AGENTS, f.get(Metric.OCCUPANCY), 0.02);
    }
  }

  @Test
  void botCostAndAllContactsCsat() {
    Bot bot = new Bot(true, new DurationModel.Constant(60), 0.2, 0.4, 0.72);
    ExperimentResult r = Experiment.run(scenario(bot), 1);
    for (ReplicationResult rep : r.replications()) {
      Figures f = rep.total();
      double conversations = f.get(Metric.OFFERED); // no abandonment, so no retries: all first contacts
      assertEquals(0.4 * conversations, f.get(Metric.COST_BOT), 1e-9);
      double answered = f.get(Metric.ANSWERED);
      double bots = f.get(Metric.BOT_RESOLVED);
      assertEquals((0.9 * answered + 0.72 * bots) / (answered + bots), f.get(Metric.CSAT_ALL_CONTACTS), 1e-12);
      // Triage saves 20% of the 300 s handle time.
      assertEquals(240, f.get(Metric.MEAN_HANDLE_SECONDS), 1e-9);
    }
  }

  @Test
  void waitingLowersCsatAlongTheCurve() {
    Satisfaction s = new Satisfaction(0.9, 0.35, 240, 0.6, 0);
    assertEquals(0.9, s.afterWait(0), 1e-15);
    assertEquals(0.35 + 0.55 * Math.exp(-1), s.afterWait(240), 1e-15);
  }

  /**
   * Five agents on a 00:00-22:00 UTC shift, every one busy all day with 3.5-hour chats: each starts
   * its seventh chat before 22:00 and is still in it when the day ends, so each works 2 hours of
   * overtime (22:00-24:00, all of it at night) that must be paid although nobody has logged off.
   */
  @Test
  void overtimeStillRunningAtTheEndIsPaidWithTheNightPremium() {
    double overtimePremium = 0.5;
    Region region = Region.flat("all", 60 * 24 * 7, new DurationModel.Exponential(86400));
    Topic topic = new Topic("long", 1, new DurationModel.Constant(3.5 * 3600), 0);
    Site site = new Site("utc", ZoneId.of("UTC"), WAGE, NIGHT, overtimePremium, 0, 1, Skills.all(),
        List.of(new org.chatplan.engine.model.Shift(java.time.LocalTime.MIDNIGHT, 22 * 3600,
            java.util.EnumSet.allOf(java.time.DayOfWeek.class), 5)), 0);
    Agents agents = new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, null, List.of(site));
    Scenario s = new Scenario("overtime", "", "USD", new Calendar(LocalDate.of(2027, 1, 4), 1, 0, 3600),
        new RunSettings(2, 1), new Targets(0.8, 20, 0.05), new Demand(List.of(topic), List.of(region)),
        Bot.none(), agents, new Satisfaction(0.9, 0.35, 240, 0.6, 0.1), null);
    // scheduled 5 x 22 h, 6 of them at night (00:00-06:00); overtime 5 x 2 h, all at night
    double labour = WAGE * (5 * 22 + NIGHT * 5 * 6 + 10 * (1 + overtimePremium) + NIGHT * 10);
    for (ReplicationResult rep : org.chatplan.engine.centre.Whole.run(s, 1).replications()) {
      assertEquals(10, rep.total().get(Metric.OVERTIME_HOURS), 1e-9);
      assertEquals(120, rep.total().get(Metric.PAID_HOURS), 1e-9);
      assertEquals(labour, rep.total().get(Metric.COST_LABOUR), 1e-6);
      for (int i = 0; i < 24; i++) {
        Figures row = rep.byInterval().get(i);
        assertEquals(i < 22 ? 0 : 5, row.get(Metric.OVERTIME_HOURS), 1e-9, "overtime in hour " + i);
        assertEquals(5, row.get(Metric.PAID_HOURS), 1e-9, "paid hours in hour " + i);
      }
    }
  }
}
