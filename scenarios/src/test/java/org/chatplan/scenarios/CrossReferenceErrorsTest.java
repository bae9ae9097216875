package org.chatplan.scenarios;

import static org.chatplan.scenarios.Fixtures.MINIMAL;
import static org.chatplan.scenarios.Fixtures.assertAt;
import static org.chatplan.scenarios.Fixtures.error;
import static org.chatplan.scenarios.Fixtures.load;
import static org.chatplan.scenarios.Fixtures.replace;
import static org.chatplan.scenarios.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Errors that involve more than one field: names, references, the concurrency curve. */
class CrossReferenceErrorsTest {

  private static final String SITE_HEAD = "hourlyCost: 20\n";

  /** Targets no staffing meets: staffing is planned to them (phone baseline, staff), so they are refused. */
  @Test void serviceLevelOfAHundredPercent() {
    error(load(with("percent: 80", "percent: 100")), "targets.serviceLevel.percent",
        "100 cannot be met by any staffing", "longer than 1m", "below 100");
  }

  @Test void noAbandonmentWhileCustomersHaveAPatience() {
    String patient = with("chatsPerWeek: 1000", "chatsPerWeek: 1000\n      patience: { mean: 2m }");
    String text = replace(patient, "serviceLevel: { percent: 80, within: 60s }",
        "serviceLevel: { percent: 80, within: 60s }\n  maxAbandonPercent: 0");
    error(load(text), "targets.maxAbandonPercent", "0 cannot be met", "(demand.regions[0].patience)");
    // Nobody gives up without a patience: then 0 is a target like any other.
    Fixtures.clean(load(replace(MINIMAL, "serviceLevel: { percent: 80, within: 60s }",
        "serviceLevel: { percent: 80, within: 60s }\n  maxAbandonPercent: 0")));
  }

  @Test void topicInSkillsThatIsNotDefined() {
    String text = with(SITE_HEAD, SITE_HEAD + "      skills: { topics: [orders, shipping] }\n");
    Problem p = error(load(text), "agents.sites[0].skills.topics[1]",
        "topic `shipping` is not defined in demand.topics; defined topics: orders, billing");
    assertAt(p, text, "shipping");
  }

  @Test void topicInSkillsWithATypo() {
    error(load(with(SITE_HEAD, SITE_HEAD + "      skills: { topics: [order] }\n")), "agents.sites[0].skills.topics[0]",
        "topic `order` is not defined in demand.topics; did you mean `orders`?");
  }

  @Test void topicInRegionOverrideMap() {
    error(load(with("languages: { en: 80, es: 20 }", "languages: { en: 80, es: 20 }\n      topics: { orders: 50, biling: 50 }")),
        "demand.regions[0].topics.biling", "topic `biling` is not defined in demand.topics; did you mean `billing`?");
  }

  @Test void topicInRegionOverrideList() {
    error(load(with("languages: { en: 80, es: 20 }",
        "languages: { en: 80, es: 20 }\n      topics: [ { name: orders, share: 50 }, { name: returns, share: 50 } ]")),
        "demand.regions[0].topics[1].name", "topic `returns` is not defined");
  }

  @Test void emptySkillList() {
    error(load(with(SITE_HEAD, SITE_HEAD + "      skills: { languages: [] }\n")), "agents.sites[0].skills.languages",
        "an empty list would serve nothing");
  }

  @Test void maxConcurrencyAboveTheThroughputCurve() {
    String text = with("agents:\n  sites:", "agents:\n  concurrency: { throughput: [1, 1.7] }\n  sites:")
        .replace(SITE_HEAD, SITE_HEAD + "      maxConcurrency: 3\n");
    Problem p = error(load(text), "agents.sites[0].maxConcurrency",
        "maxConcurrency 3 is above what agents.concurrency.throughput covers (2 chats); add throughput values up to 3 chats,"
            + " or lower maxConcurrency");
    assertAt(p, text, "3\n");
  }

  @Test void defaultMaxConcurrencyAboveTheThroughputCurve() {
    String text = with("agents:\n  sites:", "agents:\n  concurrency: { recommended: 2, throughput: [1] }\n  sites:");
    error(load(text), "agents.sites[0]", "maxConcurrency 2 is above what agents.concurrency.throughput covers (1 chats)");
  }

  @Test void throughputAndSlowdownTogether() {
    error(load(with("agents:\n  sites:", "agents:\n  concurrency: { throughput: [1, 2], slowdownPercent: 10 }\n  sites:")),
        "agents.concurrency.slowdownPercent", "give either `throughput` or `slowdownPercent`, not both");
  }

  @Test void nonPositiveThroughput() {
    error(load(with("agents:\n  sites:", "agents:\n  concurrency: { throughput: [1, 0] }\n  sites:")),
        "agents.concurrency.throughput[1]", "a throughput must be greater than 0");
  }

  @Test void shiftsAndAgentsTogether() {
    error(load(with(SITE_HEAD, SITE_HEAD + "      agents: 4\n")), "agents.sites[0].agents",
        "a site has either `shifts` or `agents` (around the clock), not both");
  }

  @Test void neitherShiftsNorAgents() {
    String text = MINIMAL.substring(0, MINIMAL.indexOf("      shifts:"));
    error(load(text), "agents.sites[0]", "missing `shifts` (or `agents: N` for N agents around the clock)");
  }

  @Test void duplicateTopicNames() {
    String text = with("name: billing", "name: orders");
    Problem p = error(load(text), "demand.topics[1].name", "duplicate topic name `orders` (also demand.topics[0])");
    assertTrue(p.line() == 8, p.format());
  }

  @Test void duplicateRegionNames() {
    String region = MINIMAL.substring(MINIMAL.indexOf("    - name: americas"), MINIMAL.indexOf("agents:"));
    error(load(with("agents:", region + "agents:")), "demand.regions[1].name", "duplicate region name `americas`");
  }

  @Test void duplicateSiteNames() {
    String site = MINIMAL.substring(MINIMAL.indexOf("    - name: hub"));
    error(load(MINIMAL + site), "agents.sites[1].name", "duplicate site name `hub` (also agents.sites[0])");
  }

  @Test void botEnabledWithoutHandleTime() {
    error(load(MINIMAL + "bot: { enabled: true }\n"), "bot.handleTime", "missing required field");
  }

  @Test void phoneWithoutHourlyCost() {
    error(load(MINIMAL + "phone: { handleTime: 6m }\n"), "phone.hourlyCost", "missing required field");
  }

  @Test void emptyRegionList() {
    String text = MINIMAL.substring(0, MINIMAL.indexOf("    - name: americas"))
        .replace("  regions:\n", "  regions: []\n") + MINIMAL.substring(MINIMAL.indexOf("agents:"));
    error(load(text), "demand.regions", "the list is empty; give at least one region");
  }
}
