package org.chatplan.charts.render;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file completely or not at all: bytes go to a hidden temporary file in the same folder
 * (same file system, so the move is a rename), are forced to disk, and the temporary file is moved
 * over the target atomically. On failure the temporary file is deleted and the target is untouched;
 * if the program is stopped (Ctrl-C) while writing, a shutdown hook deletes it.
 */
public final class AtomicFiles {
  /** Temporary files being written: deleted by the shutdown hook if the JVM stops before the move. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(AtomicFiles::deleteQuietly),
        "chatplan-temp-cleanup"));
  }

  private AtomicFiles() {}

  /** What a file holds, written to the stream it is given (which it need not close). */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code bytes} to {@code target}, creating its folder if needed. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Streams {@code content} to {@code target}, creating its folder if needed: for outputs too large
   * to hold in memory twice (a year of 30-minute intervals is hundreds of MB of JSON).
   */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, true);
  }

  /**
   * As {@link #write(Path, Content)}; with {@code replace} false an existing target is never
   * replaced, not even one that appeared while the content was being produced: the final step is
   * then a hard link, which fails if the name is taken (or, where links are not supported, a move
   * that does not replace).
   */
  public static void write(Path target, Content content, boolean replace) throws IOException {
    // A link is followed: the file it points to is replaced, in its own folder, and the link stays.
    Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
    Path dir = file.getParent();
    Path created = dir; // the outermost folder this write creates, if any: removed again on failure
    while (created.getParent() != null && !Files.exists(created.getParent())) {
      created = created.getParent();
    }
    boolean creates = !Files.exists(created);
    boolean done = false;
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
      IN_FLIGHT.add(tmp);
      writeAndMove(tmp, file, content, replace);
      done = true;
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + reason(e), e);
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
        IN_FLIGHT.remove(tmp);
      }
      if (!done && creates) {
        removeEmpty(dir, created);
      }
    }
  }

  /** The folders from {@code dir} up to {@code top}, as long as they are empty. */
  private static void removeEmpty(Path dir, Path top) {
    for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
      try {
        Files.deleteIfExists(d);
      } catch (IOException e) {
        return; // not empty (someone else's file) or not ours to remove: leave it
      }
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // at shutdown there is nobody left to tell
    }
  }

  /** What went wrong, in words (the file system's exceptions often carry only the path). */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void writeAndMove(Path tmp, Path file, Content content, boolean replace) throws IOException {
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      BufferedOutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
      content.writeTo(new FilterOutputStream(buffered) {
        @Override public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override public void close() throws IOException {
          flush(); // the channel is closed here, after it is forced to disk
        }
      });
      buffered.flush();
      ch.force(true);
    }
    readableByAll(tmp);
    if (!replace) {
      linkWithoutReplacing(tmp, file);
      return;
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A rename replaces whatever has the name; a new hard link fails instead (atomically). */
  private static void linkWithoutReplacing(Path tmp, Path file) throws IOException {
    try {
      try {
        Files.createLink(file, tmp);
      } catch (FileAlreadyExistsException e) {
        throw e;
      } catch (UnsupportedOperationException | FileSystemException e) {
        Files.move(tmp, file); // no hard links here: a move that refuses an existing target
      }
    } catch (FileAlreadyExistsException e) {
      throw new IOException("a file of that name appeared while chatplan was working; it was left as it is", e);
    }
  }

  /** Writes {@code text} as UTF-8. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code text} as UTF-8; with {@code replace} false an existing target is left alone. */
  public static void writeString(Path target, String text, boolean replace) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes), replace);
  }

  /** Temporary files are created owner-only; a report is meant to be read by others too. */
  private static void readableByAll(Path tmp) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (posix != null) {
      posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
