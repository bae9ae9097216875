package org.chatplan.engine.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chatplan.engine.model.Region;
import org.chatplan.engine.model.Scenario;
import org.chatplan.engine.model.Site;
import org.chatplan.engine.model.Topic;

/**
 * Who may serve what, computed once per scenario. There is one chat queue per (topic, language)
 * pair, index {@code topic * languages + language}; every chat in a queue has the same eligible
 * sites, which is what lets the model keep a single FIFO per queue.
 */
public final class CentreLayout {
  final Scenario scenario;
  final List<String> languages;
  final int topics;
  final int regions;
  final int sites;
  final int queues;
  /** [region][topic] cumulative probabilities of a chat's topic. */
  final double[][] topicCdf;
  /** [region][language] cumulative probabilities of a chat's language (global language index). */
  final double[][] languageCdf;
  /** [site] queues the site serves directly. */
  final int[][] siteQueues;
  /** [site] queues whose topic the site serves but not the language (translation fallback). */
  final int[][] siteTranslationQueues;
  /** [queue] sites that serve it directly. */
  final int[][] queueSites;
  /** [queue] sites that may serve it through translation. */
  final int[][] queueTranslationSites;
  /** [queue] true when no site serves it, directly or through translation: its chats wait until they leave. */
  final boolean[] unservable;
  private final boolean anyUnservable;
  /** [k] progress rate of each chat when an agent holds k chats: throughput(k) / k; [0] unused. */
  final double[] perChatRate;
  /** [load] 1 / perChatRate: seconds for one second of a chat's work at that load. */
  final double[] secondsPerWork;
  final int maxConcurrency;

  public CentreLayout(Scenario scenario) {
    this.scenario = scenario;
    List<Topic> topicList = scenario.demand().topics();
    List<Region> regionList = scenario.demand().regions();
    List<Site> siteList = scenario.agents().sites();
    topics = topicList.size();
    regions = regionList.size();
    sites = siteList.size();
    languages = new ArrayList<>();
    for (Region r : regionList) {
      for (String l : r.languages().keySet()) {
        if (!languages.contains(l)) {
          languages.add(l);
        }
      }
    }
    queues = topics * languages.size();
    topicCdf = new double[regions][];
    languageCdf = new double[regions][];
    for (int r = 0; r < regions; r++) {
      Region region = regionList.get(r);
      double[] w = new double[topics];
      for (int t = 0; t < topics; t++) {
        Topic topic = topicList.get(t);
        w[t] = region.topicMix().isEmpty() ? topic.share() : region.topicMix().getOrDefault(topic.name(), 0.0);
      }
      topicCdf[r] = cumulative(w);
      double[] lw = new double[languages.size()];
      for (Map.Entry<String, Double> e : region.languages().entrySet()) {
        lw[languages.indexOf(e.getKey())] = e.getValue();
      }
      languageCdf[r] = cumulative(lw);
    }
    boolean translation = scenario.agents().translation() != null;
    siteQueues = new int[sites][];
    siteTranslationQueues = new int[sites][];
    List<List<Integer>> direct = new ArrayList<>();
    List<List<Integer>> viaTranslation = new ArrayList<>();
    for (int q = 0; q < queues; q++) {
      direct.add(new ArrayList<>());
      viaTranslation.add(new ArrayList<>());
    }
    for (int s = 0; s < sites; s++) {
      Site site = siteList.get(s);
      List<Integer> mine = new ArrayList<>();
      List<Integer> translated = new ArrayList<>();
      for (int t = 0; t < topics; t++) {
        if (!site.skills().servesTopic(topicList.get(t).name())) {
          continue;
        }
        for (int l = 0; l < languages.size(); l++) {
          int q = t * languages.size() + l;
          if (site.skills().servesLanguage(languages.get(l))) {
            mine.add(q);
            direct.get(q).add(s);
          } else if (translation) {
            translated.add(q);
            viaTranslation.get(q).add(s);
          }
        }
      }
      siteQueues[s] = toArray(mine);
      siteTranslationQueues[s] = toArray(translated);
    }
    queueSites = new int[queues][];
    queueTranslationSites = new int[queues][];
    unservable = new boolean[queues];
    boolean any = false;
    for (int q = 0; q < queues; q++) {
      queueSites[q] = toArray(direct.get(q));
      queueTranslationSites[q] = toArray(viaTranslation.get(q));
      unservable[q] = queueSites[q].length == 0 && queueTranslationSites[q].length == 0;
      any |= unservable[q] && demanded(q);
    }
    anyUnservable = any;
    int max = 1;
    for (Site s : siteList) {
      max = Math.max(max, s.maxConcurrency());
    }
    maxConcurrency = max;
    perChatRate = new double[max + 1];
    secondsPerWork = new double[max + 1];
    for (int k = 1; k <= max; k++) {
      perChatRate[k] = scenario.agents().concurrency().throughputAt(k) / k;
      secondsPerWork[k] = 1 / perChatRate[k];
    }
  }

  public Scenario scenario() {
    return scenario;
  }

  public List<String> languages() {
    return List.copyOf(languages);
  }

  /**
   * True when some chats of the scenario have a topic and language no site serves, directly or
   * through translation: they can only leave, and the runs report them apart ({@code unservable}).
   */
  public boolean hasUnservableChats() {
    return anyUnservable;
  }

  /** True when some region sends chats to queue q (its topic and its language both have a share). */
  private boolean demanded(int q) {
    int t = q / languages.size();
    int l = q % languages.size();
    for (int r = 0; r < regions; r++) {
      double topicShare = topicCdf[r][t] - (t == 0 ? 0 : topicCdf[r][t - 1]);
      double languageShare = languageCdf[r][l] - (l == 0 ? 0 : languageCdf[r][l - 1]);
      if (topicShare > 0 && languageShare > 0) {
        return true;
      }
    }
    return false;
  }

  public int queueOf(int topic, int language) {
    return topic * languages.size() + language;
  }

  private static double[] cumulative(double[] w) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    double[] c = new double[w.length];
    double acc = 0;
    for (int i = 0; i < w.length; i++) {
      acc += sum > 0 ? w[i] / sum : 1.0 / w.length;
      c[i] = acc;
    }
    c[w.length - 1] = 1.0;
    return c;
  }

  /** Index drawn from a cumulative distribution with a uniform u in [0, 1). */
  static int draw(double[] cdf, double u) {
    int i = 0;
    while (i < cdf.length - 1 && u >= cdf[i]) {
      i++;
    }
    return i;
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
