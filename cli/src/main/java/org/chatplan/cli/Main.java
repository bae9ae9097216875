package org.chatplan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chatplan.engine.erlang.LoadTooLargeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command: {@code chatplan}. Maps every outcome to an exit status in one place. */
@Command(name = "chatplan", mixinStandardHelpOptions = true, version = "chatplan 0.1.0",
    description = "Simulates a live-chat support operation and plans its staffing.%n"
        + "Run without a scenario to use the bundled default (follow-the-sun).",
    subcommands = {RunCommand.class, ValidateCommand.class, ScenariosCommand.class, ErlangCommand.class,
        SweepCommand.class, CompareCommand.class, StaffCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
  public static final int OK = 0;
  public static final int RUN_FAILED = 1;
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return OK;
  }

  /** A configured command line; tests call this with their own writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      PrintWriter e = line.getErr();
      if (ex instanceof UserError u) {
        u.lines().forEach(e::println);
        e.flush();
        return BAD_INPUT;
      }
      if (cause(ex, LoadTooLargeException.class) instanceof LoadTooLargeException big) {
        e.println("chatplan: staffing: " + big.getMessage() + "; check chatsPerWeek and the handle times"
            + " (phone.handleTime for the phone baseline, which --no-phone skips)");
        e.flush();
        return BAD_INPUT;
      }
      e.println(causedByOutOfMemory(ex) ? outOfMemory(Runtime.getRuntime().maxMemory())
          : ex instanceof java.io.IOException io ? "chatplan: run failed: " + io.getMessage() // names the file
          : "chatplan: run failed: " + ex);
      e.flush();
      return RUN_FAILED;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      PrintWriter e = ex.getCommandLine().getErr();
      e.println("chatplan: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
      e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      e.flush();
      return BAD_INPUT;
    });
    return cl;
  }

  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    int code;
    try {
      code = commandLine(out, err).execute(args);
    } catch (OutOfMemoryError e) {
      // by now the command's data is unreachable, so there is room to say so in one line
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      code = RUN_FAILED;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** True when a worker's OutOfMemoryError reached the command wrapped in other exceptions. */
  static boolean causedByOutOfMemory(Throwable t) {
    return cause(t, OutOfMemoryError.class) != null;
  }

  /** The first throwable of the given type in t's chain of causes (workers' errors arrive wrapped), or null. */
  static Throwable cause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The one line for a run that needed more memory than the JVM may use. Output files are written
   * atomically, so one being written at the time is simply absent.
   */
  static String outOfMemory(long maxHeapBytes) {
    return "chatplan: run failed: out of memory (Java may use " + maxHeapBytes / (1024 * 1024) + " MB; an output "
        + "file being written, if any, was left as it was). Give Java more, e.g. JAVA_OPTS=-Xmx8g ./chatplan ... "
        + "or java -Xmx8g -jar chatplan.jar ..., or run fewer days, intervals or replications";
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    StdoutFailure failure = new StdoutFailure(new FileOutputStream(FileDescriptor.out));
    PrintStream stdout = new PrintStream(failure, true);
    int code = execute(new PrintWriter(stdout, true), new PrintWriter(System.err, true), args);
    stdout.flush();
    System.exit(stdoutFailed(failure.first, code, stdoutIsPipe()));
  }

  /** True when standard output is a pipe (Linux; elsewhere false): its only write error is a reader gone. */
  static boolean stdoutIsPipe() {
    try {
      return java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString().startsWith("pipe:");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A PrintStream swallows write errors: without this check, {@code scenarios --export NAME > my.yaml}
   * on a full disk would leave an empty file and exit 0. A reader that stopped reading ({@code | head})
   * is not an error of ours: as for any command in a pipe, nothing is said.
   */
  static int stdoutFailed(IOException first, int code, boolean pipe) {
    // the message is translated in other locales ("Datenübergabe unterbrochen"): the pipe test decides
    if (first == null || code != OK || pipe || String.valueOf(first.getMessage()).contains("Broken pipe")) {
      return code;
    }
    System.err.println("chatplan: run failed: standard output could not be written completely: " + first.getMessage());
    return RUN_FAILED;
  }

  /** Standard output that remembers its first write error. */
  static final class StdoutFailure extends FilterOutputStream {
    IOException first;

    StdoutFailure(OutputStream out) {
      super(out);
    }

    @Override public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      first = first == null ? e : first;
      return e;
    }
  }
}
