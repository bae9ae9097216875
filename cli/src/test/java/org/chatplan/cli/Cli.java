package org.chatplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in-process and captures its output. */
record Cli(int code, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** True when nothing printed looks like a Java stack trace. */
  boolean noStackTrace() {
    String all = out + err;
    return !all.contains("\tat ") && !all.contains("Exception in thread") && !all.matches("(?s).*\\bat org\\.chatplan\\..*");
  }
}
