package org.nianbao.internal.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.nianbao.Finding;
import org.nianbao.ValidationResult;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.internal.text.ReportHeading;

/**
 * The findings a reviewer has accepted ({@code batch --baseline FILE}, schema/baseline.schema.json).
 * A finding matches an entry by its report, its rule and the set of its cells' pointers, never by
 * its message: messages are reworded between releases and differ by language, and a review must
 * survive both. The report is the body's normalised name and the year, as the batch links years
 * ({@link Profile#bodyKey}), so that a renamed or moved file keeps its review; only a report that
 * names no body falls back to its file.
 */
public final class Baseline {
  private static final Pattern RULE = Pattern.compile("^[a-z0-9]+(\\.[a-z0-9_]+)+$");
  private static final Set<String> FIELDS = Set.of("body", "year", "source", "rule", "pointers", "note");

  /** What a finding is matched on. */
  record Key(String report, String rule, Set<String> pointers) {}

  private final Map<Key, String> notes;

  private Baseline(Map<Key, String> notes) {
    this.notes = notes;
  }

  /** A bad baseline file: the message is one line naming the file, and the entry and field when there is one. */
  public static final class BaselineException extends IOException {
    private static final long serialVersionUID = 1L;

    BaselineException(String message) {
      super(message);
    }
  }

  /** The report part of a key: the normalised body and the year, or the source when no body is named. */
  static String report(String body, int year, String source) {
    String normalised = body == null ? "" : ReportHeading.normalize(body);
    return normalised.isEmpty() ? "source:" + source : "body:" + normalised + "#" + year;
  }

  static Key key(String body, int year, String source, Finding finding) {
    return new Key(report(body, year, source), finding.rule().id(), Set.copyOf(finding.pointers()));
  }

  /**
   * Reads and checks a baseline file against schema/baseline.schema.json (in code: the schema
   * validator is only a test dependency).
   *
   * @throws BaselineException naming the file, the entry and the field at fault
   */
  public static Baseline load(Path file) throws BaselineException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new BaselineException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new BaselineException(file + ": " + BatchRun.why(e));
    }
    JsonNode root;
    try {
      root = ReportJson.MAPPER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (JsonProcessingException e) {
      throw new BaselineException(file + ": not JSON: line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " "));
    }
    if (root == null || !root.isObject()) {
      throw new BaselineException(file + ": not a JSON object {\"version\": 1, \"accepted\": [...]}");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("version") && !name.equals("accepted")) {
        throw new BaselineException(file + ": unknown field \"" + name + "\" (version and accepted are expected)");
      }
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isIntegralNumber() || version.asInt() != 1) {
      throw new BaselineException(file + ": \"version\" must be 1, not " + (version == null ? "missing" : version));
    }
    JsonNode accepted = root.get("accepted");
    if (accepted == null || !accepted.isArray()) {
      throw new BaselineException(file + ": \"accepted\" must be an array of accepted findings");
    }
    Map<Key, String> notes = new HashMap<>();
    for (int i = 0; i < accepted.size(); i++) {
      JsonNode entry = accepted.get(i);
      String at = file + ": accepted[" + i + "]";
      if (!entry.isObject()) {
        throw new BaselineException(at + ": must be an object");
      }
      for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FIELDS.contains(name)) {
          throw new BaselineException(at + ": unknown field \"" + name + "\"");
        }
      }
      String rule = text(entry, "rule", at, true);
      if (!RULE.matcher(rule).matches()) {
        throw new BaselineException(at + ".rule: \"" + rule + "\" is not a rule id (e.g. t4.total)");
      }
      String note = text(entry, "note", at, true);
      String body = text(entry, "body", at, false);
      String source = text(entry, "source", at, false);
      JsonNode year = entry.get("year");
      if (year != null && (!year.isIntegralNumber() || !year.canConvertToInt() || year.asInt() < 0)) {
        throw new BaselineException(at + ".year: must be a year such as 2024 (0 when unknown), not " + year);
      }
      boolean named = body != null && !ReportHeading.normalize(body).isEmpty();
      if (named && year == null) {
        throw new BaselineException(at + ".year: missing; an entry with a body needs its year");
      }
      if (!named && source == null) {
        throw new BaselineException(at + ": names neither a body (with a year) nor a source");
      }
      JsonNode pointers = entry.get("pointers");
      if (pointers == null || !pointers.isArray()) {
        throw new BaselineException(at + ".pointers: must be an array of pointers (empty for a finding on no cell)");
      }
      Set<String> cells = new TreeSet<>();
      for (int k = 0; k < pointers.size(); k++) {
        JsonNode p = pointers.get(k);
        if (!p.isTextual() || !p.asText().startsWith("/")) {
          throw new BaselineException(at + ".pointers[" + k + "]: must be a pointer such as /applications/newRequests/total,"
              + " not " + p);
        }
        if (!cells.add(p.asText())) {
          throw new BaselineException(at + ".pointers[" + k + "]: " + p + " is listed twice");
        }
      }
      Key key = new Key(report(body, named ? year.asInt() : 0, source), rule, Set.copyOf(cells));
      notes.merge(key, note, (a, b) -> a.equals(b) || b.isEmpty() ? a : a.isEmpty() ? b : a + "; " + b);
    }
    return new Baseline(notes);
  }

  private static String text(JsonNode entry, String field, String at, boolean required) throws BaselineException {
    JsonNode v = entry.get(field);
    if (v == null) {
      if (required) {
        throw new BaselineException(at + "." + field + ": missing");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new BaselineException(at + "." + field + ": must be text, not " + v);
    }
    return v.asText();
  }

  /** How many entries (after merging entries of one key). */
  public int size() {
    return notes.size();
  }

  /**
   * The reviewer's note for each finding of a report, in the order of its findings: null where the
   * finding is not accepted.
   */
  public List<String> notes(ValidationResult result, String source) {
    List<String> out = new ArrayList<>(result.findings().size());
    for (Finding f : result.findings()) {
      out.add(notes.get(key(result.report().unit(), result.report().year(), source, f)));
    }
    return out;
  }
}
