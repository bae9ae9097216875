package org.chatplan.charts.report;

import java.util.List;
import org.chatplan.engine.run.Metric;

/**
 * What every metric means and how it is computed within one replication; the report prints these
 * beside the numbers. Across replications every figure is then the mean with a 95% Student-t
 * half-width over n replications.
 */
public final class MetricDefinitions {
  /** Meaning in words and the formula. */
  public record Definition(String meaning, String formula) {}

  /** A word the tables and charts use, and what it means. */
  public record Term(String name, String meaning) {}

  private MetricDefinitions() {}

  /** The definition of {@code m}; never null (a metric added later gets a placeholder). */
  public static Definition of(Metric m) {
    return switch (m) {
      case OFFERED -> d("Chats that arrived in the reported window, retries and repeat contacts included.",
          "count of arrivals");
      case BOT_RESOLVED -> d("Chats the bot closed without an agent.", "count of bot resolutions");
      case REACHED_QUEUE -> d("Chats handed to the agent queue (escalated by the bot, or directly without one).",
          "offered − bot-resolved (apart from chats still with the bot at the end)");
      case ANSWERED -> d("Queued chats an agent picked up.", "count of answers");
      case HANDLED -> d("Chats an agent finished.", "count of completions");
      case ABANDONED -> d("Queued chats whose customer left before an agent answered.", "count of abandons");
      case SILENT_ABANDONED -> d("Abandons where the customer left without closing the chat; an agent still"
          + " spends the detection time on it.", "count");
      case RETRIES -> d("Abandoners who came back as a new contact.", "count");
      case REPEAT_CONTACTS -> d("Customers who got a wrong answer and came back.", "count");
      case STILL_IN_SYSTEM -> d("Chats still with the bot, in queue or in service when the window ended.",
          "count at the end");
      case CLOSED_ARRIVALS -> d("Chats that reached the queue while no agent able to serve them was on shift.",
          "count");
      case UNSERVABLE -> d("Contacts that reached the queue with a topic and language no site serves, directly or"
          + " through translation: no staffing answers them; they wait until they abandon or the window ends,"
          + " and each retry counts again (reported only when the scenario has such chats).",
          "count of hand-offs to queues no site serves (part of reached the agent queue)");
      case TRANSLATED -> d("Chats served through the translation fallback.", "count");
      case ASA_SECONDS -> d("Average speed of answer: mean wait of answered chats, from hand-off to answer.",
          "ASA = Σ wait of answered ÷ answered");
      case MEAN_QUEUE_SECONDS -> d("Mean time in queue of every chat that reached the queue, answered or not"
          + " (Little's law: mean queue length ÷ arrival rate).",
          "Σ time in queue (answered and abandoned) ÷ (answered + abandoned)");
      case SERVICE_LEVEL -> d("Share of chats that reached the queue and were answered within the target time;"
          + " abandoned chats count against.",
          "SL = answered within target ÷ (answered + abandoned)");
      case SERVABLE_SERVICE_LEVEL -> d("Service level of the chats some site can serve: the figure staffing can"
          + " change, and the one `staff` plans to (reported only when some chats no site can serve).",
          "answered within target ÷ (answered + abandoned of the chats some site serves)");
      case PROB_WAIT -> d("Share of queued chats that were not answered at once.",
          "1 − answered with zero wait ÷ (answered + abandoned)");
      case WAIT_P50_SECONDS -> percentile("Median", "0.5");
      case WAIT_P90_SECONDS -> percentile("90th percentile", "0.9");
      case WAIT_P99_SECONDS -> percentile("99th percentile", "0.99");
      case ABANDON_RATE -> d("Share of chats that reached the queue and left before an answer.",
          "abandon rate = abandoned ÷ (answered + abandoned)");
      case SERVABLE_ABANDON_RATE -> d("Abandon rate of the chats some site can serve (reported only when some"
          + " chats no site can serve).",
          "abandoned ÷ (answered + abandoned), both of the chats some site serves");
      case MEAN_QUEUE_LENGTH -> d("Time-average number of chats waiting.", "∫ queue length dt ÷ window length");
      case MEAN_CHATS_IN_SERVICE -> d("Time-average number of chats being served.",
          "∫ chats in service dt ÷ window length");
      case MEAN_HANDLE_SECONDS -> d("Mean elapsed time from answer to completion, at whatever concurrency"
          + " the agent had (so above the handle time at concurrency 1 when agents multitask).",
          "Σ (end − answer) ÷ handled");
      case AGENTS_LOGGED_IN -> d("Time-average number of agents logged in and available for chats.",
          "∫ agents logged in dt ÷ period length");
      case OCCUPANCY -> d("Share of available chat slots that held a chat.",
          "occupancy = busy slot time ÷ available slot time");
      case UTILISATION -> d("Share of logged-in time during which an agent held at least one chat.",
          "utilisation = time with ≥ 1 chat ÷ logged-in time");
      case MEAN_CONCURRENCY -> d("Chats an agent held on average while holding any.",
          "mean concurrency = busy slot time ÷ time with ≥ 1 chat");
      case CSAT -> d("Share of answered customers satisfied: the satisfaction curve at each chat's wait,"
          + " minus translation and wrong-answer penalties, averaged.",
          "CSAT = Σ [floor + (immediate − floor)·exp(−wait ÷ tolerance) − penalties]⁺ ÷ answered");
      case CSAT_ALL_CONTACTS -> d("Satisfaction over every outcome: answered, bot-resolved (bot CSAT) and"
          + " abandoned (abandonedCountAs).",
          "(Σ CSAT of answered + bot-resolved × bot CSAT + abandoned × abandonedCountAs)"
              + " ÷ (answered + bot-resolved + abandoned)");
      case FIRST_CONTACT_RESOLUTION -> d("Share of answered chats that got a right answer (no repeat contact"
          + " needed).", "1 − wrong answers ÷ answered");
      case WRONG_ANSWERS -> d("Answers that were wrong (more likely above the recommended concurrency).", "count");
      case PAID_HOURS -> d("Hours paid: scheduled shift time in the window plus overtime.",
          "Σ shift hours + overtime hours");
      case OVERTIME_HOURS -> d("Hours agents worked past shift end to finish the chats they held.",
          "Σ (last chat end − shift end)⁺");
      case COST_LABOUR -> d("Agent pay: hourly cost with night and overtime premiums.",
          "Σ hourlyCost × (hours + night hours × night premium + overtime × (1 + overtime premium))");
      case COST_BOT -> d("Bot conversations times their cost.", "bot conversations × costPerConversation");
      case COST_TOTAL -> d("Labour and bot cost together.", "labour cost + bot cost");
      case COST_PER_CONTACT -> d("What one offered chat costs.", "cost per contact = total cost ÷ offered");
      case COST_PER_RESOLVED -> d("What one resolved chat costs (bot-resolved or handled with a right answer).",
          "total cost ÷ (bot-resolved + handled − wrong answers)");
      default -> d("No definition written yet for '" + m.key() + "'.", "see the engine source");
    };
  }

  /** Terms the tables and charts use that are not metrics, with their meaning. */
  public static List<Term> terms() {
    return List.of(
        new Term("Mean", "average of the figure over the n replications"),
        new Term("± 95% half-width", "t(0.975, n − 1) × sample standard deviation ÷ √n; the mean ± half-width is a 95%"
            + " confidence interval (n/a when n < 2)"),
        new Term("n", "replications in which the figure was defined (e.g. no ASA in a replication where no chat"
            + " was answered)"),
        new Term("Reporting interval", "interval i covers [window start + i × interval, window start + (i + 1) ×"
            + " interval); arrivals count in the interval they arrive, answers in the interval of hand-off"),
        new Term("Staffed capacity (charts)", "agents logged in × throughput(maxConcurrency) × interval ÷ mean agent"
            + " work per escalated chat, summed over sites; an approximation for orientation"));
  }

  private static Definition percentile(String which, String p) {
    return d(which + " of the queue wait of answered chats, read from a wait histogram (so to its bucket"
        + " resolution).", "smallest w with P(wait ≤ w) ≥ " + p);
  }

  private static Definition d(String meaning, String formula) {
    return new Definition(meaning, formula);
  }
}
