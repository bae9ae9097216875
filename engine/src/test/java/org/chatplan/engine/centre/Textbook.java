package org.chatplan.engine.centre;

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

/** Scenarios built in code for the analytic tests: one flat region, one around-the-clock site. */
public final class Textbook {
  private Textbook() {}

  /**
   * M/M/N+M with arrivals per minute, mean handle and patience in seconds (patience <= 0: none),
   * {@code days} reported days after a one-day warm-up.
   */
  public static Scenario queue(double perMinute, double handleSeconds, double patienceSeconds, int agents,
      int concurrency, double[] throughput, Routing routing, int days, int reps, long seed) {
    DurationModel patience = patienceSeconds > 0 ? new DurationModel.Exponential(patienceSeconds) : null;
    Region region = Region.flat("all", perMinute * 60 * 24 * 7, patience);
    Topic topic = new Topic("any", 1, new DurationModel.Exponential(handleSeconds), 0);
    Concurrency c = throughput == null ? Concurrency.linear(concurrency)
        : new Concurrency(concurrency, throughput, 0);
    Agents a = new Agents(c, routing, null, List.of(Site.aroundTheClock("team", agents, concurrency, 20)));
    return new Scenario("textbook", "", "USD", new Calendar(LocalDate.of(2027, 3, 1), days, 86400, 1800),
        new RunSettings(reps, seed), new Targets(0.8, 20, 0.05), new Demand(List.of(topic), List.of(region)),
        Bot.none(), a, Satisfaction.defaults(), null);
  }

  public static Scenario queue(double perMinute, double handleSeconds, double patienceSeconds, int agents,
      int days, int reps, long seed) {
    return queue(perMinute, handleSeconds, patienceSeconds, agents, 1, null, Routing.LEAST_BUSY, days, reps, seed);
  }
}
