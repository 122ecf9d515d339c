package org.nianbao.internal.document;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.nianbao.ReportReadException;

/**
 * Word, web page and PDF documents to lines. Each format's parser is touched only here, in the
 * branch for its format. A document that takes longer than {@link #TIME_LIMIT_SECONDS} to parse
 * is refused rather than left to hang the caller.
 */
public final class DocumentReader {
  public static final int TIME_LIMIT_SECONDS = 30;

  private DocumentReader() {}

  public static Lines read(Format format, byte[] bytes, String source) throws ReportReadException {
    return read(format, bytes, source, java.time.Duration.ofSeconds(TIME_LIMIT_SECONDS));
  }

  /** As {@link #read(Format, byte[], String)}, within {@code limit}. */
  public static Lines read(Format format, byte[] bytes, String source, java.time.Duration limit)
      throws ReportReadException {
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "nianbao-document-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<Lines> lines = worker.submit(() -> parse(format, bytes, source));
      return lines.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ReportReadException(source, "took longer than " + limit.toMillis() / 1000.0 + " s to read; refused");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportReadException(source, "reading was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ReportReadException r) {
        throw r;
      }
      throw new ReportReadException(source, "is not a readable " + name(format) + " document: " + oneLine(cause), cause);
    } finally {
      worker.shutdownNow();
    }
  }

  private static Lines parse(Format format, byte[] bytes, String source) throws Exception {
    return switch (format) {
      case HTML -> HtmlReader.read(bytes, source);
      case DOCX -> DocxReader.read(bytes);
      case PDF -> PdfReader.read(bytes, source);
      default -> throw new IllegalArgumentException(format.name());
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
    return message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
