package org.chatplan.engine.analysis;

import java.time.LocalDate;
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
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.model.Topic;

/**
 * The Call Centre Helper textbook case built in code: 100 chats per 30 minutes (200 an hour, flat
 * around the clock), 3-minute exponential handle time, one around-the-clock site, concurrency 1,
 * no bot, one reported day after a 2-hour warm-up (short, so the tests stay fast).
 */
final class Fixtures {
  private Fixtures() {}

  static final double PER_WEEK = 200.0 * 24 * 7;

  /** {@code agents} agents; {@code patienceSeconds} <= 0 means nobody abandons. */
  static Scenario textbook(int agents, double patienceSeconds, int replications, long seed) {
    DurationModel patience = patienceSeconds > 0 ? new DurationModel.Exponential(patienceSeconds) : null;
    Region region = Region.flat("all", PER_WEEK, patience);
    Topic topic = new Topic("any", 1, new DurationModel.Exponential(180), 0);
    Agents a = new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, null,
        List.of(Site.aroundTheClock("team", agents, 1, 20)));
    return new Scenario("textbook " + agents, "", "USD", new Calendar(LocalDate.of(2027, 3, 1), 1, 7200, 1800),
        new RunSettings(replications, seed), new Targets(0.8, 20, 0.05), new Demand(List.of(topic), List.of(region)),
        Bot.none(), a, Satisfaction.defaults(), null);
  }

  /** The same scenario with another number of agents (nothing else changes). */
  static Scenario withAgents(Scenario s, int agents) {
    Agents a = s.agents();
    Site site = a.sites().get(0);
    return s.withAgents(new Agents(a.concurrency(), a.routing(), a.translation(),
        List.of(Site.aroundTheClock(site.name(), agents, site.maxConcurrency(), site.hourlyCost()))));
  }
}
