package org.chatplan.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --set PATH=VALUE}: scenario fields overridden before validation (run, staff, compare). */
public final class Overrides {
  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override a scenario field before validation, e.g. --set calendar.days=14 "
          + "--set 'demand.regions[*].chatsPerWeek=x1.2'. Repeatable; compare applies it to every scenario.")
  List<String> settings = new ArrayList<>();
}
