package org.chatplan.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.chatplan.engine.erlang.ErlangA;
import org.chatplan.engine.erlang.ErlangAResult;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled scenarios: they load cleanly, are described, and have the sizes their text claims. */
class LibraryTest {

  static List<String> names() {
    return ScenarioLibrary.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void loadsWithoutErrors(String name) {
    LoadResult r = ScenarioLoader.resolve(name);
    assertTrue(r.ok(), r::report);
    if (!name.equals("black-friday")) {
      assertTrue(r.problems().isEmpty(), r::report);
    }
    assertFalse(ScenarioLibrary.description(name).isBlank());
    assertEquals(r.scenario().description(), ScenarioLibrary.description(name));
    assertTrue(ScenarioLibrary.text(name).contains("name:"));
  }

  @Test void defaultIsFollowTheSunAndListedFirst() {
    assertEquals("follow-the-sun", ScenarioLibrary.defaultName());
    assertEquals("follow-the-sun", ScenarioLibrary.names().get(0));
    assertEquals(List.of("follow-the-sun", "centralized", "textbook-erlang-a", "chat-concurrency-lab", "black-friday"),
        ScenarioLibrary.names());
  }

  @Test void unknownNameListsTheBundledOnes() {
    LoadResult r = ScenarioLoader.resolve("folow-the-sun");
    Problem p = r.errors().get(0);
    assertTrue(p.message().contains("no bundled scenario is called \"folow-the-sun\"; did you mean `follow-the-sun`?"),
        p.message());
    assertTrue(p.message().contains("follow-the-sun, centralized, textbook-erlang-a, chat-concurrency-lab, black-friday"));
    assertThrows(IllegalArgumentException.class, () -> ScenarioLibrary.text("nope"));
  }

  @Test void followTheSunIsSizedAsDocumented() {
    Scenario s = ScenarioLoader.resolve("follow-the-sun").scenario();
    assertEquals(30_000, weekly(s));
    assertEquals(3, s.demand().regions().size());
    assertEquals(List.of("America/New_York", "Europe/Berlin", "Asia/Singapore"),
        s.demand().regions().stream().map(r -> r.zone().getId()).toList());
    assertEquals(List.of(18, 16, 12), s.agents().sites().stream().map(LibraryTest::agentsPerDay).toList());
    assertTrue(s.bot().enabled());
    assertEquals(7, s.calendar().days());
    assertEquals(86400, s.calendar().warmupSeconds());
    assertEquals(1800, s.calendar().intervalSeconds());
    assertEquals(10, s.run().replications());
    assertTrue(s.phone() != null && s.phone().hourlyCost() > s.agents().sites().get(0).hourlyCost());
  }

  @Test void centralizedHasTheSameDemandFromOneSite() {
    Scenario sun = ScenarioLoader.resolve("follow-the-sun").scenario();
    Scenario hub = ScenarioLoader.resolve("centralized").scenario();
    assertEquals(sun.demand(), hub.demand());
    assertEquals(1, hub.agents().sites().size());
    assertTrue(hub.agents().sites().get(0).nightPremium() > 0);
    assertEquals(43, agentsPerDay(hub.agents().sites().get(0)));
  }

  @Test void textbookIsErlangA() {
    Scenario s = ScenarioLoader.resolve("textbook-erlang-a").scenario();
    assertEquals(1, s.agents().sites().size());
    assertEquals(10, s.agents().sites().get(0).agentsAroundClock());
    assertEquals("exponential", s.demand().topics().get(0).handleTime().family());
    assertEquals("exponential", s.demand().regions().get(0).patience().family());
    assertFalse(s.bot().enabled());
    assertTrue(ScenarioLibrary.description("textbook-erlang-a").contains("85.8%"));
  }

  /** The figures quoted in the textbook description are ErlangA's, to the digits quoted. */
  @Test void textbookDescriptionQuotesErlangA() {
    ErlangAResult a = ErlangA.of(10, 100 / 3600.0, 300, 180, 60);
    String d = ScenarioLibrary.description("textbook-erlang-a");
    for (String figure : List.of(
        String.format(Locale.ROOT, "P(wait) %.1f%%", 100 * a.probWait()),
        String.format(Locale.ROOT, "abandonment %.2f%%", 100 * a.abandonRate()),
        String.format(Locale.ROOT, "ASA %.1f s", a.asaSeconds()),
        String.format(Locale.ROOT, "mean queue time %.1f s", a.meanQueueSeconds()),
        String.format(Locale.ROOT, "level %.1f%% answered within 60 s", 100 * a.serviceLevel()),
        String.format(Locale.ROOT, "occupancy %.1f%%", 100 * a.occupancy()))) {
      assertTrue(d.contains(figure), () -> "description lacks \"" + figure + "\": " + d);
    }
  }

  @Test void blackFridayHasForecastErrorAndMoreDemandAndWarnsAboutFriday() {
    LoadResult r = ScenarioLoader.resolve("black-friday");
    assertTrue(r.warnings().stream().allMatch(p -> p.message().contains("FRI")), r::report);
    assertFalse(r.warnings().isEmpty());
    Scenario s = r.scenario();
    assertEquals(40_000, weekly(s));
    assertTrue(s.demand().regions().stream().allMatch(region -> region.forecastErrorCv() > 0));
  }

  private static double weekly(Scenario s) {
    return s.demand().regions().stream().mapToDouble(Region::chatsPerWeek).sum();
  }

  private static int agentsPerDay(Site site) {
    return site.shifts().stream().mapToInt(Shift::agents).sum();
  }
}
