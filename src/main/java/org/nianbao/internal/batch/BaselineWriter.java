package org.nianbao.internal.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.Finding;
import org.nianbao.ValidationResult;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.internal.output.LineFile;

/**
 * {@code batch --write-baseline FILE}: every finding of the batch as an accepted one with an empty
 * note (or the note it already had in {@code --baseline}), one entry a line as the reports come,
 * so that memory stays flat and the file appears whole or not at all ({@link LineFile}).
 */
public final class BaselineWriter implements AutoCloseable {
  private final LineFile file;
  /** The last entry, held back until the next shows whether it needs a comma after it. */
  private String pending;

  public BaselineWriter(LineFile file) throws IOException {
    this.file = file;
    file.writeLine("{\"version\": 1, \"accepted\": [");
  }

  public LineFile file() {
    return file;
  }

  /**
   * The findings of one report; a report's findings of one rule on one set of cells make one entry.
   *
   * @param notes the note of each finding from the baseline read, null where there is none; or null
   */
  public synchronized void add(ValidationResult result, String source, List<String> notes) throws IOException {
    Set<Baseline.Key> written = new HashSet<>();
    List<Finding> findings = result.findings();
    String body = result.report().unit();
    int year = result.report().year();
    boolean named = !Baseline.report(body, year, source).startsWith("source:");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (!written.add(Baseline.key(body, year, source, f))) {
        continue;
      }
      StringWriter out = new StringWriter();
      try (JsonGenerator gen = ReportJson.MAPPER.getFactory().createGenerator(out)) {
        gen.writeStartObject();
        if (named) {
          gen.writeStringField("body", body);
          gen.writeNumberField("year", year);
        }
        gen.writeStringField("source", source);
        gen.writeStringField("rule", f.rule().id());
        gen.writeArrayFieldStart("pointers");
        for (String p : new java.util.TreeSet<>(f.pointers())) {
          gen.writeString(p);
        }
        gen.writeEndArray();
        String note = notes == null ? null : notes.get(i);
        gen.writeStringField("note", note == null ? "" : note);
        gen.writeEndObject();
      }
      if (pending != null) {
        file.writeLine("  " + pending + ",");
      }
      pending = out.toString();
    }
  }

  /** Ends the array and moves the file into place. */
  public synchronized void commit() throws IOException {
    if (pending != null) {
      file.writeLine("  " + pending);
      pending = null;
    }
    file.writeLine("]}");
    file.commit();
  }

  @Override
  public void close() {
    file.close();
  }
}
