package org.chatplan.engine.model;

/** A whole scenario: everything one run needs, validated. {@code phone} may be null (no baseline). */
public record Scenario(String name, String description, String currency, Calendar calendar,
    RunSettings run, Targets targets, Demand demand, Bot bot, Agents agents,
    Satisfaction satisfaction, Phone phone) {
  public Scenario {
    Checks.present("name", name);
    description = description == null ? "" : description;
    currency = currency == null ? "USD" : currency;
    Checks.present("calendar", calendar);
    Checks.present("run", run);
    Checks.present("targets", targets);
    Checks.present("demand", demand);
    bot = bot == null ? Bot.none() : bot;
    Checks.present("agents", agents);
    satisfaction = satisfaction == null ? Satisfaction.defaults() : satisfaction;
  }

  public Scenario withRun(RunSettings newRun) {
    return new Scenario(name, description, currency, calendar, newRun, targets, demand, bot, agents, satisfaction, phone);
  }

  public Scenario withAgents(Agents newAgents) {
    return new Scenario(name, description, currency, calendar, run, targets, demand, bot, newAgents, satisfaction, phone);
  }

  public Scenario withDemand(Demand newDemand) {
    return new Scenario(name, description, currency, calendar, run, targets, newDemand, bot, agents, satisfaction, phone);
  }

  public Scenario withBot(Bot newBot) {
    return new Scenario(name, description, currency, calendar, run, targets, demand, newBot, agents, satisfaction, phone);
  }
}
