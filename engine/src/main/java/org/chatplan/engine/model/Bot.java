package org.chatplan.engine.model;

/**
 * The chatbot in front of the queue. Every chat spends {@code handleTime} with it; it resolves a
 * topic's {@code botResolves} share and hands the rest off pre-triaged ({@code triageSaves} off the
 * agent handle time). {@code csat} is the satisfied fraction among bot-resolved chats.
 */
public record Bot(boolean enabled, DurationModel handleTime, double triageSaves,
    double costPerConversation, double csat) {
  public Bot {
    if (enabled) {
      Checks.present("bot.handleTime", handleTime);
    }
    Checks.fraction("bot.triageSavesPercent", triageSaves);
    Checks.nonNegative("bot.costPerConversation", costPerConversation);
    Checks.fraction("bot.csat", csat);
  }

  /** No bot: every chat goes straight to the agent queue. */
  public static Bot none() {
    return new Bot(false, null, 0, 0, 0);
  }
}
