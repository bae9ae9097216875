package org.chatplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.chatplan.charts.report.HtmlReport;
import org.chatplan.charts.report.PhoneComparison;
import org.chatplan.charts.report.ReportInput;
import org.chatplan.engine.run.ExperimentResult;

/** The {@code --report DIR} option: checks before the run, writes the HTML report after it. */
final class Reports {
  private Reports() {}

  static void checkWritable(Path dir, boolean force) {
    if (dir == null) {
      return;
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserError(dir + ": is a file; --report needs a folder");
    }
    if (Files.exists(dir.resolve(HtmlReport.INDEX)) && !force) {
      throw new UserError(dir.resolve(HtmlReport.INDEX) + ": already exists; use --force to overwrite it, or choose another folder");
    }
  }

  static ZoneId zone(String name) {
    if (name == null) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new UserError("--zone: \"" + name + "\" is not a time zone; use an IANA id such as Europe/Berlin or UTC");
    }
  }

  static void writeRun(Path dir, ExperimentResult result, String yaml, ZoneId zone) throws IOException {
    writeRun(dir, result, yaml, zone, null);
  }

  static void writeRun(Path dir, ExperimentResult result, String yaml, ZoneId zone, PhoneComparison phone) throws IOException {
    ReportInput input = ReportInput.of(result, yaml).withZone(zone);
    if (phone != null) {
      input = input.withPhone(phone);
    }
    HtmlReport.write(dir, input);
  }
}
