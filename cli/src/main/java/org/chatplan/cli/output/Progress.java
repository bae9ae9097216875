package org.chatplan.cli.output;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (the progressbar library), shown only when stderr is a terminal and only
 * once the work has taken longer than a second, so quick runs and piped output stay clean.
 */
public final class Progress implements AutoCloseable {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private final String label;
  private final long total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long done;
  private ProgressBar bar;

  private Progress(String label, long total, boolean terminal) {
    this.label = label;
    this.total = total;
    this.terminal = terminal;
  }

  /**
   * A progress bar for {@code total} steps, drawn on the process's stderr and only when the process
   * runs in an interactive terminal ({@code System.console()}), never into a pipe or a file.
   */
  public static Progress start(String label, long total) {
    return new Progress(label, total, System.console() != null);
  }

  /** One unit done; may be called from several threads. */
  public synchronized void step() {
    done++;
    if (!terminal) {
      return;
    }
    if (bar == null && System.nanoTime() - started > SHOW_AFTER_NANOS && done < total) {
      bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
          .build();
    }
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
