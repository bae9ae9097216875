package org.chatplan.charts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Concurrency;
import org.chatplan.engine.model.Demand;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Retry;
import org.chatplan.engine.model.Routing;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.run.Experiment;
import org.chatplan.engine.run.ExperimentResult;

/**
 * A small but complete scenario built in code (the idea of the engine's Textbook fixture): two
 * regions in different zones with a daily profile, a bot, two sites on shifts with different
 * concurrency, patience and retries; 1 day warm-up, 2 reported days, 30-minute intervals. Its name,
 * description and one site name carry HTML special characters so escaping is tested end to end.
 */
public final class Fixtures {
  public static final String NAME = "Follow-the-sun <b>test</b> & \"friends\"";
  public static final String DESCRIPTION = "Two regions, two sites. <script>alert('x')</script>";
  public static final String ODD_SITE = "lisbon&porto";

  /** The scenario's YAML as a planner might have written it, with characters that need escaping. */
  public static final String YAML = "name: \"" + NAME.replace("\"", "\\\"") + "\"\n"
      + "description: \"" + DESCRIPTION + "\"\n"
      + "calendar: { start: 2027-03-01, days: 2, warmup: 1d, interval: 30m }\n"
      + "# a comment with <tags> & 'quotes'\n";

  private static final double[] BUSINESS_HOURS =
      {1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 8, 7, 7, 7, 6, 6, 5, 4, 3, 2, 2, 1, 1};

  private Fixtures() {}

  /** The scenario with {@code eveningAgents} on the Lisbon evening shift and {@code reps} replications. */
  public static Scenario scenario(int eveningAgents, int reps) {
    List<Topic> topics = List.of(
        new Topic("orders", 60, new DurationModel.LogNormal(420, 0.8), 0.40),
        new Topic("billing", 40, new DurationModel.LogNormal(540, 0.7), 0.25));
    Map<String, Double> bilingual = new LinkedHashMap<>();
    bilingual.put("en", 0.8);
    bilingual.put("es", 0.2);
    List<Region> regions = List.of(
        region("americas", "America/New_York", 9000, bilingual),
        region("emea", "Europe/Berlin", 7000, Map.of("en", 1.0)));
    EnumSet<DayOfWeek> all = EnumSet.allOf(DayOfWeek.class);
    List<Site> sites = List.of(
        new Site("manila", ZoneId.of("Asia/Manila"), 8.5, 0.15, 0.5, 0.3, 3, Skills.all(),
            List.of(new Shift(LocalTime.of(8, 0), 9 * 3600, all, 4), new Shift(LocalTime.of(17, 0), 9 * 3600, all, 3)), 0),
        new Site(ODD_SITE, ZoneId.of("Europe/Lisbon"), 20, 0, 0.5, 0.3, 2, Skills.all(),
            List.of(new Shift(LocalTime.of(8, 0), 9 * 3600, all, 5),
                new Shift(LocalTime.of(15, 0), 9 * 3600, all, eveningAgents)), 0));
    Agents agents = new Agents(Concurrency.slowdown(2, 0.15, 3, 0.03), Routing.LEAST_BUSY, null, sites);
    Bot bot = new Bot(true, new DurationModel.LogNormal(90, 0.5), 0.10, 0.40, 0.72);
    return new Scenario(NAME, DESCRIPTION, "USD", new Calendar(LocalDate.of(2027, 3, 1), 2, 86400, 1800),
        new RunSettings(reps, 20270301), new Targets(0.8, 60, 0.05), new Demand(topics, regions), bot, agents,
        Satisfaction.defaults(), null);
  }

  private static Region region(String name, String zone, double perWeek, Map<String, Double> languages) {
    double[] days = {1, 1, 1, 1, 1, 1, 1};
    return new Region(name, ZoneId.of(zone), perWeek, days, BUSINESS_HOURS, languages, Map.of(),
        new DurationModel.Exponential(180), new Retry(0.3, new DurationModel.Exponential(600)), 0, 0, 120);
  }

  /** The standard run (3 replications), computed once per test JVM. */
  public static ExperimentResult result() {
    return Standard.RESULT;
  }

  /** Runs the scenario with another evening staffing and 2 replications (for sweeps and comparisons). */
  public static ExperimentResult variant(int eveningAgents) {
    return Experiment.run(scenario(eveningAgents, 2), 2);
  }

  private static final class Standard {
    static final ExperimentResult RESULT = Experiment.run(scenario(4, 3), 2);
  }
}
