package org.chatplan.scenarios.convert;

import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.schema.ScenarioSchema;
import org.chatplan.scenarios.validate.Distributions;
import org.chatplan.scenarios.validate.Section;

/** {@code bot}: absent means no bot; present means enabled unless {@code enabled: false}. */
final class BotReader {
  private BotReader() {}

  static Bot read(Section root) {
    if (!root.has("bot")) {
      return Bot.none();
    }
    Problems p = root.problems();
    Section s = Section.open(p, "bot", root.get("bot"), ScenarioSchema.BOT);
    if (s == null) {
      return null;
    }
    int before = p.errorCount();
    Boolean enabled = s.bool("enabled", true);
    DurationModel handle = null;
    if (s.has("handleTime")) {
      handle = Distributions.read(p, s.path("handleTime"), s.get("handleTime"), "lognormal");
    } else if (Boolean.TRUE.equals(enabled)) {
      s.missing("handleTime", "time a customer spends with the bot; or write enabled: false");
    }
    double triage = s.percent("triageSavesPercent", 0);
    if (triage >= 1) {
      p.error(s.path("triageSavesPercent"), "100 would leave a handed-off chat no agent work at all; it is the "
          + "share of handle time the bot's triage saves, below 100, e.g. 10 (a bot that resolves chats: botResolves)");
    }
    double cost = s.number("costPerConversation", 0, 0, false, Defaults.MAX_MONEY, "costPerConversation");
    double csat = s.percentNotFraction("csat", Defaults.BOT_CSAT, 1);
    if (p.errorCount() > before) {
      return null;
    }
    DurationModel h = handle;
    return Build.attempt(p, "bot", () -> new Bot(enabled, h, triage, cost, csat));
  }
}
