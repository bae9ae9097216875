package org.chatplan.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chatplan.charts.render.AtomicFiles;
import org.chatplan.cli.UserError;

/**
 * Output files of the commands: refused up front if they would overwrite without {@code --force},
 * then written completely or not at all by {@link AtomicFiles} (a temporary file in the same folder,
 * forced to disk, then moved over the target).
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Refuses, before any work is done, to overwrite an existing file unless forced. */
  public static void checkWritable(Path target, boolean force) {
    if (target == null) {
      return;
    }
    if (Files.isDirectory(target)) {
      throw new UserError(target + ": is a folder; give a file name");
    }
    if (target.toString().isEmpty()) {
      throw new UserError("an output file name is empty; give a file name");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new UserError(target + ": is not a regular file (a device, pipe or socket); give a file name");
    }
    if (Files.exists(target) && !force) {
      throw new UserError(target + ": already exists; use --force to overwrite it, or choose another name");
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserError(target + ": folder " + parent + " does not exist");
    }
  }

  /** Refuses two outputs of one command that name the same file: the second would replace the first. */
  public static void checkDistinct(String what, Path a, String whatElse, Path b) {
    if (a != null && b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      throw new UserError(what + " and " + whatElse + " name the same file " + a + "; give each its own");
    }
  }

  public static void write(Path target, String text) throws IOException {
    AtomicFiles.writeString(target, text);
  }

  /** Streams the content to a temporary file, then moves it over the target. */
  public static void write(Path target, AtomicFiles.Content content) throws IOException {
    AtomicFiles.write(target, content);
  }
}
