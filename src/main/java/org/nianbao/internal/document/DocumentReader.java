package org.nianbao.internal.document;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Duration;
import org.nianbao.ReportReadException;
import org.nianbao.TimeLimitExceededException;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Limits;

/**
 * Word, web page and PDF documents to lines. Each format's parser is touched only here, in the
 * branch for its format. The parsers run on a worker thread that checks the report's {@link
 * Deadline} in its loops, so that it stops by itself when the time is up; the caller waits no
 * longer than the deadline (and a short grace), then abandons the worker and interrupts it.
 */
public final class DocumentReader {
  /** How long past the deadline the caller waits for the worker to stop by itself. */
  private static final Duration GRACE = Duration.ofMillis(500);

  private DocumentReader() {}

  /** Within the {@link Limits#TIME_PER_REPORT}. */
  public static Lines read(Format format, byte[] bytes, String source) throws ReportReadException {
    return read(format, bytes, source, Deadline.after(Limits.TIME_PER_REPORT));
  }

  /** As {@link #read(Format, byte[], String)}, within {@code limit}. */
  public static Lines read(Format format, byte[] bytes, String source, Duration limit) throws ReportReadException {
    return read(format, bytes, source, Deadline.after(limit));
  }

  /** As {@link #read(Format, byte[], String)}, by {@code deadline}. */
  public static Lines read(Format format, byte[] bytes, String source, Deadline deadline)
      throws ReportReadException {
    return onWorker(format, source, deadline, () -> parse(format, bytes, source, deadline));
  }

  /** A web page given as text (already decoded), by {@code deadline}. */
  public static Lines readPage(String html, String source, Deadline deadline) throws ReportReadException {
    return onWorker(Format.HTML, source, deadline, () -> HtmlReader.read(html, source, deadline));
  }

  private static Lines onWorker(Format format, String source, Deadline deadline, Callable<Lines> parse)
      throws ReportReadException {
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "nianbao-document-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<Lines> lines = worker.submit(parse);
      return lines.get(deadline.remaining().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw tooLong(source, deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportReadException(source, "reading was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ReportReadException r) {
        throw r;
      }
      if (cause instanceof TimeLimitExceededException) {
        throw tooLong(source, deadline);
      }
      if (cause instanceof LinkageError) {
        // the reader's library is an optional dependency: an application that reads this format adds it
        throw new ReportReadException(source, "cannot be read: reading " + name(format) + " needs "
            + artifact(format) + " on the class path (optional dependency of nianbao; missing: "
            + oneLine(cause) + ")", cause);
      }
      if (cause instanceof OutOfMemoryError) {
        // the worker's data is garbage now: the next report has the memory back
        throw new ReportReadException(source, "is too large to read in the memory given (" + name(format)
            + "); refused");
      }
      throw new ReportReadException(source, "is not a readable " + name(format) + " document: " + oneLine(cause), cause);
    } finally {
      worker.shutdownNow(); // interrupts a worker still running: its deadline checks stop it
    }
  }

  private static ReportReadException tooLong(String source, Deadline deadline) {
    Duration limit = deadline.limit() == null ? Limits.TIME_PER_REPORT : deadline.limit();
    return new ReportReadException(source, "took longer than " + Limits.seconds(limit)
        + " (time per report) to read; refused");
  }

  private static Lines parse(Format format, byte[] bytes, String source, Deadline deadline) throws Exception {
    return switch (format) {
      case HTML -> HtmlReader.read(bytes, source, deadline);
      case DOCX -> DocxReader.read(bytes, source, deadline);
      case PDF -> PdfReader.read(bytes, source, deadline);
      default -> throw new IllegalArgumentException(format.name());
    };
  }

  /** The Maven artifact, with the version nianbao is built and tested with, that reads {@code format}. */
  static String artifact(Format format) {
    return switch (format) {
      case DOCX -> "org.apache.poi:poi-ooxml:5.5.1";
      case PDF -> "org.apache.pdfbox:pdfbox:3.0.8";
      case HTML -> "org.jsoup:jsoup:1.24.1";
      default -> format.name();
    };
  }

  private static String name(Format format) {
    return switch (format) {
      case DOCX -> "Word (.docx)";
      case PDF -> "PDF";
      case HTML -> "HTML";
      default -> format.name();
    };
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    // one pass, no backtracking: a message may quote a long run of white space from the input
    return message.replaceAll("\\s+", " ").strip();
  }
}
