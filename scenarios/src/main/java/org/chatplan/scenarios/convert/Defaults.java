package org.chatplan.scenarios.convert;

/**
 * Defaults and sanity limits of the v1 format (all in engine units: seconds, fractions). Every
 * value here is stated in docs/scenario-format.md.
 */
public final class Defaults {
  private Defaults() {}

  public static final String CURRENCY = "USD";
  public static final double WARMUP_SECONDS = 0;
  public static final double INTERVAL_SECONDS = 1800;
  public static final int REPLICATIONS = 10;
  /** Seed used when {@code run.seed} is absent. */
  public static final long SEED = 20270301L;
  public static final double MAX_ABANDON = 1.0;
  public static final double SILENT_ABANDON_DETECT_SECONDS = 120;
  public static final int RECOMMENDED_CONCURRENCY = 2;
  public static final double SHIFT_SHRINKAGE = 0.30;
  public static final double OVERTIME_PREMIUM = 0.50;
  public static final double BOT_CSAT = 0.70;
  public static final double TRANSLATION_AFTER_SECONDS = 120;
  public static final double TRANSLATION_HANDLE_FACTOR = 1.30;
  public static final double TRANSLATION_CSAT_PENALTY = 0.10;
  public static final double PHONE_SHRINKAGE = 0.30;

  /** Limits beyond which a value is surely a typo (and would make a run take forever). */
  public static final double MAX_CHATS_PER_WEEK = 10_000_000;
  public static final long MAX_AGENTS = 100_000;
  public static final long MAX_CONCURRENCY = 20;
  public static final long MAX_REPLICATIONS = 10_000;
  public static final long MAX_DAYS = 366;
  public static final double MAX_WARMUP_SECONDS = 30 * 86400.0;
  public static final double MAX_MONEY = 1_000_000;
  public static final double MAX_PREMIUM_PERCENT = 1000;
  /** Above this many chats per agent a warning says quality is unlikely to hold. */
  public static final int HIGH_CONCURRENCY = 4;
}
