package org.chatplan.scenarios;

import static org.chatplan.scenarios.Fixtures.load;
import static org.chatplan.scenarios.Fixtures.warning;
import static org.chatplan.scenarios.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Scenarios that load, with something a planner should look at. */
class WarningsTest {

  private static final String SITE_HEAD = "hourlyCost: 20\n";
  private static final String SHIFT = "{ start: \"00:00\", length: 24h, days: ALL, agents: 6 }";

  private static LoadResult loads(String text) {
    LoadResult r = load(text);
    assertTrue(r.ok(), r::report);
    return r;
  }

  @Test void minimalHasNoProblems() {
    Fixtures.clean(load(Fixtures.MINIMAL));
  }

  @Test void topicSharesNotSummingTo100AreNormalised() {
    LoadResult r = loads(with("share: 40", "share: 30"));
    warning(r, "demand.topics", "topic shares add up to 90, not 100; they are normalised");
    assertEquals(60.0 / 90, r.scenario().demand().topics().get(0).share(), 1e-12);
  }

  @Test void languageSharesNotSummingTo100AreNormalised() {
    LoadResult r = loads(with("{ en: 80, es: 20 }", "{ en: 80, es: 40 }"));
    warning(r, "demand.regions[0].languages", "language shares add up to 120, not 100");
    assertEquals(80.0 / 120, r.scenario().demand().regions().get(0).languages().get("en"), 1e-12);
  }

  /** A fixed offset loads (no daylight saving) with a warning; UTC and IANA ids load quietly. */
  @Test void fixedOffsetZoneLoadsWithAWarning() {
    LoadResult r = loads(with("America/New_York", "GMT+5"));
    warning(r, "demand.regions[0].zone", "\"GMT+5\" is a fixed offset, not an IANA zone id");
    Fixtures.clean(load(with("America/New_York", "Etc/GMT+5")));
    Fixtures.clean(load(with("America/New_York", "UTC")));
  }

  @Test void aDayListedTwiceIsFlagged() {
    LoadResult r = loads(with("days: ALL", "days: [MON, TUE, MON]"));
    warning(r, "agents.sites[0].shifts[0].days[2]", "MON repeats a day already listed");
  }

  @Test void aSkillListedTwiceIsFlagged() {
    LoadResult r = loads(with(SITE_HEAD, SITE_HEAD + "      skills: { languages: [en, es, en] }\n"));
    warning(r, "agents.sites[0].skills.languages[2]", "`en` is listed twice (also agents.sites[0].skills.languages[0])");
  }

  @Test void languageNoSiteServesStrandsItsShare() {
    LoadResult r = loads(with(SITE_HEAD, SITE_HEAD + "      skills: { languages: [en] }\n"));
    Problem p = warning(r, "demand.regions[0].languages.es",
        "20.0% of chats (americas/es) cannot be served by any site; add the language to a staffed site's skills");
    assertTrue(p.line() > 0);
  }

  /** A share too small for two decimals is still said to be there, not "0.00%". */
  @Test void aTinyStrandedShareIsNotPrintedAsZero() {
    String text = with(SITE_HEAD, SITE_HEAD + "      skills: { languages: [en] }\n")
        .replace("languages: { en: 80, es: 20 }", "languages: { en: 99.99, es: 0.001 }");
    warning(loads(text), "demand.regions[0].languages.es",
        "under 0.01% of chats (americas/es) cannot be served by any site");
  }

  @Test void topicNoSiteServesInOneLanguage() {
    String text = with(SITE_HEAD, SITE_HEAD + "      skills: { topics: [orders] }\n");
    warning(loads(text), "demand.regions[0].languages.en", "32.0% of chats (americas/en: billing) cannot be served by any site");
  }

  @Test void translationOnlyLanguageIsReported() {
    String text = with(SITE_HEAD, SITE_HEAD + "      skills: { languages: [en] }\n")
        .replace("  sites:", "  translation: { after: 2m }\n  sites:");
    warning(loads(text), "demand.regions[0].languages.es",
        "20.0% of chats (americas/es) reach an agent only through translation, after waiting 2m");
  }

  @Test void skillLanguageNoRegionHas() {
    warning(loads(with(SITE_HEAD, SITE_HEAD + "      skills: { languages: [en, es, ez] }\n")),
        "agents.sites[0].skills.languages[2]", "no region has language `ez`; did you mean `en`?");
  }

  @Test void overnightGapWithDemand() {
    String text = with("America/New_York", "UTC").replace(SHIFT, "{ start: \"08:00\", length: 9h, days: ALL, agents: 6 }");
    warning(loads(text), "agents.sites",
        "no agent on shift 17:00-08:00 UTC overnight every night while 62.5% of weekly demand arrives");
  }

  @Test void weekendGapWithDemand() {
    String text = with("America/New_York", "UTC").replace(SHIFT, "{ start: \"00:00\", length: 24h, days: WEEKDAYS, agents: 6 }");
    warning(loads(text), "agents.sites", "no agent on shift SAT 00:00-MON 00:00 UTC while 28.6% of weekly demand arrives");
  }

  @Test void gapIsComputedInEachZone() {
    // region and site both in New York local time: a 07:00-23:00 local shift leaves 23:00-07:00 local,
    // which is 04:00-12:00 UTC in March (EST, UTC-5)
    String text = with("zone: UTC", "zone: America/New_York")
        .replace(SHIFT, "{ start: \"07:00\", length: 16h, days: ALL, agents: 6 }");
    warning(loads(text), "agents.sites", "no agent on shift 04:00-12:00 UTC every day while 33.3% of weekly demand arrives");
  }

  @Test void occupancyLikelyAbove95Percent() {
    LoadResult r = loads(with("chatsPerWeek: 1000", "chatsPerWeek: 20000"));
    warning(r, "agents.sites", "agent occupancy is likely above 95% all week",
        "more work arrives than the agents on shift can do");
  }

  /**
   * Agents holding 4 chats deliver 0.6 of one chat's work: fine while they hold one or two, but a
   * queue that forms fills them up and does not clear. Sized with the best throughput (1.8) the
   * hours look 60% occupied; at 6 x 0.6 = 3.6 erlangs against about 6.2 of work they are overloaded.
   */
  @Test void fallingThroughputOverloadsOnceAgentsAreFull() {
    String falling = with("agents:\n", "agents:\n  concurrency: { throughput: [1, 1.5, 1.8, 0.6] }\n")
        .replace("hourlyCost: 20\n", "hourlyCost: 20\n      maxConcurrency: 4\n")
        .replace("chatsPerWeek: 1000", "chatsPerWeek: 8000");
    warning(loads(falling), "agents.sites", "agent occupancy is likely above 95% all week",
        "more work arrives than the agents on shift can do once they hold maxConcurrency chats",
        "lower maxConcurrency to where throughput peaks");
    LoadResult rising = loads(falling.replace("0.6]", "2.0]"));
    assertTrue(rising.report().lines().noneMatch(l -> l.contains("occupancy")), rising.report());
  }

  @Test void concurrencyAboveFour() {
    LoadResult r = loads(with(SITE_HEAD, SITE_HEAD + "      maxConcurrency: 5\n"));
    warning(r, "agents.sites[0].maxConcurrency", "5 chats at once per agent is above 4");
  }

  @Test void erlangCvThatIsNotOneOverRootK() {
    LoadResult r = loads(with("{ mean: 9m }", "{ mean: 9m, cv: 0.6, distribution: erlang }"));
    warning(r, "demand.topics[1].handleTime.cv", "erlang needs cv = 1/sqrt(k)", "so k = 3 (cv 0.577) is used");
    assertEquals(1 / Math.sqrt(3), r.scenario().demand().topics().get(1).handleTime().cv(), 1e-12);
  }

  @Test void erlangCvThatIsOneOverRootKIsQuiet() {
    Fixtures.clean(load(with("{ mean: 9m }", "{ mean: 9m, cv: 0.5, distribution: erlang }")));
  }

  @Test void throughputCurveThatDoesNotStartAtOne() {
    LoadResult r = loads(with("agents:\n  sites:", "agents:\n  concurrency: { throughput: [1.2, 1.8] }\n  sites:"));
    warning(r, "agents.concurrency.throughput[0]", "throughput(1) is 1.2");
  }

  @Test void shrinkageOnAnAroundTheClockSiteIsIgnored() {
    String text = with("      shifts:\n        - " + SHIFT + "\n", "      agents: 6\n      shrinkagePercent: 20\n");
    LoadResult r = loads(text);
    warning(r, "agents.sites[0].shrinkagePercent", "ignored");
    assertEquals(0.0, r.scenario().agents().sites().get(0).shrinkage());
  }

  @Test void satisfactionFloorAboveImmediate() {
    warning(loads(Fixtures.MINIMAL + "satisfaction: { immediate: 50, floor: 60 }\n"), "satisfaction.floor",
        "floor 60 is above immediate 50");
  }

  @Test void warningsComeAfterErrorsAndDoNotBlock() {
    LoadResult r = load(with("share: 40", "share: 30").replace("chatsPerWeek: 1000", "chatsPerWeek: 0"));
    assertTrue(!r.ok());
    assertTrue(r.problems().get(0).isError());
    assertTrue(r.problems().get(r.problems().size() - 1).severity() == Problem.Severity.WARNING, r::report);
  }
}
