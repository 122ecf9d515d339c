package org.nianbao;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.nianbao.internal.json.ReportJson;

/**
 * Reading and writing reports. Canonical JSON is the report's exact form: {@link #toJson} and
 * {@link #readJson} round-trip every cell, blank and not-applicable marks included.
 */
public final class Reports {
  /** Inputs larger than this are refused: no real report comes near it. */
  public static final long MAX_INPUT_BYTES = 32L * 1024 * 1024;

  private Reports() {}

  /**
   * Reads a report file. Today that is canonical JSON; the format is told by the content, so a
   * JSON report is read whatever its file name.
   *
   * @throws ReportReadException with a one-line message naming the file and the problem
   */
  public static Report read(Path file) throws ReportReadException {
    String text = readText(file);
    String start = text.stripLeading();
    if (start.isEmpty()) {
      throw new ReportReadException(file.toString(), "is empty");
    }
    if (start.startsWith("{") || start.startsWith("[")) {
      return ReportJson.read(text, file.toString());
    }
    throw new ReportReadException(file.toString(),
        "not a canonical JSON report; reading text, Word, HTML and PDF reports is not supported yet");
  }

  /** Reads a canonical JSON report file. */
  public static Report readJson(Path file) throws ReportReadException {
    return ReportJson.read(readText(file), file.toString());
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

  private static String readText(Path file) throws ReportReadException {
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
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw new ReportReadException(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new ReportReadException(name, "permission denied");
    } catch (CharacterCodingException e) {
      throw new ReportReadException(name, "is not UTF-8 text (a JSON report must be UTF-8)");
    } catch (IOException e) {
      throw new ReportReadException(name, "cannot be read: " + e.getMessage());
    }
  }
}
