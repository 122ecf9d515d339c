package org.nianbao.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.nianbao.Finding;
import org.nianbao.Report;
import org.nianbao.Severity;
import org.nianbao.ValidationResult;

/**
 * The JSON of {@code check --format json} (schema/findings.schema.json): fields in a fixed order,
 * absent optional fields left out, a blank cell written as {@code null}.
 */
public final class FindingsJson {
  private FindingsJson() {}

  /**
   * A labelled result.
   *
   * @param source the file the report came from
   * @param previous last year's report file, or {@code null}
   * @param result the findings
   * @param reviewed the reviewer's note of each finding that a baseline accepts, in the order of the
   *     findings, null where it does not; or null when no baseline was given
   */
  public record Entry(String source, String previous, ValidationResult result, List<String> reviewed) {
    public Entry(String source, String previous, ValidationResult result) {
      this(source, previous, result, null);
    }

    /** The reviewer's note on the i-th finding, or null when it is not reviewed. */
    public String reviewed(int i) {
      return reviewed == null ? null : reviewed.get(i);
    }
  }

  /** One object for one input, an array for several. */
  public static String write(List<Entry> entries, boolean asArray) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = ReportJson.MAPPER.getFactory().createGenerator(out)) {
      gen.setPrettyPrinter(ReportJson.prettyPrinter());
      if (asArray) {
        gen.writeStartArray();
      }
      for (Entry entry : entries) {
        write(gen, entry);
      }
      if (asArray) {
        gen.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** One entry as a single line of JSON (for JSON Lines). */
  public static String line(Entry entry) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = ReportJson.MAPPER.getFactory().createGenerator(out)) {
      write(gen, entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator gen, Entry entry) throws IOException {
    ValidationResult result = entry.result();
    Report report = result.report();
    gen.writeStartObject();
    gen.writeStringField("source", entry.source());
    if (entry.previous() != null) {
      gen.writeStringField("previous", entry.previous());
    }
    gen.writeObjectFieldStart("report");
    gen.writeStringField("unit", report.unit());
    gen.writeNumberField("year", report.year());
    gen.writeStringField("edition", report.edition().id());
    gen.writeEndObject();
    gen.writeBooleanField("valid", result.isValid());
    gen.writeObjectFieldStart("counts");
    for (Severity severity : Severity.values()) {
      gen.writeNumberField(severity.id(), result.count(severity));
    }
    gen.writeEndObject();
    gen.writeArrayFieldStart("findings");
    for (int i = 0; i < result.findings().size(); i++) {
      write(gen, result.findings().get(i), entry.reviewed(i));
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void write(JsonGenerator gen, Finding finding, String reviewed) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("rule", finding.rule().id());
    gen.writeStringField("severity", finding.severity().id());
    gen.writeStringField("message", finding.message());
    gen.writeArrayFieldStart("cells");
    for (Finding.CellReference cell : finding.cells()) {
      gen.writeStartObject();
      gen.writeStringField("pointer", cell.pointer());
      gen.writeStringField("label", cell.label());
      gen.writeFieldName("value");
      ReportJson.writeCell(gen, cell.value());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    writeNumber(gen, "expected", finding.expected());
    writeNumber(gen, "actual", finding.actual());
    if (finding.fix() != null) {
      gen.writeFieldName("fix");
      writeFix(gen, finding.fix());
    }
    if (!finding.candidates().isEmpty()) {
      gen.writeArrayFieldStart("candidates");
      for (List<Finding.Fix> set : finding.candidates()) {
        gen.writeStartArray();
        for (Finding.Fix fix : set) {
          writeFix(gen, fix);
        }
        gen.writeEndArray();
      }
      gen.writeEndArray();
    }
    if (reviewed != null) {
      gen.writeObjectFieldStart("reviewed");
      gen.writeStringField("note", reviewed);
      gen.writeEndObject();
    }
    Finding.Location location = finding.location();
    if (location != null) {
      gen.writeObjectFieldStart("location");
      writeNumber(gen, "line", location.line());
      writeNumber(gen, "column", location.column());
      writeNumber(gen, "page", location.page());
      writeNumber(gen, "table", location.table());
      writeNumber(gen, "row", location.row());
      writeNumber(gen, "cell", location.cell());
      writeNumber(gen, "paragraph", location.paragraph());
      if (location.text() != null) {
        gen.writeStringField("text", location.text());
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  private static void writeFix(JsonGenerator gen, Finding.Fix fix) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("pointer", fix.pointer());
    gen.writeFieldName("from");
    ReportJson.writeCell(gen, fix.from());
    gen.writeNumberField("to", fix.to());
    gen.writeEndObject();
  }

  private static void writeNumber(JsonGenerator gen, String name, BigDecimal n) throws IOException {
    if (n != null) {
      gen.writeNumberField(name, n);
    }
  }

  private static void writeNumber(JsonGenerator gen, String name, Integer n) throws IOException {
    if (n != null) {
      gen.writeNumberField(name, n);
    }
  }
}
