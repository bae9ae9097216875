package org.chatplan.engine.model;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where chats come from: a weekly volume spread over local days and local time slots of the region's
 * zone, a language mix, an optional topic mix overriding the global one, and customer patience.
 *
 * @param dayOfWeek 7 weights, Monday first (normalised by the engine)
 * @param hourOfDay 24, 48 or 96 weights for equal slots of the local day (normalised)
 * @param languages language code to weight, in declaration order
 * @param topicMix topic name to weight, or empty to use the global topic shares
 * @param patience time a customer waits in queue before leaving, or null: never leaves
 * @param retry what abandoners do, or null: never come back
 * @param forecastErrorCv cv of a lognormal day-level volume multiplier with mean 1 (0: none)
 * @param silentAbandon fraction of abandoners who leave without closing the chat
 * @param silentAbandonDetectSeconds agent time spent on such a chat before closing it
 */
public record Region(String name, ZoneId zone, double chatsPerWeek, double[] dayOfWeek,
    double[] hourOfDay, Map<String, Double> languages, Map<String, Double> topicMix,
    DurationModel patience, Retry retry, double forecastErrorCv, double silentAbandon,
    double silentAbandonDetectSeconds) {

  public Region {
    Checks.present("region.name", name);
    String at = "demand.regions." + name + ".";
    Checks.present(at + "zone", zone);
    Checks.positive(at + "chatsPerWeek", chatsPerWeek);
    if (dayOfWeek == null || dayOfWeek.length != 7) {
      throw new IllegalArgumentException(at + "dayOfWeek needs 7 weights");
    }
    if (hourOfDay == null || !(hourOfDay.length == 24 || hourOfDay.length == 48 || hourOfDay.length == 96)) {
      throw new IllegalArgumentException(at + "hourOfDay needs 24, 48 or 96 weights");
    }
    dayOfWeek = positiveSum(at + "dayOfWeek", dayOfWeek);
    hourOfDay = positiveSum(at + "hourOfDay", hourOfDay);
    if (languages == null || languages.isEmpty()) {
      throw new IllegalArgumentException(at + "languages needs at least one language");
    }
    languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    topicMix = topicMix == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(topicMix));
    Checks.nonNegative(at + "forecastError", forecastErrorCv);
    Checks.fraction(at + "silentAbandonPercent", silentAbandon);
    Checks.nonNegative(at + "silentAbandonDetect", silentAbandonDetectSeconds);
  }

  /** A region with a flat profile, one language, no retries: the textbook case. */
  public static Region flat(String name, double chatsPerWeek, DurationModel patience) {
    double[] days = new double[7];
    double[] hours = new double[24];
    Arrays.fill(days, 1);
    Arrays.fill(hours, 1);
    return new Region(name, ZoneId.of("UTC"), chatsPerWeek, days, hours, Map.of("en", 1.0), Map.of(),
        patience, null, 0, 0, 120);
  }

  private static double[] positiveSum(String field, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(field + " weights must be finite and >= 0, got " + w);
      }
      sum += w;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException(field + " weights must not all be 0");
    }
    return weights.clone();
  }

  @Override public double[] dayOfWeek() {
    return dayOfWeek.clone();
  }

  @Override public double[] hourOfDay() {
    return hourOfDay.clone();
  }

  @Override public boolean equals(Object o) {
    return o instanceof Region r && name.equals(r.name) && zone.equals(r.zone)
        && chatsPerWeek == r.chatsPerWeek && Arrays.equals(dayOfWeek, r.dayOfWeek)
        && Arrays.equals(hourOfDay, r.hourOfDay) && languages.equals(r.languages)
        && topicMix.equals(r.topicMix) && java.util.Objects.equals(patience, r.patience)
        && java.util.Objects.equals(retry, r.retry) && forecastErrorCv == r.forecastErrorCv
        && silentAbandon == r.silentAbandon && silentAbandonDetectSeconds == r.silentAbandonDetectSeconds;
  }

  @Override public int hashCode() {
    return java.util.Objects.hash(name, zone, chatsPerWeek, Arrays.hashCode(dayOfWeek),
        Arrays.hashCode(hourOfDay), languages, topicMix);
  }

  @Override public String toString() {
    return "Region[" + name + ", " + zone + ", " + chatsPerWeek + "/week]";
  }
}
