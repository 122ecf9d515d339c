package org.nianbao;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.nianbao.internal.document.DocumentReader;
import org.nianbao.internal.document.Format;
import org.nianbao.internal.document.Lines;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.internal.text.Decoding;
import org.nianbao.internal.text.TextDocument;
import org.nianbao.internal.text.TextReader;

/**
 * Reading and writing reports. Canonical JSON is the report's exact form: {@link #toJson} and
 * {@link #readJson} round-trip every cell, blank and not-applicable marks included. Text reports
 * are read by {@link #read} and {@link #load}.
 */
public final class Reports {
  /** Inputs larger than this are refused: no real report comes near it. */
  public static final long MAX_INPUT_BYTES = 32L * 1024 * 1024;

  private Reports() {}

  /**
   * Reads a report file: canonical JSON, text (the layouts of web page, PDF and Word copies), a
   * Word document (.docx), a web page (.html) or a PDF, told apart by the content. Text in UTF-8
   * (with or without a byte order mark), UTF-16 with a byte order mark, or GB18030/GBK is read.
   *
   * @throws ReportReadException with a one-line message naming the file and the problem
   */
  public static Report read(Path file) throws ReportReadException {
    return load(file).report();
  }

  /** Reads a report file with the places its cells came from, for findings that point into it. */
  public static ReportDocument load(Path file) throws ReportReadException {
    String name = file.toString();
    byte[] bytes = bytes(file);
    Format format = Format.of(bytes, name);
    switch (format) {
      case HTML, DOCX, PDF -> {
        Lines lines = DocumentReader.read(format, bytes, name);
        if (lines.text().isBlank()) {
          throw new ReportReadException(name, "has no text (a scanned document? nianbao reads text, not images)");
        }
        TextDocument read = TextReader.read(lines.text(), name);
        return new ReportDocument(name, read.report(), read.cells(), read.issues(), lines.places());
      }
      case OTHER_ZIP -> throw new ReportReadException(name,
          "is a zip archive but not a Word (.docx) document; .doc, .xlsx and .wps files are not read");
      default -> {
        return load(Decoding.decode(bytes, name), name);
      }
    }
  }

  /**
   * Reads a report from its text, canonical JSON or a text layout.
   *
   * @param source how to name the input in messages
   */
  public static ReportDocument load(String text, String source) throws ReportReadException {
    String start = text.stripLeading();
    if (start.isEmpty()) {
      throw new ReportReadException(source, "is empty");
    }
    if (start.startsWith("{") || start.startsWith("[")) {
      return ReportDocument.of(ReportJson.read(text, source), source);
    }
    TextDocument read = TextReader.read(text, source);
    return new ReportDocument(source, read.report(), read.cells(), read.issues());
  }

  /** Reads a canonical JSON report file. */
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
   * @param source how to name the input in error messages
   */
  public static Report readJson(String json, String source) throws ReportReadException {
    return ReportJson.read(json, source);
  }

  /** The canonical JSON of a report: two-space indented, names and order as in the schema. */
  public static String toJson(Report report) {
    return ReportJson.write(report);
  }

  private static byte[] bytes(Path file) throws ReportReadException {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new ReportReadException(name, "is a directory, not a report file");
      }
      long size = Files.size(file);
      if (size > MAX_INPUT_BYTES) {
        throw new ReportReadException(name, "is " + size + " bytes; reports larger than "
            + MAX_INPUT_BYTES + " bytes are refused");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ReportReadException(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new ReportReadException(name, "permission denied");
    } catch (IOException e) {
      throw new ReportReadException(name, "cannot be read: " + e.getMessage());
    }
  }
}
