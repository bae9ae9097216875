package org.chatplan.scenarios.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Shift;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Topic;
import org.chatplan.engine.model.Translation;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.validate.Durations;
import org.chatplan.scenarios.validate.Numbers;

/**
 * Warns about chats whose topic and language no staffed site serves (they can only abandon), and
 * about chats that reach an agent only through translation. Shares are of all offered chats.
 */
final class ServabilityCheck {
  private ServabilityCheck() {}

  static void run(Scenario s, Problems p) {
    List<Site> staffed = new ArrayList<>();
    for (Site site : s.agents().sites()) {
      if (site.agentsAroundClock() > 0 || site.shifts().stream().mapToInt(Shift::agents).sum() > 0) {
        staffed.add(site);
      }
    }
    double total = 0;
    for (Region r : s.demand().regions()) {
      total += r.chatsPerWeek();
    }
    Translation translation = s.agents().translation();
    List<Region> regions = s.demand().regions();
    for (int i = 0; i < regions.size(); i++) {
      Region r = regions.get(i);
      for (Map.Entry<String, Double> lang : r.languages().entrySet()) {
        String l = lang.getKey();
        double stranded = 0;
        double translated = 0;
        List<String> strandedTopics = new ArrayList<>();
        int topicsWithDemand = 0;
        for (Topic t : s.demand().topics()) {
          double share = r.topicMix().isEmpty() ? t.share() : r.topicMix().getOrDefault(t.name(), 0.0);
          if (share <= 0 || lang.getValue() <= 0) {
            continue;
          }
          topicsWithDemand++;
          double part = r.chatsPerWeek() * share * lang.getValue() / total;
          if (staffed.stream().anyMatch(site -> site.skills().servesTopic(t.name()) && site.skills().servesLanguage(l))) {
            continue;
          }
          if (translation != null && staffed.stream().anyMatch(site -> site.skills().servesTopic(t.name()))) {
            translated += part;
          } else {
            stranded += part;
            strandedTopics.add(t.name());
          }
        }
        String at = "demand.regions[" + i + "].languages." + l;
        if (stranded > 0) {
          boolean whole = strandedTopics.size() == topicsWithDemand;
          p.warning(at, Numbers.percent(stranded) + " of chats (" + r.name() + "/" + l
              + (whole ? "" : ": " + String.join(", ", strandedTopics)) + ") cannot be served by any site"
              + "; add the " + (whole ? "language" : "topic") + " to a staffed site's skills"
              + (translation == null ? " or configure agents.translation" : ""));
        }
        if (translated > 0) {
          p.warning(at, Numbers.percent(translated) + " of chats (" + r.name() + "/" + l + ") reach an agent only "
              + "through translation, after waiting " + Durations.format(translation.afterSeconds()));
        }
      }
    }
  }
}
