package org.nianbao.internal.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nianbao.Reports;

/**
 * A report posted to the API: its bytes, the name it goes by and the language of the answer. The
 * body is read only up to {@link Reports#MAX_INPUT_BYTES}, whatever {@code Content-Length} says.
 */
record Upload(byte[] bytes, String source, Locale locale, boolean fragment) {
  /** The name of an upload that gives none, as {@code check -} names standard input. */
  static final String UNNAMED = "upload";

  private static final int MAX_NAME_CHARS = 255;

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** The types a report is posted as; the content, not the type, decides how it is read. */
  private static final Set<String> TYPES = Set.of("text/plain", "application/json", "text/html", "application/pdf",
      DOCX);

  /** A client that sends no type (or only "bytes") names the file instead. */
  private static final Set<String> UNTYPED = Set.of("", "application/octet-stream");

  private static final Set<String> EXTENSIONS = Set.of(".txt", ".json", ".html", ".htm", ".docx", ".pdf");

  private static final JsonFactory JSON = new JsonFactory();

  /** The request's parameters; nothing of the body is read yet. */
  static Upload describe(String rawQuery, Headers headers) throws HttpProblem {
    Map<String, String> query = query(rawQuery);
    String source = query.getOrDefault("name", UNNAMED);
    if (source.isBlank() || source.length() > MAX_NAME_CHARS || source.chars().anyMatch(Character::isISOControl)) {
      throw new HttpProblem(400, "name must be 1 to " + MAX_NAME_CHARS + " characters, without control characters");
    }
    String fragment = query.getOrDefault("fragment", "false");
    if (!fragment.equals("true") && !fragment.equals("false")) {
      throw new HttpProblem(400, "fragment must be true or false, not \"" + fragment + "\"");
    }
    Upload upload = new Upload(null, source, locale(query.get("lang"), headers.getFirst("Accept-Language")),
        fragment.equals("true"));
    upload.requireKnownType(headers.getFirst("Content-Type"));
    return upload;
  }

  /** English when asked for by {@code ?lang=en} or, without it, by {@code Accept-Language}; else Chinese. */
  static Locale locale(String lang, String acceptLanguage) throws HttpProblem {
    if (lang != null) {
      return switch (lang.toLowerCase(Locale.ROOT)) {
        case "zh" -> Locale.CHINESE;
        case "en" -> Locale.ENGLISH;
        default -> throw new HttpProblem(400, "lang must be zh or en, not \"" + lang + "\"");
      };
    }
    boolean english = acceptLanguage != null
        && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en");
    return english ? Locale.ENGLISH : Locale.CHINESE;
  }

  private void requireKnownType(String contentType) throws HttpProblem {
    String type = mediaType(contentType);
    if (TYPES.contains(type) || UNTYPED.contains(type) && EXTENSIONS.stream().anyMatch(this::named)) {
      return;
    }
    throw new HttpProblem(415, (type.isEmpty() ? "no Content-Type" : "unsupported Content-Type " + type)
        + ": send the file's bytes as text/plain, application/json, text/html, application/pdf or " + DOCX
        + ", or as application/octet-stream with ?name= ending in .txt, .json, .html, .docx or .pdf");
  }

  /** Whether the upload says it is JSON, by its type or its name. */
  private boolean declaredJson(String contentType) {
    return mediaType(contentType).equals("application/json") || named(".json");
  }

  private boolean named(String extension) {
    return source.toLowerCase(Locale.ROOT).endsWith(extension);
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int parameters = contentType.indexOf(';');
    return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * This upload with its body, refused past the size limit: on the declared length before reading,
   * and while reading, since the length may be absent (chunked) or wrong.
   */
  Upload read(Headers headers, InputStream body) throws HttpProblem, IOException {
    String length = headers.getFirst("Content-Length");
    if (length != null && headers.getFirst("Transfer-Encoding") == null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new HttpProblem(400, "Content-Length is not a number: \"" + length + "\"");
      }
      if (declared > Reports.MAX_INPUT_BYTES) {
        throw tooLarge(declared + " bytes");
      }
    }
    byte[] bytes = body.readNBytes((int) Reports.MAX_INPUT_BYTES + 1);
    if (bytes.length > Reports.MAX_INPUT_BYTES) {
      throw tooLarge("more than " + Reports.MAX_INPUT_BYTES + " bytes");
    }
    Upload read = new Upload(bytes, source, locale, fragment);
    if (declaredJson(headers.getFirst("Content-Type"))) {
      read.requireWellFormedJson();
    }
    return read;
  }

  private HttpProblem tooLarge(String size) {
    return new HttpProblem(413, source + ": is " + size + "; reports larger than " + Reports.MAX_INPUT_BYTES
        + " bytes (32 MiB, input size) are refused");
  }

  /**
   * JSON that does not parse is a bad request (400); JSON that parses but is no report is an
   * unreadable report (422), which reading says.
   */
  private void requireWellFormedJson() throws HttpProblem, IOException {
    try (JsonParser parser = JSON.createParser(bytes)) {
      while (parser.nextToken() != null) {
        parser.skipChildren();
      }
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      throw new HttpProblem(400, source + ": is not well-formed JSON" + (where == null ? ""
          : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")") + ": "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
  }

  private static Map<String, String> query(String rawQuery) throws HttpProblem {
    Map<String, String> parameters = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (parameters.putIfAbsent(name, value) != null) {
        throw new HttpProblem(400, "parameter " + name + " is given twice");
      }
    }
    return parameters;
  }

  private static String decode(String text) throws HttpProblem {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(400, "the query is not percent-encoded UTF-8: " + e.getMessage());
    }
  }
}
