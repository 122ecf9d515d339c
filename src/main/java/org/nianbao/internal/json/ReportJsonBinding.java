package org.nianbao.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.nianbao.Report;
import org.nianbao.ReportReadException;

/**
 * A {@link Report} bound by any {@code ObjectMapper} (a Spring {@code @RequestBody}, a JAX-RS
 * provider): the canonical JSON of {@code schema/report.schema.json}, read and written by the same
 * code as {@code Reports.readJson} and {@code Reports.toJson}, so there is one JSON of a report.
 */
public final class ReportJsonBinding {
  private ReportJsonBinding() {}

  /** How a request body is named in error messages. */
  static final String SOURCE = "the JSON report";

  /** Reads a report as {@code Reports.readJson} does; a bad report is a mapping error naming its pointer. */
  public static final class Reader extends JsonDeserializer<Report> {
    @Override
    public Report deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode tree = parser.readValueAsTree();
      try {
        return ReportJson.read(tree.toString(), SOURCE);
      } catch (ReportReadException e) {
        // one line naming the pointer, as Reports.readJson says it: the body is not quoted back
        throw com.fasterxml.jackson.databind.JsonMappingException.from(parser, e.getMessage(), e);
      }
    }
  }

  /** Writes a report's canonical JSON. */
  public static final class Writer extends JsonSerializer<Report> {
    @Override
    public void serialize(Report report, JsonGenerator generator, SerializerProvider provider) throws IOException {
      generator.writeTree(ReportJson.MAPPER.readTree(ReportJson.write(report)));
    }
  }
}
