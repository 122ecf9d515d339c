package org.nianbao.internal.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * A file of lines that appears under its name whole or not at all. Lines go to a temporary file
 * beside the target (same folder, so that the final move is a rename on one file system), each
 * line in one write, never buffered in part; {@link #commit()} moves it over the target
 * atomically. Two runs writing one target each write their own temporary file, and the last
 * rename wins with a whole file.
 *
 * <p>An interrupted run ({@link #abandon()}, e.g. from a shutdown hook on SIGTERM) leaves the
 * target as it was and keeps the temporary file, which holds every line finished so far, each
 * complete: after a long batch the finished reports are worth more than the tidiness of the
 * folder, and its name says it is partial.
 */
public final class LineFile implements Closeable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path partial;
  private final FileChannel channel;
  private long lines;
  /** Set once the file is committed or abandoned: later writes are dropped, never half-done. */
  private boolean finished;

  private LineFile(Path target, Path partial, FileChannel channel) {
    this.target = target;
    this.partial = partial;
    this.channel = channel;
  }

  /**
   * Creates the temporary file beside {@code target}; this is also the check that the target's
   * folder exists and can be written to, done before any work.
   *
   * @throws IOException with a one-line reason the user can act on
   */
  public static LineFile create(Path target) throws IOException {
    // a link to a file is followed, so that the file it names is replaced and the link kept
    Path absolute = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new IOException("is a folder, not a file");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException("its folder " + folder + " does not exist");
    }
    if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      throw new IOException("is read-only");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      // a pipe or a device (/dev/stdout, /dev/null): nothing to replace, so lines go straight to it
      return new LineFile(absolute, null, FileChannel.open(absolute, StandardOpenOption.WRITE));
    }
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.exists(absolute)) {
      throw new IOException("is a link to nothing");
    }
    for (int attempt = 0; ; attempt++) {
      Path partial = folder.resolve(absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
          + Integer.toUnsignedString(RANDOM.nextInt(), 36) + ".partial");
      try {
        FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        keepPermissions(absolute, partial);
        return new LineFile(absolute, partial, channel);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      } catch (java.nio.file.AccessDeniedException e) {
        throw new IOException("its folder " + folder + " cannot be written to");
      }
    }
  }

  /** A replaced file keeps its permissions; a new one gets the user's default (umask), as with {@code >}. */
  private static void keepPermissions(Path target, Path partial) {
    try {
      if (Files.exists(target)) {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
        Files.setPosixFilePermissions(partial, permissions);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // not POSIX, or not ours to read: the default permissions will do
    }
  }

  /** The final name. */
  public Path target() {
    return target;
  }

  /** Where the lines are until the commit; null when they go straight to a pipe or device. */
  public Path partial() {
    return partial;
  }

  /** Lines written so far. */
  public synchronized long lines() {
    return lines;
  }

  /** Writes one line ({@code line} must not hold a line break) in one piece, with its newline. */
  public synchronized void writeLine(String line) throws IOException {
    if (finished) {
      return;
    }
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(line + "\n");
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    lines++;
  }

  /**
   * Writes the records of one report (CSV rows, whose quoted fields may hold line breaks) in one
   * piece, counted as one: an interrupted run keeps whole reports only.
   */
  public synchronized void writeRecords(String records) throws IOException {
    if (finished) {
      return;
    }
    put(records);
    lines++;
  }

  /** Writes what opens the file (a byte order mark, a header row), not counted as finished work. */
  public synchronized void writeHeader(String header) throws IOException {
    if (!finished) {
      put(header);
    }
  }

  private void put(String text) throws IOException {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  /**
   * Writes a whole file the same way: it appears complete under its name, or the file there stays
   * as it was (a half-written page is not worth keeping, so nothing partial is left behind).
   *
   * @throws IOException with a one-line reason the user can act on
   */
  public static void writeWhole(Path target, String content) throws IOException {
    try (LineFile file = create(target)) {
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(content);
      synchronized (file) {
        while (bytes.hasRemaining()) {
          file.channel.write(bytes);
        }
      }
      file.commit();
    }
  }

  /** Moves the finished file into place: atomically where the file system can, else by replacing. */
  public synchronized void commit() throws IOException {
    if (finished) {
      throw new IOException("already finished");
    }
    finished = true;
    if (partial == null) {
      channel.close();
      return;
    }
    channel.force(true);
    channel.close();
    try {
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Stops writing and leaves the target untouched; the temporary file keeps the lines finished.
   *
   * @return true when this call stopped the file, false when it was already committed or abandoned
   */
  public synchronized boolean abandon() {
    if (finished) {
      return false;
    }
    finished = true;
    try {
      channel.close();
      if (lines == 0 && partial != null) {
        Files.deleteIfExists(partial); // nothing finished: nothing worth keeping
      }
    } catch (IOException e) {
      // the lines written are on disk or not; nothing more can be done while stopping
    }
    return true;
  }

  /** A file not committed by now is abandoned: its run failed. */
  @Override
  public void close() {
    abandon();
  }
}
