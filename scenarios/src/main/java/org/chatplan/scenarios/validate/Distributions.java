package org.chatplan.scenarios.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.scenarios.load.Describe;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.schema.ScenarioSchema;

/**
 * Reads {@code { mean, cv, distribution }} (or a bare duration, meaning {@code { mean: it }}) into a
 * {@link DurationModel}. cv defaults to 1 (0 for constant); the family defaults to what the field
 * says: lognormal for handle times, exponential for patience and retry delays.
 */
public final class Distributions {
  private Distributions() {}

  public static final List<String> FAMILIES = List.of("exponential", "lognormal", "gamma", "erlang", "constant");
  /** Longest mean accepted: 30 days. */
  public static final double MAX_MEAN_SECONDS = 30 * 86400.0;
  /** Largest cv accepted. */
  public static final double MAX_CV = 10;

  /** Returns the model, or null after reporting what is wrong. */
  public static DurationModel read(Problems p, String path, JsonNode n, String defaultFamily) {
    if (n.isTextual() || n.isNumber()) {
      Double mean = Values.positiveDuration(p, path, n, MAX_MEAN_SECONDS, "the mean");
      return mean == null ? null : build(p, path, defaultFamily, mean, defaultCv(defaultFamily));
    }
    if (!n.isObject()) {
      p.error(path, "expected a distribution such as { mean: 8m, cv: 0.8 } or a duration such as 8m, got "
          + Describe.node(n));
      return null;
    }
    Section s = Section.open(p, path, n, ScenarioSchema.DISTRIBUTION);
    int before = p.errorCount();
    String family = defaultFamily;
    if (s.has("distribution")) {
      String name = Values.text(p, s.path("distribution"), s.get("distribution"));
      if (name != null && !FAMILIES.contains(name.strip())) {
        String close = Suggest.closest(name.strip(), FAMILIES);
        p.error(s.path("distribution"), "unknown distribution \"" + name + "\""
            + (close == null ? "." : "; did you mean \"" + close + "\"?") + " Use one of " + String.join(", ", FAMILIES));
        name = null;
      }
      family = name == null ? null : name.strip();
    }
    double mean = s.positiveDuration("mean", Double.NaN, MAX_MEAN_SECONDS, "the mean");
    double cv = family == null ? 1 : defaultCv(family);
    if (s.has("cv")) {
      cv = s.number("cv", cv, 0, false, MAX_CV, "cv");
      if (family != null && !Double.isNaN(cv)) {
        checkCv(p, s.path("cv"), family, cv);
      }
    }
    if (p.errorCount() > before || family == null) {
      return null;
    }
    return build(p, path, family, mean, cv);
  }

  private static double defaultCv(String family) {
    return family.equals("constant") ? 0 : 1;
  }

  private static void checkCv(Problems p, String path, String family, double cv) {
    switch (family) {
      case "exponential" -> {
        if (cv != 1) {
          p.error(path, "exponential has cv 1, got cv " + Numbers.format(cv)
              + "; remove cv, or choose lognormal, gamma or erlang for cv " + Numbers.format(cv));
        }
      }
      case "constant" -> {
        if (cv != 0) {
          p.error(path, "constant has cv 0, got cv " + Numbers.format(cv)
              + "; remove cv, or choose lognormal or gamma for a variable duration");
        }
      }
      case "erlang" -> {
        if (cv == 0) {
          p.error(path, "erlang needs cv = 1/sqrt(k) > 0; use constant for cv 0");
          return;
        }
        double k = 1 / (cv * cv);
        long phases = Math.max(1, Math.round(k));
        if (Math.abs(k - Math.rint(k)) > 1e-6 || k < 0.5) {
          p.warning(path, "erlang needs cv = 1/sqrt(k) for a whole number of phases k; cv "
              + Numbers.format(cv) + " gives k = " + String.format(java.util.Locale.ROOT, "%.2f", k)
              + ", so k = " + phases + " (cv " + String.format(java.util.Locale.ROOT, "%.3f", 1 / Math.sqrt(phases))
              + ") is used; write that cv, or use gamma for any cv");
        }
      }
      default -> {
        // lognormal and gamma take any cv; cv 0 means constant
      }
    }
  }

  private static DurationModel build(Problems p, String path, String family, double mean, double cv) {
    try {
      return DurationModel.of(family, mean, cv);
    } catch (IllegalArgumentException e) {
      p.error(path, e.getMessage());
      return null;
    }
  }
}
