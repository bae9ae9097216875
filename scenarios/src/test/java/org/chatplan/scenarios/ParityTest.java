package org.chatplan.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.chatplan.engine.model.Skills;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.model.Topic;
import org.junit.jupiter.api.Test;

/** The textbook scenario built in code with the engine's records equals the one loaded from YAML. */
class ParityTest {

  static Scenario textbookInCode() {
    DurationModel patience = new DurationModel.Exponential(180);
    Region region = Region.flat("all", 16_800, patience);
    Topic topic = new Topic("general", 1.0, new DurationModel.Exponential(300), 0);
    Site site = new Site("textbook", ZoneId.of("UTC"), 20, 0, 0.50, 0, 1, Skills.all(), List.of(), 10);
    return new Scenario("Textbook Erlang A (M/M/10+M)", ScenarioLibrary.description("textbook-erlang-a"), "USD",
        new Calendar(LocalDate.of(2027, 3, 1), 7, 86_400, 1_800),
        new RunSettings(10, 20270301L),
        new Targets(0.80, 60, 0.10),
        new Demand(List.of(topic), List.of(region)),
        Bot.none(),
        new Agents(Concurrency.linear(1), Routing.LEAST_BUSY, null, List.of(site)),
        Satisfaction.defaults(),
        null);
  }

  @Test void textbookLoadedEqualsTextbookBuilt() {
    LoadResult r = ScenarioLoader.resolve("textbook-erlang-a");
    assertEquals(List.of(), r.problems());
    assertEquals(textbookInCode(), r.scenario());
  }

  @Test void jsonAndYamlOfTheSameScenarioAgree() {
    String yaml = ScenarioLibrary.text("textbook-erlang-a");
    String json = """
        {"version": 1, "name": "Textbook Erlang A (M/M/10+M)", "description": %s,
         "calendar": {"start": "2027-03-01", "days": 7, "warmup": "1d", "interval": "30m"},
         "run": {"replications": 10, "seed": 20270301},
         "targets": {"serviceLevel": {"percent": 80, "within": "60s"}, "maxAbandonPercent": 10},
         "demand": {"topics": [{"name": "general", "share": 100,
                                "handleTime": {"mean": "5m", "distribution": "exponential"}}],
                    "regions": [{"name": "all", "zone": "UTC", "chatsPerWeek": 16800,
                                 "patience": {"mean": "3m", "distribution": "exponential"}}]},
         "agents": {"concurrency": {"recommended": 1, "throughput": [1]},
                    "sites": [{"name": "textbook", "hourlyCost": 20, "maxConcurrency": 1, "agents": 10}]}}
        """.formatted(quote(ScenarioLibrary.description("textbook-erlang-a")));
    assertEquals(ScenarioLoader.parse(yaml, "a.yaml").scenario(), ScenarioLoader.parse(json, "a.json").scenario());
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
