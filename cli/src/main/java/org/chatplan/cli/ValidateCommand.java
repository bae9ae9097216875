package org.chatplan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chatplan.scenarios.LoadResult;
import org.chatplan.scenarios.Problem;
import org.chatplan.scenarios.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chatplan validate FILE}: errors and warnings, no simulation. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks a scenario and prints its errors and warnings without simulating. "
        + "Exit status 0 when it can run, 2 when it has errors.")
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file or bundled name.")
  String scenario;

  @Override public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult result = ScenarioLoader.resolve(scenario);
    // Errors first, then warnings, on one stream when there are errors so that the order holds
    // however the two streams are interleaved.
    for (Problem p : result.problems()) {
      (result.ok() ? out : err).println(p.format());
    }
    if (!result.ok()) {
      err.println(result.errors().size() + " error(s), " + result.warnings().size() + " warning(s)");
      return Main.BAD_INPUT;
    }
    out.println(scenario + ": ok (" + result.warnings().size() + " warning(s))");
    return Main.OK;
  }
}
