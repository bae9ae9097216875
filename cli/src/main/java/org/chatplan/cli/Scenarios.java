package org.chatplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Scenario;
import org.chatplan.scenarios.LoadResult;
import org.chatplan.scenarios.Problem;
import org.chatplan.scenarios.ScenarioLibrary;
import org.chatplan.scenarios.ScenarioLoader;
import org.chatplan.scenarios.convert.Defaults;

/** Loads the scenario a command names (a file or a bundled name; none = the embedded default). */
final class Scenarios {
  private Scenarios() {}

  /**
   * The loaded scenario, with {@code PATH=VALUE} overrides applied before validation; warnings go
   * to {@code err}; errors throw a {@link UserError}.
   */
  static Scenario load(String nameOrFile, List<String> settings, PrintWriter err) {
    LoadResult result = ScenarioLoader.resolve(nameOrDefault(nameOrFile), settings == null ? List.of() : settings);
    if (!result.ok()) { // errors first, then the warnings (some of which the errors may cause)
      List<String> lines = new ArrayList<>();
      for (Problem p : result.errors()) {
        lines.add(p.format());
      }
      for (Problem p : result.warnings()) {
        lines.add(p.format());
      }
      throw new UserError(lines);
    }
    for (Problem p : result.warnings()) {
      err.println(p.format());
    }
    return result.scenario();
  }

  /**
   * The YAML the user gave (file text, or the bundled text), echoed in reports, headed by the
   * {@code --set} overrides applied to it (the figures are of the scenario with them); null if
   * unreadable.
   */
  static String text(String nameOrFile, List<String> settings, Integer replications, Long seed) {
    String name = nameOrDefault(nameOrFile);
    String text;
    try {
      java.nio.file.Path p = java.nio.file.Path.of(name);
      text = java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.readString(p)
          : ScenarioLibrary.names().contains(name) ? ScenarioLibrary.text(name) : null;
    } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
      return null;
    }
    List<String> given = new java.util.ArrayList<>();
    for (String setting : settings == null ? List.<String>of() : settings) {
      given.add("--set " + setting.replace('\n', ' '));
    }
    if (replications != null) {
      given.add("--replications " + replications);
    }
    if (seed != null) {
      given.add("--seed " + seed);
    }
    if (text == null || given.isEmpty()) {
      return text;
    }
    // The file as written and what the command line changed, so that the run can be repeated.
    StringBuilder head = new StringBuilder("# Run with these overrides of the file below:\n");
    for (String g : given) {
      head.append("#   ").append(g).append('\n');
    }
    return head + text;
  }

  /**
   * Null when every scenario counts money in one currency; otherwise what is wrong, in words. Money
   * figures side by side (and their differences) mean nothing across currencies.
   */
  static String mixedCurrencies(List<String> names, List<Scenario> scenarios) {
    java.util.Map<String, String> first = new java.util.LinkedHashMap<>();
    for (int i = 0; i < scenarios.size(); i++) {
      first.putIfAbsent(scenarios.get(i).currency(), names.get(i));
    }
    if (first.size() < 2) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    first.forEach((currency, name) -> parts.add(currency + " in " + name));
    return "the scenarios count money in different currencies (" + String.join(", ", parts) + "), so their costs "
        + "cannot be compared; give them one currency, e.g. --set currency=" + first.keySet().iterator().next();
  }

  /** The scenario a command was given, or the bundled default when it was given none. */
  static String nameOrDefault(String nameOrFile) {
    return nameOrFile == null ? ScenarioLibrary.defaultName() : nameOrFile;
  }

  /** The scenario with replications and seed overridden where the user gave them. */
  static Scenario withRun(Scenario s, Integer replications, Long seed) {
    if (replications != null && replications < 1) {
      throw new UserError("--replications: must be at least 1, got " + replications);
    }
    if (replications != null && replications > Defaults.MAX_REPLICATIONS) {
      throw new UserError("--replications: must be at most " + Defaults.MAX_REPLICATIONS + " (as run.replications), got "
          + replications);
    }
    return s.withRun(new RunSettings(replications != null ? replications : s.run().replications(),
        seed != null ? seed : s.run().seed()));
  }
}
