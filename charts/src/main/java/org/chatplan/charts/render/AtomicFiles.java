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
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file completely or not at all: bytes go to a hidden temporary file in the same folder
 * (same file system, so the move is a rename), are forced to disk, and the temporary file is moved
 * over the target atomically. On failure the temporary file is deleted and the target is untouched;
 * if the program is stopped (Ctrl-C) while writing, a shutdown hook deletes it.
 */
public final class AtomicFiles {
  /** Temporary files being written: deleted by the shutdown hook if the JVM stops before the move. */
  private static final Set<Writing> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(Writing::abandon),
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
    // Links are followed as the system follows them (so `link/../x` is x beside the link's target,
    // and a link to a file has that file replaced, the link kept).
    Path file = resolve(target);
    Path dir = file.getParent();
    Path created = dir; // the outermost folder this write creates, if any: removed again on failure
    while (created.getParent() != null && !Files.exists(created.getParent(), LinkOption.NOFOLLOW_LINKS)) {
      created = created.getParent();
    }
    // Only what does not exist at all is ours: a dangling link is someone's, and never removed.
    Path top = Files.exists(created, LinkOption.NOFOLLOW_LINKS) ? null : created;
    Writing w = new Writing(dir, top);
    boolean done = false;
    try {
      Files.createDirectories(dir);
      w.tmp = tempFile(dir, file.getFileName().toString());
      IN_FLIGHT.add(w);
      writeAndMove(w.tmp, file, content, replace);
      done = true;
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + reason(e), e);
    } finally {
      if (w.tmp != null) {
        Files.deleteIfExists(w.tmp);
      }
      IN_FLIGHT.remove(w);
      if (!done) {
        w.removeFolders();
      }
    }
  }

  /**
   * The absolute path the system means by {@code p}: links resolved as far as the path exists (a
   * final link to an existing file included), the rest appended as written.
   */
  public static Path resolve(Path p) {
    Path abs = p.toAbsolutePath();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      Path parent = abs.getParent();
      Path name = abs.getFileName();
      if (parent == null || name == null) {
        return abs.normalize();
      }
      Path real = resolve(parent);
      return switch (name.toString()) {
        case "." -> real;
        case ".." -> real.getParent() == null ? real : real.getParent();
        default -> real.resolve(name);
      };
    }
  }

  /** One write in progress: its temporary file and the folders it created, for clean-up. */
  private static final class Writing {
    final Path dir;
    final Path top;
    volatile Path tmp;

    Writing(Path dir, Path top) {
      this.dir = dir;
      this.top = top;
    }

    /** Deletes the temporary file and the now empty folders this write created (none it did not). */
    void abandon() {
      deleteQuietly(tmp);
      removeFolders();
    }

    void removeFolders() {
      if (top == null) {
        return;
      }
      for (Path d = dir; d != null && d.startsWith(top); d = d.getParent()) {
        try {
          Files.deleteIfExists(d);
        } catch (IOException e) {
          return; // not empty (someone else's file) or not ours to remove: leave it
        }
      }
    }
  }

  /**
   * A new empty file beside the target, created with the default permissions (the user's umask),
   * named after the target but short enough for any name the target itself may have.
   */
  private static Path tempFile(Path dir, String name) throws IOException {
    String stem = "." + (name.length() > 40 ? name.substring(0, 40) : name) + ".";
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve(stem + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
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
    keepPermissions(file, tmp);
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
    writeString(target, text, true);
  }

  /** Writes {@code text} as UTF-8; with {@code replace} false an existing target is left alone. */
  public static void writeString(Path target, String text, boolean replace) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes), replace);
  }

  /** A replaced file keeps its permissions (a private result stays private); a new one has the umask's. */
  private static void keepPermissions(Path file, Path tmp) throws IOException {
    if (Files.exists(file) && Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
    }
  }
}
