package org.chatplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.chatplan.charts.report.HtmlReport;
import org.chatplan.charts.report.PhoneComparison;
import org.chatplan.charts.report.ReportInput;
import org.chatplan.cli.output.AtomicFile;
import org.chatplan.engine.run.ExperimentResult;

/** The {@code --report DIR} option: the charts' time zone, and the HTML report written after the run. */
final class Reports {
  private Reports() {}

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

  static void writeRun(Path dir, ExperimentResult result, String yaml, ZoneId zone, PhoneComparison phone,
      boolean force) throws IOException {
    ReportInput input = ReportInput.of(result, yaml).withZone(zone);
    if (phone != null) {
      input = input.withPhone(phone);
    }
    AtomicFile.write(dir.resolve(HtmlReport.INDEX), HtmlReport.render(input), force);
  }
}
