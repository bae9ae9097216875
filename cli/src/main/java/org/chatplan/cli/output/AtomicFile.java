package org.chatplan.cli.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.chatplan.cli.UserError;

/** Writes a file completely or not at all: a temporary file in the same folder, then a move. */
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
    if (Files.exists(target) && !force) {
      throw new UserError(target + ": already exists; use --force to overwrite it, or choose another name");
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserError(target + ": folder " + parent + " does not exist");
    }
  }

  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
