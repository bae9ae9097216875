package org.chatplan.engine.centre;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.chatplan.engine.model.Translation;

/**
 * A scenario with every feature switched on, built in code: two regions in different zones, a bot,
 * skills and languages with a translation fallback, shifts, slowdown, retries, silent abandonment.
 */
public final class Rich {
  private Rich() {}

  static double[] hours(int peakHour) {
    double[] h = new double[24];
    for (int i = 0; i < 24; i++) {
      int d = Math.min(Math.abs(i - peakHour), 24 - Math.abs(i - peakHour));
      h[i] = Math.max(0.2, 10 - 2 * d);
    }
    return h;
  }

  public static Scenario scenario(int days, int reps, long seed) {
    double[] week = {15, 15, 15, 15, 14, 13, 13};
    Map<String, Double> usLang = new LinkedHashMap<>();
    usLang.put("en", 80.0);
    usLang.put("es", 20.0);
    Map<String, Double> asLang = new LinkedHashMap<>();
    asLang.put("en", 60.0);
    asLang.put("ja", 40.0);
    Region americas = new Region("americas", ZoneId.of("America/New_York"), 9000, week, hours(11), usLang,
        Map.of(), new DurationModel.Exponential(180), new Retry(0.3, new DurationModel.Exponential(600)), 0, 0.1, 120);
    Region apac = new Region("apac", ZoneId.of("Asia/Tokyo"), 6000, week, hours(14), asLang,
        Map.of(), new DurationModel.Exponential(240), new Retry(0.3, new DurationModel.Exponential(600)), 0.1, 0, 120);
    List<Topic> topics = List.of(
        new Topic("orders", 60, DurationModel.of("lognormal", 420, 0.8), 0.45),
        new Topic("technical", 40, DurationModel.of("gamma", 720, 0.9), 0.15));
    Set<DayOfWeek> all = EnumSet.allOf(DayOfWeek.class);
    Site bogota = new Site("bogota", ZoneId.of("America/Bogota"), 9, 0.15, 0.5, 0.25, 3,
        new Skills(Set.of("orders", "technical"), Set.of("en", "es")),
        List.of(new Shift(LocalTime.of(6, 0), 9 * 3600, all, 14), new Shift(LocalTime.of(13, 0), 9 * 3600, all, 14)), 0);
    Site manila = new Site("manila", ZoneId.of("Asia/Manila"), 7, 0.15, 0.5, 0.25, 3,
        new Skills(Set.of("orders"), Set.of("en", "ja")),
        List.of(new Shift(LocalTime.of(8, 0), 9 * 3600, all, 12), new Shift(LocalTime.of(14, 0), 9 * 3600, all, 8)), 0);
    Agents agents = new Agents(Concurrency.slowdown(2, 0.15, 3, 0.03), Routing.LEAST_BUSY,
        new Translation(120, 1.3, 0.10), List.of(bogota, manila));
    Bot bot = new Bot(true, DurationModel.of("lognormal", 90, 0.5), 0.10, 0.40, 0.72);
    return new Scenario("rich", "every feature", "USD", new Calendar(LocalDate.of(2027, 3, 8), days, 86400, 1800),
        new RunSettings(reps, seed), new Targets(0.8, 60, 0.05), new Demand(topics, List.of(americas, apac)),
        bot, agents, Satisfaction.defaults(), null);
  }
}
