package org.chatplan.charts;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** How a time zone is named on axes and in reports: its IANA id, and "UTC" rather than "Z". */
public final class ZoneText {
  private ZoneText() {}

  public static String name(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }
}
