package org.chatplan.scenarios;

import static org.chatplan.scenarios.Fixtures.assertAt;
import static org.chatplan.scenarios.Fixtures.error;
import static org.chatplan.scenarios.Fixtures.load;
import static org.chatplan.scenarios.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values of the right type but wrong: ranges, durations, times, zones, days, distributions. */
class ValueErrorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"-5", "0", "-0.5"})
  void negativeOrZeroRate(String value) {
    String text = with("chatsPerWeek: 1000", "chatsPerWeek: " + value);
    Problem p = error(load(text), "demand.regions[0].chatsPerWeek", "is too small; chatsPerWeek must be greater than 0");
    int[] key = Fixtures.position(text, "chatsPerWeek: ");
    assertEquals(key[0], p.line());
    assertEquals(key[1] + "chatsPerWeek: ".length(), p.column());
  }

  @Test void absurdlyLargeRate() {
    error(load(with("chatsPerWeek: 1000", "chatsPerWeek: 1e308")), "demand.regions[0].chatsPerWeek",
        "is too large; chatsPerWeek must be at most 10000000");
  }

  /** Each region has random streams of its own, and there are 1024 of them. */
  @Test void moreRegionsThanStreams() {
    String region = "- name: americas\n      zone: America/New_York\n      chatsPerWeek: 1000\n"
        + "      languages: { en: 80, es: 20 }\n";
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 1025; i++) {
      many.append(i == 0 ? "" : "    ").append(region.replace("americas", "r" + i).replace("1000", "10"));
    }
    String text = with(region, many.toString());
    error(load(text), "demand.regions", "1025 regions; at most 1024 are supported");
    Fixtures.clean(load(with(region, many.substring(0, many.indexOf("    - name: r70")))));
  }

  @Test void infiniteNumber() {
    error(load(with("chatsPerWeek: 1000", "chatsPerWeek: 1e999")), "demand.regions[0].chatsPerWeek",
        "is too large; write a finite number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"120", "-1", "100.5"})
  void percentOutside0To100(String value) {
    error(load(with("share: 60", "share: " + value)), "demand.topics[0].share",
        value + " is outside 0..100; a percent is a number from 0 to 100, e.g. 45");
  }

  @Test void durationWithoutUnit() {
    String text = with("within: 60s", "within: 60");
    Problem p = error(load(text), "targets.serviceLevel.within", "60 has no unit; write 60s (seconds), or 60m (minutes) or 60h (hours)");
    assertAt(p, text, "60 }");
  }

  @Test void durationWithSpelledUnit() {
    error(load(with("within: 60s", "within: 60sec")), "targets.serviceLevel.within",
        "\"60sec\" has unit \"sec\"; did you mean \"60s\"?");
  }

  @Test void notADuration() {
    error(load(with("within: 60s", "within: soon")), "targets.serviceLevel.within",
        "\"soon\" is not a duration; write a number with a unit s, m, h or d");
  }

  @Test void shiftStartThatIsNotATimeOfDay() {
    String text = with("start: \"00:00\"", "start: \"25:00\"");
    Problem p = error(load(text), "agents.sites[0].shifts[0].start");
    assertAt(p, text, "\"25:00\"");
    assertEquals("my.yaml:" + p.line() + ":" + p.column() + ": error: agents.sites[0].shifts[0].start: \"25:00\" is not"
        + " a time of day; write \"HH:MM\", e.g. \"08:00\"", p.format());
  }

  @Test void shiftStartAsANumber() {
    error(load(with("start: \"00:00\"", "start: 8")), "agents.sites[0].shifts[0].start",
        "8 is not a time of day; write \"HH:MM\", e.g. \"08:00\" (in quotes)");
  }

  @Test void shiftLongerThanADay() {
    error(load(with("length: 24h", "length: 25h")), "agents.sites[0].shifts[0].length",
        "25h is longer than a day; a shift is at most 24h (split it into two shifts)");
  }

  @Test void shiftOfZeroLength() {
    error(load(with("length: 24h", "length: 0h")), "agents.sites[0].shifts[0].length", "is zero");
  }

  @Test void unknownZoneSuggestsTheClosest() {
    String text = with("America/New_York", "America/NewYork");
    Problem p = error(load(text), "demand.regions[0].zone",
        "unknown time zone \"America/NewYork\"; did you mean \"America/New_York\"?");
    assertAt(p, text, "America/NewYork");
  }

  @Test void unknownZoneWithoutSuggestion() {
    error(load(with("zone: UTC", "zone: Mars/Olympus_Mons")), "agents.sites[0].zone",
        "unknown time zone \"Mars/Olympus_Mons\"", "Use an IANA zone id");
  }

  /** An abbreviation names one side of a daylight-saving change and often several places: ask for the zone. */
  @Test void zoneAbbreviationGetsTheZoneOfThePlace() {
    error(load(with("America/New_York", "EST")), "demand.regions[0].zone",
        "\"EST\" is an abbreviation, not a zone", "\"America/New_York\"");
    error(load(with("zone: UTC", "zone: PST")), "agents.sites[0].zone", "\"America/Los_Angeles\"");
  }

  @Test void aSpanOfDaysGetsTheListItMeans() {
    error(load(with("days: ALL", "days: Mon-Fri")), "agents.sites[0].shifts[0].days", "write WEEKDAYS");
    error(load(with("days: ALL", "days: Friday to Monday")), "agents.sites[0].shifts[0].days",
        "write the days as a list, [FRI, SAT, SUN, MON]");
  }

  /** A fraction written for a percent (0.8 for 80) loads, read as 0.8%, with a warning that asks. */
  @Test void aFractionForAPercentIsFlagged() {
    LoadResult r = load(with("percent: 80", "percent: 0.8"));
    assertTrue(r.ok(), r::report);
    Fixtures.warning(r, "targets.serviceLevel.percent", "0.8 is read as 0.8%", "did you mean 80?");
    // 0.9 / 100 x 100 and 0.29 x 100 are not exact in binary: the message shows what was written
    LoadResult nine = load(with("percent: 80", "percent: 0.9"));
    Fixtures.warning(nine, "targets.serviceLevel.percent", "0.9 is read as 0.9%", "did you mean 90?");
    assertTrue(!nine.report().contains("0000"), nine::report);
  }

  /** Triage that saves all the handle time would hand agents chats with no work: refused, pointing at botResolves. */
  @Test void triageCannotSaveAllTheWork() {
    String bundled = ScenarioLibrary.text("follow-the-sun");
    error(load(Fixtures.replace(bundled, "triageSavesPercent: 10", "triageSavesPercent: 100")),
        "bot.triageSavesPercent", "below 100", "botResolves");
    assertTrue(load(Fixtures.replace(bundled, "triageSavesPercent: 10", "triageSavesPercent: 99.9")).ok());
  }

  @Test void unknownDay() {
    error(load(with("days: ALL", "days: [MON, TUES]")), "agents.sites[0].shifts[0].days[1]",
        "\"TUES\" is not a day", "did you mean TUE?");
  }

  @Test void emptyDayList() {
    error(load(with("days: ALL", "days: []")), "agents.sites[0].shifts[0].days", "the list of days is empty");
  }

  @Test void notADate() {
    error(load(with("start: 2027-03-01", "start: 2027-02-30")), "calendar.start", "is not a date; write YYYY-MM-DD");
  }

  @Test void intervalThatDoesNotDivideTheDay() {
    error(load(with("days: 1 }", "days: 1, interval: 20m }")), "calendar.interval",
        "20m is not a reporting interval; use 15m, 30m or 60m");
  }

  @Test void intervalOfAnHourIsFine() {
    Fixtures.clean(load(with("days: 1 }", "days: 1, interval: 1h }")));
  }

  @Test void unknownDistribution() {
    error(load(with("{ mean: 9m }", "{ mean: 9m, distribution: lognormla }")), "demand.topics[1].handleTime.distribution",
        "unknown distribution \"lognormla\"; did you mean \"lognormal\"?");
  }

  @Test void exponentialWithCvOtherThanOne() {
    error(load(with("{ mean: 9m }", "{ mean: 9m, cv: 0.5, distribution: exponential }")),
        "demand.topics[1].handleTime.cv", "exponential has cv 1, got cv 0.5; remove cv, or choose lognormal, gamma or erlang");
  }

  @Test void constantWithPositiveCv() {
    error(load(with("{ mean: 9m }", "{ mean: 9m, cv: 0.3, distribution: constant }")),
        "demand.topics[1].handleTime.cv", "constant has cv 0, got cv 0.3");
  }

  @Test void distributionWithoutMean() {
    error(load(with("{ mean: 9m }", "{ cv: 0.5 }")), "demand.topics[1].handleTime.mean", "missing required field");
  }

  @Test void negativeCv() {
    error(load(with("{ mean: 9m }", "{ mean: 9m, cv: -1 }")), "demand.topics[1].handleTime.cv", "cv must be at least 0");
  }

  @Test void profileOfTheWrongLength() {
    error(load(with("chatsPerWeek: 1000", "chatsPerWeek: 1000\n      hourOfDay: [1, 2, 3]")),
        "demand.regions[0].hourOfDay", "has 3 weights; give 24, 48 or 96");
  }

  @Test void profileOfZeros() {
    error(load(with("chatsPerWeek: 1000", "chatsPerWeek: 1000\n      dayOfWeek: [0, 0, 0, 0, 0, 0, 0]")),
        "demand.regions[0].dayOfWeek", "all weights are 0");
  }

  @Test void negativeWeight() {
    error(load(with("chatsPerWeek: 1000", "chatsPerWeek: 1000\n      dayOfWeek: [1, 1, 1, -1, 1, 1, 1]")),
        "demand.regions[0].dayOfWeek[3]", "a weight must be at least 0");
  }

  @Test void shrinkageOfAHundred() {
    error(load(with("hourlyCost: 20", "hourlyCost: 20\n      shrinkagePercent: 100")),
        "agents.sites[0].shrinkagePercent", "shrinkage must be below 100");
  }

  @Test void unknownRouting() {
    error(load(with("  sites:", "  routing: leastbusy\n  sites:")), "agents.routing",
        "unknown routing \"leastbusy\"; did you mean `least-busy`?");
  }

  @Test void allTopicSharesZero() {
    error(load(with("share: 60", "share: 0").replace("share: 40", "share: 0")), "demand.topics", "all topic shares are 0");
  }

  @Test void tooManyReplications() {
    error(load(Fixtures.MINIMAL + "run: { replications: 1000000 }\n"), "run.replications", "at most 10000");
  }
}
