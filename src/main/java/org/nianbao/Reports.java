package org.nianbao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Limits;
import org.nianbao.internal.document.DocumentReader;
import org.nianbao.internal.document.Format;
import org.nianbao.internal.document.Lines;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.internal.text.Decoding;
import org.nianbao.internal.text.TextDocument;
import org.nianbao.internal.text.TextReader;

/**
 * Reading and writing reports.
 *
 * <p>There is one way in for a report file: {@link #load(Path)}, {@link #load(String, String)} or
 * {@link #load(InputStream, String)}, each giving a {@link ReportDocument}, which {@link
 * ReportValidator#validate(ReportDocument)} checks. The three read the same formats, told apart
 * the same way, and give the same document for the same content: findings then point at the line
 * (or page, table and row) of the input, and what reading could not settle, such as a row whose
 * values cannot be placed in its cells, is reported as what it is. {@link ReportDocument#report()}
 * is the report alone, for storing or building on: it no longer knows where its cells came from
 * nor what reading noticed (see {@link ReportValidator#validate(Report)}).
 *
 * <p>Canonical JSON is the report's exact form: {@link #toJson} and {@link #readJson} round-trip
 * every cell, blank and not-applicable marks included. {@code readJson} reads JSON only and
 * refuses anything else; for JSON, which has no lines to point at nor anything left to settle,
 * it gives the same report as {@code load(...).report()}.
 */
public final class Reports {
  /** Inputs larger than this are refused: no real report comes near it. */
  public static final long MAX_INPUT_BYTES = Limits.MAX_INPUT_BYTES;

  /** The time one report may take, reading and checking together. */
  public static final java.time.Duration TIME_PER_REPORT = Limits.TIME_PER_REPORT;

  private Reports() {}

  /**
   * Reads a report file with the places its cells came from, for findings that point into it.
   *
   * <p>The formats are canonical JSON, text (the layouts of web page, PDF and Word copies), a
   * Word document (.docx), a web page (.html) and a PDF, told apart by the content, not by the
   * file's name (a name ending in {@code .htm} or {@code .html} only settles a fragment of a page
   * that starts with neither a doctype nor {@code <html>}). Text in UTF-8 (with or without a byte
   * order mark), UTF-16 with a byte order mark, or GB18030/GBK is read. Only regular files are
   * read (after following links): a device or a FIFO is refused unopened. Reading and the check
   * of the report that follows share the {@link #TIME_PER_REPORT}.
   *
   * @param file the report file
   * @return the report with the places of its cells and what reading noticed
   * @throws ReportReadException with a one-line message naming the file and the problem
   */
  public static ReportDocument load(Path file) throws ReportReadException {
    return load(file, Deadline.after(Limits.TIME_PER_REPORT));
  }

  static ReportDocument load(Path file, Deadline deadline) throws ReportReadException {
    long start = System.nanoTime();
    String name = file.toString();
    return parse(bytes(file), name, deadline).readIn(java.time.Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Reads a report from a stream, such as an upload or standard input, in any of the formats of
   * {@link #load(Path)}, told apart by the content as there: the same bytes give the same document
   * as a file would. As a file, it is refused past {@link #MAX_INPUT_BYTES}, and only as much is
   * read.
   *
   * @param in the stream; it is read, not closed
   * @param source how to name the input in messages and findings, e.g. the uploaded file's name,
   *     {@code -} or {@code <stdin>}
   * @return the report with the places of its cells and what reading noticed
   * @throws ReportReadException with a one-line message naming the source and the problem
   */
  public static ReportDocument load(InputStream in, String source) throws ReportReadException {
    return load(in, source, Deadline.after(Limits.TIME_PER_REPORT));
  }

  static ReportDocument load(InputStream in, String source, Deadline deadline) throws ReportReadException {
    long start = System.nanoTime();
    byte[] bytes;
    try {
      bytes = bounded(in, source);
    } catch (IOException e) {
      throw new ReportReadException(source, "cannot be read: " + e.getMessage());
    }
    return parse(bytes, source, deadline).readIn(java.time.Duration.ofNanos(System.nanoTime() - start));
  }

  private static ReportDocument parse(byte[] bytes, String name, Deadline deadline) throws ReportReadException {
    try {
      Format format = Format.of(bytes, name);
      return switch (format) {
        case HTML, DOCX, PDF -> fromLines(DocumentReader.read(format, bytes, name, deadline), name, deadline);
        case OTHER_ZIP -> throw new ReportReadException(name,
            "is a zip archive but not a Word (.docx) document; .doc, .xlsx and .wps files are not read");
        default -> load(Decoding.decode(bytes, name), name, deadline);
      };
    } catch (TimeLimitExceededException e) {
      throw new ReportReadException(name, readingTooLong(e));
    }
  }

  /** A document's text, read as a text layout; places in the text are mapped back to the document. */
  private static ReportDocument fromLines(Lines lines, String name, Deadline deadline) throws ReportReadException {
    if (lines.text().isBlank()) {
      throw new ReportReadException(name, "has no text (a scanned document? nianbao reads text, not images)");
    }
    String text = lines.text();
    requireShortLines(text, name);
    deadline.check();
    TextDocument read = TextReader.read(text, name, deadline);
    return new ReportDocument(name, read.report(), read.cells(), read.issues(), lines.places());
  }

  private static String readingTooLong(TimeLimitExceededException e) {
    return e.limit() == null ? "reading was stopped"
        : "took longer than " + Limits.seconds(e.limit()) + " (time per report) to read; refused";
  }

  /**
   * A line longer than a JSON string may be could not be written by {@code extract} and read back:
   * no report has one, so the input is refused.
   */
  private static void requireShortLines(String text, String source) throws ReportReadException {
    int start = 0;
    int line = 1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i == text.length() ? '\n' : text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (i - start > Limits.MAX_LINE_CHARS) {
          throw new ReportReadException(source, "line " + line + " is " + (i - start)
              + " characters long, over the line length limit of " + Limits.MAX_LINE_CHARS + "; refused");
        }
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++; // CR LF ends one line
        }
        start = i + 1;
        line++;
      }
    }
  }

  /**
   * Reads a report from its text: canonical JSON, a text layout or a web page (HTML), told apart
   * by the content as {@link #load(Path)} tells them; the same text gives the same document as a
   * file holding it would. A Word document or PDF is not text: give its bytes to {@link
   * #load(InputStream, String)}.
   *
   * @param text the report's text
   * @param source how to name the input in messages and findings, e.g. the file it came from
   * @return the report with the places of its cells and what reading noticed
   * @throws ReportReadException with a one-line message naming the source and the problem
   */
  public static ReportDocument load(String text, String source) throws ReportReadException {
    return load(text, source, Deadline.after(Limits.TIME_PER_REPORT));
  }

  static ReportDocument load(String text, String source, Deadline deadline) throws ReportReadException {
    long begin = System.nanoTime();
    try {
      return loadText(text, source, deadline).readIn(java.time.Duration.ofNanos(System.nanoTime() - begin));
    } catch (TimeLimitExceededException e) {
      throw new ReportReadException(source, readingTooLong(e));
    }
  }

  private static ReportDocument loadText(String text, String source, Deadline deadline) throws ReportReadException {
    String start = text.stripLeading();
    if (start.isEmpty()) {
      throw new ReportReadException(source, "is empty");
    }
    switch (Format.ofText(text, source)) {
      case JSON -> {
        return ReportDocument.of(ReportJson.read(text, source), source);
      }
      case HTML -> {
        return fromLines(DocumentReader.readPage(text, source, deadline), source, deadline);
      }
      default -> {
        // a text layout, read below
      }
    }
    requireShortLines(text, source);
    deadline.check();
    TextDocument read = TextReader.read(text, source, deadline);
    return new ReportDocument(source, read.report(), read.cells(), read.issues());
  }

  /** At most {@link #MAX_INPUT_BYTES}: a longer stream is refused as soon as it passes the limit. */
  private static byte[] bounded(InputStream in, String name) throws IOException, ReportReadException {
    byte[] bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
    if (bytes.length > MAX_INPUT_BYTES) {
      throw new ReportReadException(name, "is larger than " + MAX_INPUT_BYTES + " bytes; reports larger than "
          + MAX_INPUT_BYTES + " bytes (input size) are refused");
    }
    return bytes;
  }

  /**
   * Reads a canonical JSON report file.
   *
   * @param file the file, in UTF-8
   * @return the report
   * @throws ReportReadException with a one-line message naming the file and the problem
   */
  public static Report readJson(Path file) throws ReportReadException {
    String name = file.toString();
    byte[] bytes = bytes(file);
    try {
      return ReportJson.read(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString(), name);
    } catch (CharacterCodingException e) {
      throw new ReportReadException(name, "is not UTF-8 text (a JSON report must be UTF-8)");
    }
  }

  /**
   * Reads a canonical JSON report from a string.
   *
   * @param json the canonical JSON
   * @param source how to name the input in error messages
   * @return the report
   * @throws ReportReadException with a one-line message naming the source and the problem
   */
  public static Report readJson(String json, String source) throws ReportReadException {
    return ReportJson.read(json, source);
  }

  /**
   * The canonical JSON of a report.
   *
   * @param report the report
   * @return the JSON, two-space indented, names and order as in the schema
   */
  public static String toJson(Report report) {
    return ReportJson.write(report);
  }

  private static byte[] bytes(Path file) throws ReportReadException {
    String name = file.toString();
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new ReportReadException(name, "is a directory, not a report file");
      }
      if (!attributes.isRegularFile()) {
        // a device never ends and a FIFO may never be written to: not opened at all
        throw new ReportReadException(name, "is not a regular file (a device, FIFO or socket); refused"
            + " (to read standard input, give -)");
      }
      long size = attributes.size();
      if (size > MAX_INPUT_BYTES) {
        throw new ReportReadException(name, "is " + size + " bytes; reports larger than "
            + MAX_INPUT_BYTES + " bytes (input size) are refused");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return bounded(in, name); // the file may grow while it is read
      }
    } catch (NoSuchFileException e) {
      throw new ReportReadException(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new ReportReadException(name, "permission denied");
    } catch (IOException e) {
      throw new ReportReadException(name, "cannot be read: " + e.getMessage());
    }
  }
}
