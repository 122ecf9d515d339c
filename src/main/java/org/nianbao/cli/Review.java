package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.internal.batch.Baseline;
import org.nianbao.internal.batch.BaselineWriter;
import org.nianbao.internal.output.LineFile;

/** {@code batch --baseline} and {@code --write-baseline}: both read or made before any report is. */
record Review(Baseline accepted, BaselineWriter written) implements AutoCloseable {

  /** The baseline written could not be: the batch's message names the option and the file. */
  static final class WriteException extends IOException {
    private static final long serialVersionUID = 1L;

    WriteException(String message) {
      super(message);
    }
  }

  /**
   * @param read the baseline to read, or null
   * @param write where to write one, or null
   * @throws IOException with a one-line message naming the option and the file
   */
  static Review open(Path read, Path write, List<Path> inputs) throws IOException {
    Baseline accepted = null;
    if (read != null) {
      try {
        accepted = Baseline.load(read);
      } catch (Baseline.BaselineException e) {
        throw new IOException("--baseline " + e.getMessage());
      }
    }
    BaselineWriter written = null;
    if (write != null) {
      String clash = BatchCommand.clash(write, inputs);
      if (clash != null) {
        throw new IOException("--write-baseline " + write + ": " + clash + "; choose a file elsewhere");
      }
      try {
        written = new BaselineWriter(LineFile.create(write));
      } catch (IOException e) {
        throw new IOException("--write-baseline " + write + ": " + e.getMessage());
      }
    }
    return new Review(accepted, written);
  }

  /** Moves the baseline written into place. */
  void commit() throws WriteException {
    if (written != null) {
      try {
        written.commit();
      } catch (IOException e) {
        throw new WriteException("--write-baseline " + written.file().target() + ": cannot be written: "
            + e.getMessage() + "; left as it was");
      }
    }
  }

  /**
   * On SIGTERM: stops the baseline written, leaving its target as it was, and names the partial
   * file holding the entries finished (complete lines; the array left open, so no reader takes it
   * for a whole baseline).
   */
  void abandon(PrintWriter err) {
    if (written == null || !written.file().abandon() || written.file().partial() == null) {
      return;
    }
    // the first line opens the array; the last entry is held back until the next, so never half-written
    long entries = written.file().lines() - 1;
    err.println("nianbao: interrupted; --write-baseline " + Main.oneLine(written.file().target().toString())
        + " left as it was, the " + entries + " entries finished are in "
        + Main.oneLine(written.file().partial().toString()));
  }

  @Override
  public void close() {
    if (written != null) {
      written.close();
    }
  }
}
