package org.chatplan.scenarios.convert;

import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Phone;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Targets;
import org.chatplan.scenarios.load.Document;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.schema.ScenarioSchema;
import org.chatplan.scenarios.validate.Section;

/**
 * Maps a parsed document onto the engine's {@link Scenario}, section by section, reporting every
 * problem. Sections are all read even when an earlier one failed, so one pass finds everything.
 */
public final class ScenarioReader {
  private ScenarioReader() {}

  /** The scenario, or null when any error was reported into {@code p}. */
  public static Scenario read(Document doc, Problems p) {
    Section root = Section.open(p, "", doc.root(), ScenarioSchema.ROOT);
    if (root == null) {
      return null;
    }
    TopLevelReader.version(root);
    String name = root.name("name");
    String description = root.text("description", "");
    String currency = TopLevelReader.currency(root);
    Calendar calendar = TopLevelReader.calendar(root);
    RunSettings run = TopLevelReader.run(root);
    Targets targets = TopLevelReader.targets(root);
    DemandReader.Result demand = DemandReader.read(root);
    Bot bot = BotReader.read(root);
    Agents agents = AgentsReader.read(root, demand.topicNames(), demand.languages());
    Satisfaction satisfaction = OutcomeReaders.satisfaction(root);
    Phone phone = OutcomeReaders.phone(root, targets);
    TopLevelReader.abandonTargetMeetable(root, targets, demand, phone);
    if (p.hasErrors()) {
      return null;
    }
    return Build.attempt(p, "", () -> new Scenario(name, description.strip(), currency, calendar, run, targets,
        demand.demand(), bot, agents, satisfaction, phone));
  }
}
