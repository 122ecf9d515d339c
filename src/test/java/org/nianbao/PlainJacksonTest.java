package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.TestReports;

/**
 * A plain {@code ObjectMapper}, as a Spring controller or a JAX-RS resource has one, reads and
 * writes a {@link Report} as the canonical JSON of {@code schema/report.schema.json}.
 */
class PlainJacksonTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** A holder as a web application declares one: a report inside a request. */
  record Upload(String name, Report report) {}

  @Test
  void everyExampleReadsAndWritesBackTheSame() throws Exception {
    for (String example : List.of("huaian-2024", "xingjing-2020")) {
      String json = Files.readString(Path.of("examples", example + ".json"));
      Report report = PLAIN.readValue(json, Report.class);
      assertThat(report).as(example).isEqualTo(Reports.readJson(json, example));
      assertThat(PLAIN.readTree(PLAIN.writeValueAsString(report))).as(example).isEqualTo(PLAIN.readTree(json));
    }
  }

  @Test
  void aReportInsideAnotherObjectIsBoundToo() throws Exception {
    Report huaian = TestReports.example("huaian-2024");
    String body = PLAIN.writeValueAsString(new Upload("淮安", huaian));
    assertThat(PLAIN.readValue(body, Upload.class)).isEqualTo(new Upload("淮安", huaian));
    // the edition is said once, as "2021", and a blank cell is null, not 0
    assertThat(PLAIN.readTree(body).at("/report/edition").asText()).isEqualTo("2021");
  }

  @Test
  void aBadReportIsAMappingErrorNamingItsPointer() throws Exception {
    String json = Files.readString(Path.of("examples", "huaian-2024.json"))
        .replaceFirst("\"total\": 3119", "\"total\": true");
    assertThat(json).contains("\"total\": true");
    assertThatThrownBy(() -> PLAIN.readValue(json, Report.class)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("/applications/newRequests/total")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("淮安市人民政府2024年"));
  }
}
