package org.nianbao.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;
import org.nianbao.Finding;
import org.nianbao.Report;
import org.nianbao.Reports;
import org.nianbao.testing.TestReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The README's Spring Boot controller, an exact copy (the class below, between the marks), in a
 * Spring Boot application: a consistent report is accepted; a wrong cell is a 400 listing the rule
 * id and the pointer of each cell of the finding, in the request's language (Spring's default, the JVM's locale, without one);
 * a body that is no report is a 400 too.
 */
@SpringBootTest(classes = EmbeddingSpringTest.Application.class,
    properties = {"spring.main.banner-mode=off", "logging.level.root=warn"})
@AutoConfigureMockMvc
class EmbeddingSpringTest {
  /** Scans this package, where the controller is the only component. */
  @SpringBootApplication
  static class Application {}

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  MockMvc mvc;

  private MvcResult send(String body, String language) throws Exception {
    var request = post("/reports").contentType(MediaType.APPLICATION_JSON).content(body);
    return mvc.perform(language == null ? request : request.header("Accept-Language", language)).andReturn();
  }

  @Test
  void aConsistentReportIsAccepted() throws Exception {
    MvcResult result = send(Files.readString(Path.of("examples/huaian-2024.json")), "zh-CN");
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    JsonNode body = JSON.readTree(result.getResponse().getContentAsByteArray());
    assertThat(body.get("unit").asText()).isEqualTo("淮安市人民政府");
    assertThat(body.get("year").asInt()).isEqualTo(2024);
  }

  @Test
  void aWrongCellIsABadRequestWithTheRuleAndThePointerOfEachCell() throws Exception {
    // 行政复议 结果维持 71 where 72 + 64 + 178 + 37 = 351 is the total: t4.total at the group's five cells
    String body = Reports.toJson(TestReports.with(TestReports.example("huaian-2024"),
        Map.of("/reviewLitigation/review/upheld", 71)));
    MvcResult result = send(body, "en");
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    List<String> violations = new ArrayList<>();
    for (JsonNode violation : JSON.readTree(result.getResponse().getContentAsByteArray())) {
      violations.add(violation.get("rule").asText() + " " + violation.get("pointer").asText());
      assertThat(violation.get("message").asText()).startsWith("Table 4, administrative review: the total is 351");
    }
    assertThat(violations).containsExactlyInAnyOrder("t4.total /reviewLitigation/review/upheld",
        "t4.total /reviewLitigation/review/corrected", "t4.total /reviewLitigation/review/other",
        "t4.total /reviewLitigation/review/pending", "t4.total /reviewLitigation/review/total");
  }

  @Test
  void aChineseRequestGetsChineseMessages() throws Exception {
    // 行政复议 结果维持 71: the group's total printed is 351, its parts add up to 350
    String body = Reports.toJson(TestReports.with(TestReports.example("huaian-2024"),
        Map.of("/reviewLitigation/review/upheld", 71)));
    MvcResult result = send(body, "zh-CN");
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    for (JsonNode violation : JSON.readTree(result.getResponse().getContentAsByteArray())) {
      assertThat(violation.get("rule").asText()).isEqualTo("t4.total");
      assertThat(violation.get("message").asText()).contains("总计为 351").contains("依据");
    }
  }

  @Test
  void aBodyThatIsNoReportIsABadRequest() throws Exception {
    String body = Files.readString(Path.of("examples/huaian-2024.json"))
        .replaceFirst("\"total\": 3119", "\"total\": true");
    assertThat(send(body, null).getResponse().getStatus()).isEqualTo(400);
  }

  @Test
  void aCellThatIsNoCountIsABadRequestWithItsPointer() throws Exception {
    String body = Files.readString(Path.of("examples/huaian-2024.json"))
        .replaceFirst("\"naturalPerson\": 3001", "\"naturalPerson\": 3000.5");
    MvcResult result = send(body, "en");
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    JsonNode violations = JSON.readTree(result.getResponse().getContentAsByteArray());
    assertThat(violations).anySatisfy(violation -> {
      assertThat(violation.get("rule").asText()).isEqualTo("cell.invalid");
      assertThat(violation.get("pointer").asText()).isEqualTo("/applications/newRequests/naturalPerson");
    });
  }
}

// README Embedding: begin
@RestController
class ReportController {
  @PostMapping("/reports")
  Map<String, Object> accept(@Valid @RequestBody Report report) {
    return Map.of("unit", report.unit(), "year", report.year());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<List<Map<String, String>>> invalid(MethodArgumentNotValidException e) {
    return ResponseEntity.badRequest().body(e.getBindingResult().getAllErrors().stream().map(error -> {
      ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
      HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
      Finding finding = hibernate.getDynamicPayload(Finding.class);
      String path = violation.getPropertyPath().toString();             // reviewLitigation.review.upheld
      return Map.of("rule", finding == null ? "cell.invalid" : finding.rule().id(),
          "pointer", path.isEmpty() ? "" : "/" + path.replace('.', '/'),  // /reviewLitigation/review/upheld
          "message", error.getDefaultMessage());
    }).toList());
  }
}
// README Embedding: end
