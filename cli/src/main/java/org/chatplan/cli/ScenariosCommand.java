package org.chatplan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chatplan.scenarios.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chatplan scenarios}: the bundled library. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
    description = "Lists the bundled scenarios, or prints one to copy and edit "
        + "(chatplan scenarios --export NAME > my.yaml).")
public final class ScenariosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--export", paramLabel = "NAME", description = "Print the YAML of a bundled scenario.")
  String export;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (export != null) {
      if (!ScenarioLibrary.names().contains(export)) {
        throw new UserError("--export: no bundled scenario '" + export + "'; bundled: "
            + String.join(", ", ScenarioLibrary.names()));
      }
      out.print(ScenarioLibrary.text(export));
      return Main.OK;
    }
    for (String name : ScenarioLibrary.names()) {
      String mark = name.equals(ScenarioLibrary.defaultName()) ? " (default)" : "";
      out.printf("%-22s %s%s%n", name, firstLine(ScenarioLibrary.description(name)), mark);
    }
    return Main.OK;
  }

  private static String firstLine(String s) {
    String line = s == null ? "" : s.strip().lines().findFirst().orElse("");
    return line.length() > 70 ? line.substring(0, 67) + "..." : line;
  }
}
