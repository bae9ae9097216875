package org.chatplan.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.chatplan.charts.render.AtomicFiles;
import org.chatplan.cli.UserError;

/**
 * Output files of the commands: refused up front, before any work is done, if they could not be
 * written or would overwrite without {@code --force}; missing folders on the way are created when
 * the file is written (as for a report folder); then written completely or not at all by
 * {@link AtomicFiles} (a temporary file in the same folder, forced to disk, then moved over the
 * target, or without {@code --force} linked to a name that must still be free).
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Refuses, before any work is done, an output that could not be written or would overwrite unasked. */
  public static void checkWritable(Path target, boolean force) {
    if (target == null) {
      return;
    }
    if (target.toString().isEmpty()) {
      throw new UserError("an output file name is empty; give a file name");
    }
    Path real = AtomicFiles.resolve(target);
    if (target.toAbsolutePath().normalize().startsWith("/dev") || real.startsWith("/proc") || real.startsWith("/dev")) {
      throw new UserError(target + ": is a device or standard output, which chatplan does not write to; give a file name");
    }
    danglingLink(target, target);
    if (Files.isDirectory(target)) {
      throw new UserError(target + ": is a folder; give a file name");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new UserError(target + ": is not a regular file (a device, pipe or socket); give a file name");
    }
    if (Files.exists(target) && !force) {
      throw new UserError(target + ": already exists; use --force to overwrite it, or choose another name");
    }
    Path parent = real.getParent();
    if (parent != null) {
      probe(target, existingFolder(target.toString(), parent));
    }
  }

  /**
   * Refuses a report folder that could not be created or written, or whose report would overwrite
   * unasked. Missing folders are created when the report is written.
   */
  public static void checkFolder(String option, Path dir, String file, boolean force) {
    if (dir == null) {
      return;
    }
    if (dir.toString().isEmpty()) {
      throw new UserError(option + ": the folder name is empty; give a folder for the report");
    }
    String what = option + " " + dir;
    danglingLink(what, dir);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserError(what + ": is a file; give a folder for the report");
    }
    Path index = dir.resolve(file);
    danglingLink(what, index);
    if (Files.isDirectory(index)) {
      throw new UserError(what + ": " + index + " is a folder; the report needs that name for its file");
    }
    if (Files.exists(index) && !force) {
      throw new UserError(what + ": " + index + " already exists; use --force to overwrite it, or choose another folder");
    }
    probe(index, existingFolder(what, AtomicFiles.resolve(dir)));
  }

  /** A link to nothing (or a loop of links) where a file or folder is to be written: refused. */
  private static void danglingLink(Object what, Path p) {
    if (Files.isSymbolicLink(p) && !Files.exists(p)) {
      String to;
      try {
        to = String.valueOf(Files.readSymbolicLink(p));
      } catch (IOException e) {
        to = "?";
      }
      throw new UserError(what + ": " + p + " is a link to " + to + ", which does not exist (or the links loop); "
          + "create it, or give another name");
    }
  }

  /**
   * The nearest existing folder at or above {@code dir}, where missing folders will be created; a
   * dangling link on the way is refused (writing would fail after the run).
   */
  private static Path existingFolder(String what, Path dir) {
    Path existing = dir;
    while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && existing.getParent() != null) {
      existing = existing.getParent();
    }
    danglingLink(what, existing);
    if (!Files.isDirectory(existing)) {
      throw new UserError(what + ": " + existing + " is a file, so the folder cannot be created");
    }
    return existing;
  }

  /** A file created and deleted in {@code folder}: a read-only place is found before the run. */
  private static void probe(Path target, Path folder) {
    if (folder == null) {
      return;
    }
    try {
      Files.delete(Files.createTempFile(folder, ".chatplan-", ".probe"));
    } catch (IOException e) {
      throw new UserError(target + ": cannot write in " + folder + ": " + AtomicFiles.reason(e));
    }
  }

  /**
   * Refuses two outputs of one command that name the same file (the second would replace the first),
   * or a file where the other needs a folder, either way round. Links are followed.
   */
  public static void checkDistinct(String what, Path a, String whatElse, Path b) {
    if (a == null || b == null) {
      return;
    }
    Path x = AtomicFiles.resolve(a);
    Path y = AtomicFiles.resolve(b);
    if (x.equals(y)) {
      throw new UserError(what + " and " + whatElse + " name the same file " + a + "; give each its own");
    }
    if (y.startsWith(x)) {
      throw new UserError(what + " names the file " + a + ", inside which " + whatElse + " would write " + b
          + "; give each its own place");
    }
    if (x.startsWith(y)) {
      throw new UserError(whatElse + " names the file " + b + ", inside which " + what + " would write " + a
          + "; give each its own place");
    }
  }

  /** Writes the text as UTF-8; an existing file is replaced only with {@code force}. */
  public static void write(Path target, String text, boolean force) throws IOException {
    AtomicFiles.writeString(target, text, force);
  }

  /** Writes the bytes; an existing file is replaced only with {@code force}. */
  public static void write(Path target, byte[] bytes, boolean force) throws IOException {
    AtomicFiles.write(target, out -> out.write(bytes), force);
  }

  /** Streams the content to a temporary file, then moves it to the target. */
  public static void write(Path target, AtomicFiles.Content content, boolean force) throws IOException {
    AtomicFiles.write(target, content, force);
  }
}
