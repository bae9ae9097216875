package org.chatplan.engine.planning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Demand;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Phone;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.model.Topic;

/** Small scenarios built in code for the planning tests. */
final class PlanningScenarios {
  /** A day with a morning ramp, a midday peak and a quiet night (24 hourly weights). */
  static final double[] DAY = {1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 8, 7, 7, 7, 6, 6, 5, 4, 3, 2, 2, 1, 1};

  private PlanningScenarios() {}

  /**
   * Textbook-like M/M/N+M with a daily profile: one UTC region, exponential handle time and
   * patience, one around-the-clock site, concurrency {@code c} (linear throughput), no bot.
   */
  static Scenario profiled(double chatsPerDay, double handleSeconds, double patienceSeconds, int c, int days,
      int reps, long seed) {
    double[] week = new double[7];
    Arrays.fill(week, 1);
    Region region = new Region("all", ZoneId.of("UTC"), chatsPerDay * 7, week, DAY, Map.of("en", 1.0), Map.of(),
        new DurationModel.Exponential(patienceSeconds), null, 0, 0, 120);
    Topic topic = new Topic("any", 1, new DurationModel.Exponential(handleSeconds), 0);
    Agents agents = new Agents(Concurrency.linear(c), Routing.LEAST_BUSY, null,
        List.of(Site.aroundTheClock("team", 10, c, 20)));
    return new Scenario("profiled", "", "USD", new Calendar(LocalDate.of(2027, 3, 1), days, 4 * 3600, 1800),
        new RunSettings(reps, seed), new Targets(0.8, 20, 0.05), new Demand(List.of(topic), List.of(region)),
        Bot.none(), agents, Satisfaction.defaults(), null);
  }

  /**
   * {@link #profiled} with a {@code share} of its chats in French, which its one site does not
   * speak (English only, no translation): chats no site can serve.
   */
  static Scenario withUnservedFrench(Scenario s, double share) {
    Region r = s.demand().regions().get(0);
    Region mixed = new Region(r.name(), r.zone(), r.chatsPerWeek(), r.dayOfWeek(), r.hourOfDay(),
        Map.of("en", 1 - share, "fr", share), r.topicMix(), r.patience(), r.retry(), r.forecastErrorCv(),
        r.silentAbandon(), r.silentAbandonDetectSeconds());
    Site site = s.agents().sites().get(0);
    Site englishOnly = new Site(site.name(), site.zone(), site.hourlyCost(), site.nightPremium(),
        site.overtimePremium(), site.shrinkage(), site.maxConcurrency(),
        new Skills(site.skills().topics(), java.util.Set.of("en")), site.shifts(), site.agentsAroundClock());
    Agents agents = new Agents(s.agents().concurrency(), s.agents().routing(), null, List.of(englishOnly));
    return new Scenario(s.name(), s.description(), s.currency(), s.calendar(), s.run(), s.targets(),
        new Demand(s.demand().topics(), List.of(mixed)), s.bot(), agents, s.satisfaction(), s.phone());
  }

  /** {@link #profiled} with a phone section: constant phone handle time, so costs can be redone by hand. */
  static Scenario withPhone(Scenario s, DurationModel phoneHandle, double ivrResolves, double hourlyCost,
      double telecomPerMinute, double shrinkage) {
    Phone phone = new Phone(phoneHandle, ivrResolves, new DurationModel.Exponential(180), hourlyCost,
        telecomPerMinute, shrinkage, 0.8, 20);
    return new Scenario(s.name(), s.description(), s.currency(), s.calendar(), s.run(), s.targets(), s.demand(),
        s.bot(), s.agents(), s.satisfaction(), phone);
  }
}
