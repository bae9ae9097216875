package org.chatplan.engine.centre;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Agents;
import org.chatplan.engine.model.Bot;
import org.chatplan.engine.model.Calendar;
import org.chatplan.engine.model.Demand;
import org.chatplan.engine.model.DurationModel;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Retry;
import org.chatplan.engine.model.RunSettings;
import org.chatplan.engine.model.Satisfaction;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Targets;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.random.RandomStreams;
import org.chatplan.engine.run.Figures;
import org.chatplan.engine.run.ReplicationResult;

/**
 * Scenarios whose chats arrive at times the test chooses, for hand-computed expectations: the
 * regions' own demand falls on Sundays only and the window is Monday 1 March 2027 (UTC), so their
 * Poisson arrivals never fire; {@link Run#at} schedules each chat's arrival instead. With constant
 * handle times and patience every result is exact.
 */
final class Scripted {
  /** Monday 1 March 2027, 00:00 UTC: no Sunday inside a window of up to 6 days. */
  static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

  private Scripted() {}

  /** A UTC region whose own arrivals all fall on Sundays; {@code patience} null means none. */
  static Region region(String name, Map<String, Double> languages, DurationModel patience, Retry retry,
      double silentShare, double silentDetectSeconds) {
    double[] sundays = {0, 0, 0, 0, 0, 0, 1};
    double[] hours = new double[24];
    java.util.Arrays.fill(hours, 1);
    return new Region(name, ZoneId.of("UTC"), 1000, sundays, hours, languages, Map.of(), patience, retry, 0,
        silentShare, silentDetectSeconds);
  }

  static Region region(DurationModel patience) {
    return region("r", Map.of("en", 1.0), patience, null, 0, 120);
  }

  /** One topic "any" of constant handle time. */
  static Topic topic(double handleSeconds) {
    return new Topic("any", 1, new DurationModel.Constant(handleSeconds), 0);
  }

  static Scenario scenario(Calendar calendar, List<Topic> topics, List<Region> regions, Agents agents) {
    return new Scenario("scripted", "", "USD", calendar, new RunSettings(1, 1), new Targets(0.8, 60, 0.05),
        new Demand(topics, regions), Bot.none(), agents, Satisfaction.defaults(), null);
  }

  static Scenario scenario(int days, Topic topic, Region region, Agents agents) {
    return scenario(new Calendar(MONDAY, days, 0, 3600), List.of(topic), List.of(region), agents);
  }

  /** A built replication and the schedules it was built from. */
  record Run(Scenario scenario, ChatCentre centre, ShiftSchedule[] shifts) {
    /** Schedules one arrival of {@code region} at simulation time {@code t}. */
    Run from(int region, double... times) {
      for (double t : times) {
        centre.simulator().scheduleAt(t, ChatCentre.ARRIVAL, region, 0);
      }
      return this;
    }

    Run at(double... times) {
      return from(0, times);
    }

    /** Runs to the horizon and reads the replication out. */
    ReplicationResult result() {
      centre.run();
      return Readout.of(centre, shifts, 0);
    }

    Figures total() {
      return result().total();
    }
  }

  static Run build(Scenario s) {
    CentreLayout layout = new CentreLayout(s);
    List<Region> regions = s.demand().regions();
    ArrivalSchedule[] a = new ArrivalSchedule[regions.size()];
    for (int r = 0; r < a.length; r++) {
      a[r] = ArrivalSchedule.of(regions.get(r), s.calendar());
    }
    ShiftSchedule[] sh = new ShiftSchedule[s.agents().sites().size()];
    for (int i = 0; i < sh.length; i++) {
      sh[i] = ShiftSchedule.of(s.agents().sites().get(i), s.calendar());
    }
    return new Run(s, new ChatCentre(layout, a, sh, RandomStreams.of(1, 1), 0), sh);
  }
}
