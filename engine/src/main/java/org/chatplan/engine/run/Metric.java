package org.chatplan.engine.run;

/**
 * Every figure a run reports, with its JSON key. Definitions and formulas are in docs/metrics.md;
 * rates and shares are fractions, times are seconds. Not every metric applies to every breakdown
 * (a region has no occupancy): undefined figures are NaN and left out of the output.
 */
public enum Metric {
  OFFERED("offered"),
  BOT_RESOLVED("botResolved"),
  REACHED_QUEUE("reachedQueue"),
  ANSWERED("answered"),
  HANDLED("handled"),
  ABANDONED("abandoned"),
  SILENT_ABANDONED("silentAbandoned"),
  RETRIES("retries"),
  REPEAT_CONTACTS("repeatContacts"),
  STILL_IN_SYSTEM("stillInSystem"),
  CLOSED_ARRIVALS("closedArrivals"),
  UNSERVABLE("unservable"),
  TRANSLATED("translated"),
  ASA_SECONDS("asaSeconds"),
  MEAN_QUEUE_SECONDS("meanQueueSeconds"),
  SERVICE_LEVEL("serviceLevel"),
  SERVABLE_SERVICE_LEVEL("servableServiceLevel"),
  PROB_WAIT("probWait"),
  WAIT_P50_SECONDS("waitP50Seconds"),
  WAIT_P90_SECONDS("waitP90Seconds"),
  WAIT_P99_SECONDS("waitP99Seconds"),
  ABANDON_RATE("abandonRate"),
  SERVABLE_ABANDON_RATE("servableAbandonRate"),
  MEAN_QUEUE_LENGTH("meanQueueLength"),
  MEAN_CHATS_IN_SERVICE("meanChatsInService"),
  MEAN_HANDLE_SECONDS("meanHandleSeconds"),
  AGENTS_LOGGED_IN("agentsLoggedIn"),
  OCCUPANCY("occupancy"),
  UTILISATION("utilisation"),
  MEAN_CONCURRENCY("meanConcurrency"),
  CSAT("csat"),
  CSAT_ALL_CONTACTS("csatAllContacts"),
  FIRST_CONTACT_RESOLUTION("firstContactResolution"),
  WRONG_ANSWERS("wrongAnswers"),
  PAID_HOURS("paidHours"),
  OVERTIME_HOURS("overtimeHours"),
  COST_LABOUR("costLabour"),
  COST_BOT("costBot"),
  COST_TOTAL("costTotal"),
  COST_PER_CONTACT("costPerContact"),
  COST_PER_RESOLVED("costPerResolved");

  private final String key;

  Metric(String key) {
    this.key = key;
  }

  /** camelCase JSON key. */
  public String key() {
    return key;
  }
}
