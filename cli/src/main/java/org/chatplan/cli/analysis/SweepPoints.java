package org.chatplan.cli.analysis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chatplan.cli.UserError;
import org.chatplan.engine.analysis.Sweep;
import org.chatplan.engine.analysis.SweepAxis;
import org.chatplan.engine.model.Scenario;
import org.chatplan.scenarios.LoadResult;
import org.chatplan.scenarios.Problem;
import org.chatplan.scenarios.ScenarioLoader;
import org.chatplan.scenarios.ScenarioOverrides;

/**
 * Turns {@code --set PATH=VALUES} options into sweep axes and loads the scenario once per grid point
 * with that point's {@code PATH=VALUE} overrides, through the scenario loader: every point is
 * validated like a file of its own, and every bad point is reported before anything runs.
 */
public final class SweepPoints {
  private SweepPoints() {}

  /** Most swept parameters. */
  public static final int MAX_AXES = 2;
  /** Most error lines printed for bad points; the rest are counted. */
  static final int MAX_ERROR_LINES = 20;
  /** Most warning lines printed for individual points; the rest are counted. */
  static final int MAX_POINT_WARNINGS = 8;

  /**
   * The unmodified scenario, the axes, and one loaded scenario per point of {@link Sweep#grid}.
   */
  public record Loaded(Scenario base, List<SweepAxis> axes, List<Scenario> points) {}

  /** Parses the {@code --set} options into axes (1 or 2), in the order given. */
  public static List<SweepAxis> axes(List<String> sets) {
    if (sets == null || sets.isEmpty()) {
      throw new UserError("--set: required: what to vary, e.g. --set agents.sites[0].maxConcurrency=1..5 "
          + "or --set bot.enabled=true,false");
    }
    if (sets.size() > MAX_AXES) {
      throw new UserError("--set: a sweep varies at most " + MAX_AXES + " fields, got " + sets.size()
          + "; maybe fix the others in the scenario file?");
    }
    List<SweepAxis> axes = new ArrayList<>();
    for (String set : sets) {
      int eq = set.indexOf('=');
      if (eq <= 0) {
        throw new UserError("--set " + set + ": expected PATH=VALUES, e.g. agents.sites[0].maxConcurrency=1..5");
      }
      String path = set.substring(0, eq).strip();
      String spec = set.substring(eq + 1).strip();
      if (path.equals("run") || path.startsWith("run.")) {
        throw new UserError("--set " + set + ": every point runs with the same seed and replications (common "
            + "random numbers), so run.* cannot be swept; maybe --replications or --seed?");
      }
      for (SweepAxis a : axes) {
        if (a.parameter().equals(path)) {
          throw new UserError("--set " + set + ": " + path + " is already swept; give all its values in one --set");
        }
      }
      List<String> values;
      try {
        values = ScenarioOverrides.expandValues(spec);
        axes.add(new SweepAxis(path, values));
      } catch (IllegalArgumentException e) {
        throw new UserError("--set " + set + ": " + e.getMessage());
      }
    }
    try {
      Sweep.grid(axes);
    } catch (IllegalArgumentException e) {
      throw new UserError("--set: " + e.getMessage());
    }
    return List.copyOf(axes);
  }

  /**
   * Loads {@code scenario} as it is, then once per point. Warnings of the plain scenario go to
   * {@code err} once; a warning that only some points raise is printed once, with the first point
   * that raised it (the first {@link #MAX_POINT_WARNINGS} of those, then a count). Errors of any point throw one {@link UserError} listing them all (up to
   * {@link #MAX_ERROR_LINES} lines), each starting with the point.
   */
  public static Loaded load(String scenario, List<SweepAxis> axes, PrintWriter err) {
    LoadResult base = ScenarioLoader.resolve(scenario, List.of());
    if (!base.ok()) {
      throw new UserError(base.errors().stream().map(Problem::format).toList());
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Problem w : base.warnings()) {
      if (seen.add(w.format())) {
        err.println(w.format());
      }
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>(); // printed after the errors, if any, as for one file
    int badPoints = 0;
    int pointWarnings = 0;
    List<Scenario> points = new ArrayList<>();
    for (List<String> point : Sweep.grid(axes)) {
      List<String> settings = new ArrayList<>();
      for (int i = 0; i < axes.size(); i++) {
        settings.add(axes.get(i).parameter() + "=" + point.get(i));
      }
      String label = "point " + String.join(", ", settings);
      LoadResult r = ScenarioLoader.resolve(scenario, settings);
      for (Problem w : r.warnings()) {
        if (seen.add(w.format()) && ++pointWarnings <= MAX_POINT_WARNINGS) {
          warnings.add(label + ": " + w.format());
        }
      }
      if (!r.ok()) {
        badPoints++;
        for (Problem p : r.errors()) {
          // A problem located at the override already names the point ("--set PATH=VALUE: ...").
          errors.add(p.file().startsWith("--set") ? p.format() : label + ": " + p.format());
        }
      }
      points.add(r.scenario());
    }
    if (errors.isEmpty()) {
      Set<String> currencies = new LinkedHashSet<>();
      points.forEach(s -> currencies.add(s.currency()));
      if (currencies.size() > 1) {
        // a currency is a label of the money figures, not a lever: costs in two of them do not compare
        errors.add("sweep: the points count money in different currencies (" + String.join(", ", currencies)
            + "), so their costs cannot be compared; sweep a field that changes the operation");
        badPoints = points.size();
      }
    }
    if (pointWarnings > MAX_POINT_WARNINGS) {
      warnings.add("... and " + (pointWarnings - MAX_POINT_WARNINGS) + " more warnings at other points; `chatplan "
          + "validate` on a copy with those values shows them all");
    }
    if (!errors.isEmpty()) {
      List<String> lines = new ArrayList<>(errors.subList(0, Math.min(MAX_ERROR_LINES, errors.size())));
      if (errors.size() > MAX_ERROR_LINES) {
        lines.add("... and " + (errors.size() - MAX_ERROR_LINES) + " more");
      }
      lines.add(String.format(Locale.ROOT, "%d of %d sweep points are invalid; nothing was run", badPoints,
          points.size()));
      lines.addAll(warnings);
      throw new UserError(lines);
    }
    warnings.forEach(err::println);
    return new Loaded(base.scenario(), axes, List.copyOf(points));
  }

  /**
   * A short column title for a path: its last field ({@code maxConcurrency}), with the field before
   * it when the last is short or generic ({@code bot.enabled}, {@code shifts[0].agents}).
   */
  /**
   * Short names for several swept paths that tell them apart: {@link #shortName} each, or, where two
   * would read the same (the same field of two sites), as many trailing path segments as it takes.
   */
  public static List<String> shortNames(List<String> paths) {
    List<String> names = paths.stream().map(SweepPoints::shortName).toList();
    for (int k = 2; new java.util.HashSet<>(names).size() < names.size(); k++) {
      int keep = k;
      names = paths.stream().map(p -> {
        String[] parts = p.split("\\.");
        return String.join(".", java.util.Arrays.copyOfRange(parts, Math.max(0, parts.length - keep), parts.length));
      }).toList();
      if (paths.stream().allMatch(p -> p.split("\\.").length <= keep)) {
        break; // the whole paths: nothing longer to show
      }
    }
    return names;
  }

  public static String shortName(String path) {
    String[] parts = path.split("\\.");
    String last = parts[parts.length - 1];
    if (parts.length > 1 && last.replaceAll("\\[.*]", "").length() <= 8) {
      return parts[parts.length - 2] + "." + last;
    }
    return last;
  }
}
