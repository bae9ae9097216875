package org.chatplan.engine.centre;

/** Raw within-replication counters kept per breakdown; turned into {@code Metric}s at the end. */
final class Counter {
  static final int OFFERED = 0;
  static final int BOT_CONVERSATIONS = 1;
  static final int BOT_RESOLVED = 2;
  static final int REACHED = 3;
  static final int ANSWERED = 4;
  static final int IMMEDIATE = 5;
  static final int HANDLED = 6;
  static final int HANDLE_SUM = 7;
  static final int ABANDONED = 8;
  static final int SILENT = 9;
  static final int RETRIES = 10;
  static final int REPEATS = 11;
  static final int CLOSED = 12;
  static final int TRANSLATED = 13;
  static final int WITHIN_TARGET = 14;
  static final int WAIT_SUM = 15;
  static final int QUEUE_SUM = 16;
  static final int CSAT_SUM = 17;
  static final int WRONG = 18;
  static final int STILL = 19;
  /** Chats that reached a queue no site serves (a subset of REACHED). */
  static final int UNSERVABLE = 20;
  /** Of those, the ones still waiting at the end of the run (a subset of STILL). */
  static final int UNSERVABLE_STILL = 21;
  static final int COUNT = 22;

  private Counter() {}
}
