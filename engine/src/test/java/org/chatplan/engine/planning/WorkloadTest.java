package org.chatplan.engine.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chatplan.engine.centre.ArrivalSchedule;
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
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Skills;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.model.Topic;
import org.junit.jupiter.api.Test;

/**
 * How demand is spread over intervals and sites: bot deflection and triage, the hand-off lag, and
 * the skills rule (a shared language goes to whoever is scheduled, a language only one site speaks
 * goes there whatever the hour).
 */
class WorkloadTest {
  private static final double BOT_SECONDS = 600;

  /** Day site A (en, es) 00:00-12:00 UTC, night site B (en only) 12:00-24:00, bot resolving 40%. */
  private static Scenario twoSites() {
    Map<String, Double> languages = new LinkedHashMap<>();
    languages.put("en", 60.0);
    languages.put("es", 40.0);
    Region flat = Region.flat("all", 7 * 4800, null);
    Region region = new Region("all", ZoneId.of("UTC"), flat.chatsPerWeek(), flat.dayOfWeek(), flat.hourOfDay(),
        languages, Map.of(), new DurationModel.Exponential(200), null, 0, 0, 120);
    Topic topic = new Topic("any", 1, new DurationModel.Exponential(400), 0.4);
    Bot bot = new Bot(true, new DurationModel.Constant(BOT_SECONDS), 0.1, 0.5, 0.7);
    Set<DayOfWeek> all = EnumSet.allOf(DayOfWeek.class);
    Site a = new Site("a", ZoneId.of("UTC"), 20, 0, 0, 0.3, 2, new Skills(Set.of(), Set.of("en", "es")),
        List.of(new Shift(LocalTime.of(0, 0), 12 * 3600, all, 10)), 0);
    Site b = new Site("b", ZoneId.of("UTC"), 20, 0, 0, 0.3, 2, new Skills(Set.of(), Set.of("en")),
        List.of(new Shift(LocalTime.of(12, 0), 12 * 3600, all, 10)), 0);
    return new Scenario("two sites", "", "USD", new Calendar(LocalDate.of(2027, 3, 1), 1, 3600, 1800),
        new RunSettings(1, 1), new Targets(0.8, 60, 0.05), new Demand(List.of(topic), List.of(region)), bot,
        new Agents(Concurrency.linear(2), Routing.LEAST_BUSY, null, List.of(a, b)), Satisfaction.defaults(), null);
  }

  @Test
  void deflectionLagAndConservation() {
    Scenario s = twoSites();
    Workload w = Workload.of(s);
    ArrivalSchedule arrivals = ArrivalSchedule.of(s.demand().regions().get(0), s.calendar());
    for (int i = 0; i < w.intervals; i++) {
      double from = 3600 + i * 1800 - BOT_SECONDS;
      double expected = arrivals.expectedArrivals(from, from + 1800) * 0.6;
      assertEquals(expected, w.handoffs[0][i] + w.handoffs[1][i], 1e-9, "interval " + i);
      for (int site = 0; site < 2; site++) {
        if (w.handoffs[site][i] > 0) {
          assertEquals(400 * 0.9, w.meanWorkSeconds(site, i), 1e-9);
          assertEquals(200, w.meanPatienceSeconds(site, i), 1e-9);
        }
      }
      assertEquals(1, w.regionShare[0][0][i] + w.regionShare[0][1][i], 1e-12);
    }
  }

  @Test
  void sharedLanguageFollowsTheShiftsAndASoleLanguageStaysHome() {
    Workload w = Workload.of(twoSites());
    int morning = 12; // 07:00 UTC (one-hour warm-up): only site a is scheduled
    assertEquals(0, w.handoffs[1][morning], 1e-12, "nobody at b, so b gets nothing");
    int evening = 36; // 19:00 UTC: only site b is scheduled
    double total = w.handoffs[0][evening] + w.handoffs[1][evening];
    assertEquals(0.4 * total, w.handoffs[0][evening], 1e-9, "Spanish only at a, even off shift");
    assertEquals(0.6 * total, w.handoffs[1][evening], 1e-9, "English where someone is scheduled");
    assertTrue(w.soleServer[0][morning] && w.soleServer[0][evening]);
    assertFalse(w.soleServer[1][evening]);
  }

  @Test
  void plannerKeepsOneAgentWhereOnlyOneSiteServes() {
    StaffingPlanner p = new StaffingPlanner(twoSites());
    int[][] start = p.analyticStart();
    assertEquals(2, start.length);
    for (int i = 0; i < start[0].length; i++) {
      assertTrue(start[0][i] >= 1, "site a serves Spanish alone, interval " + i);
    }
    assertArrayEquals(new int[] {2, 1, 0}, StaffingPlanner.shareOut(3, new double[] {0.5, 0.4, 0.1}, new int[3]));
    assertArrayEquals(new int[] {3, 0, 1}, StaffingPlanner.shareOut(3, new double[] {0.9, 0.1, 0}, new int[] {0, 0, 1}));
  }
}
