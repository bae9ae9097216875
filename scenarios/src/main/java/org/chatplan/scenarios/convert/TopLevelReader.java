package org.chatplan.scenarios.convert;

import java.time.LocalDate;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Phone;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Targets;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.schema.ScenarioSchema;
import org.chatplan.scenarios.validate.Durations;
import org.chatplan.scenarios.validate.Section;
import org.chatplan.scenarios.validate.TimeValues;

/** The small top-level sections: version, currency, calendar, run and targets. */
final class TopLevelReader {
  private TopLevelReader() {}

  static void version(Section root) {
    Long v = root.integer("version", 1L, Long.MIN_VALUE, Long.MAX_VALUE, "version");
    if (v != null && v != 1) {
      root.problems().error(root.path("version"), "version " + v + " is not supported; this chatplan reads version 1");
    }
  }

  static String currency(Section root) {
    String c = root.text("currency", Defaults.CURRENCY);
    if (c != null && !c.strip().matches("[A-Z]{3}")) {
      root.problems().error(root.path("currency"), "\"" + c + "\" is not a currency code; write three capital "
          + "letters (ISO 4217), e.g. USD, EUR, PHP");
      return null;
    }
    return c == null ? null : c.strip();
  }

  static Calendar calendar(Section root) {
    Problems p = root.problems();
    if (!root.has("calendar")) {
      root.missing("calendar", "the simulated days");
      return null;
    }
    Section s = Section.open(p, "calendar", root.get("calendar"), ScenarioSchema.CALENDAR);
    if (s == null) {
      return null;
    }
    int before = p.errorCount();
    LocalDate start = s.require("start") == null ? null
        : TimeValues.date(p, s.path("start"), s.get("start"));
    Long days = s.integer("days", null, 1, Defaults.MAX_DAYS, "days");
    double warmup = s.duration("warmup", Defaults.WARMUP_SECONDS);
    if (warmup > Defaults.MAX_WARMUP_SECONDS) {
      p.error(s.path("warmup"), Durations.format(warmup) + " is too long; warmup must be at most 30d");
    }
    double interval = s.duration("interval", Defaults.INTERVAL_SECONDS);
    if (!Double.isNaN(interval) && interval != 900 && interval != 1800 && interval != 3600) {
      p.error(s.path("interval"), Durations.format(interval) + " is not a reporting interval; "
          + "use 15m, 30m or 60m (the interval planners staff by)");
    }
    if (p.errorCount() > before) {
      return null;
    }
    return Build.attempt(p, "calendar", () -> new Calendar(start, days.intValue(), warmup, interval));
  }

  static RunSettings run(Section root) {
    Problems p = root.problems();
    Section s = Section.open(p, "run", root.get("run"), ScenarioSchema.RUN);
    if (s == null) {
      return null;
    }
    int before = p.errorCount();
    Long reps = s.integer("replications", (long) Defaults.REPLICATIONS, 1, Defaults.MAX_REPLICATIONS, "replications");
    Long seed = s.integer("seed", Defaults.SEED, Long.MIN_VALUE, Long.MAX_VALUE, "seed");
    if (p.errorCount() > before) {
      return null;
    }
    return Build.attempt(p, "run", () -> new RunSettings(reps.intValue(), seed));
  }

  static Targets targets(Section root) {
    Problems p = root.problems();
    if (!root.has("targets")) {
      root.missing("targets", "the service-level target");
      return null;
    }
    Section s = Section.open(p, "targets", root.get("targets"), ScenarioSchema.TARGETS);
    if (s == null) {
      return null;
    }
    int before = p.errorCount();
    double[] sl = serviceLevel(s, null);
    double maxAbandon = s.percentNotFraction("maxAbandonPercent", Defaults.MAX_ABANDON, 0.2);
    if (p.errorCount() > before || sl == null) {
      return null;
    }
    return Build.attempt(p, "targets", () -> new Targets(sl[0], sl[1], maxAbandon));
  }

  /**
   * A maximum abandon rate of 0 while some customers have a patience: with random arrivals some of
   * them always wait longer than it, so no staffing (phone baseline, staff) meets the target.
   */
  static void abandonTargetMeetable(Section root, Targets targets, DemandReader.Result demand, Phone phone) {
    if (targets == null || targets.maxAbandon() > 0) {
      return;
    }
    String impatient = null;
    if (demand.demand() != null) {
      var regions = demand.demand().regions();
      for (int i = 0; i < regions.size() && impatient == null; i++) {
        if (regions.get(i).patience() != null) {
          impatient = "demand.regions[" + i + "].patience";
        }
      }
    }
    if (impatient == null && phone != null && phone.patience() != null) {
      impatient = "phone.patience";
    }
    if (impatient != null) {
      root.problems().error("targets.maxAbandonPercent", "0 cannot be met by any staffing while customers have a "
          + "patience (" + impatient + "): some always wait longer; use a target above 0, such as 1");
    }
  }

  /**
   * Reads {@code serviceLevel: { percent, within }} of {@code s} as {fraction, seconds}; when absent,
   * returns {@code dflt}, or reports it missing when {@code dflt} is null.
   */
  static double[] serviceLevel(Section s, double[] dflt) {
    Problems p = s.problems();
    if (!s.has("serviceLevel")) {
      if (dflt == null) {
        s.missing("serviceLevel", "");
      }
      return dflt;
    }
    Section sl = Section.open(p, s.path("serviceLevel"), s.get("serviceLevel"), ScenarioSchema.SERVICE_LEVEL);
    if (sl == null) {
      return null;
    }
    double percent = sl.percentNotFraction("percent", Double.NaN, 1);
    double within = sl.require("within") == null ? Double.NaN : sl.duration("within", Double.NaN);
    if (!Double.isNaN(within) && within > 86400) {
      p.error(sl.path("within"), Durations.format(within) + " is too long; a service-level time is at most 1d");
      return null;
    }
    if (percent == 1 && !Double.isNaN(within)) {
      // Staffing is planned to this target (phone baseline, staff): no number of agents reaches it.
      p.error(sl.path("percent"), "100 cannot be met by any staffing: with random arrivals some contacts always wait "
          + "longer than " + Durations.format(within) + "; use a target below 100, such as 99");
      return null;
    }
    return Double.isNaN(percent) || Double.isNaN(within) ? null : new double[] {percent, within};
  }
}
