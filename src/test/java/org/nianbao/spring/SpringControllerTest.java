package org.nianbao.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A government system's controller, as a Spring Boot developer writes it: {@code @Valid
 * @RequestBody Report}. The report binds with Spring's own ObjectMapper, its findings come back as
 * violations carrying the rule id and the cell, in the language the request asks for.
 */
// the nested controller and advice are named here: a scan leaves a test class's nested classes out
@SpringBootTest(classes = {SpringControllerTest.Application.class, SpringControllerTest.ReportController.class,
    SpringControllerTest.Violations.class}, properties = {"spring.main.banner-mode=off", "logging.level.root=warn"})
@AutoConfigureMockMvc
class SpringControllerTest {
  @SpringBootApplication
  static class Application {}

  @RestController
  static class ReportController {
    @PostMapping("/reports")
    Map<String, Object> accept(@Valid @RequestBody Report report) {
      return Map.of("unit", report.unit(), "year", report.year());
    }
  }

  /** Each violation as the client needs it: the rule, the cell, the message. */
  @RestControllerAdvice
  static class Violations {
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<List<Map<String, String>>> invalid(MethodArgumentNotValidException e) {
      return ResponseEntity.badRequest().body(e.getBindingResult().getAllErrors().stream().map(error -> {
        ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Finding finding = hibernate.getDynamicPayload(Finding.class);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("rule", finding == null ? "cell.invalid" : finding.rule().id());
        entry.put("cell", violation.getPropertyPath().toString());
        entry.put("message", error.getDefaultMessage());
        return entry;
      }).toList());
    }
  }

  @Autowired
  MockMvc mvc;

  private static final ObjectMapper JSON = new ObjectMapper();

  private MvcResult send(String body, String language) throws Exception {
    var request = post("/reports").contentType(MediaType.APPLICATION_JSON).content(body);
    return mvc.perform(language == null ? request : request.header("Accept-Language", language)).andReturn();
  }

  @Test
  void aConsistentReportIsAccepted() throws Exception {
    MvcResult result = send(Files.readString(Path.of("examples/huaian-2024.json")), null);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(JSON.readTree(result.getResponse().getContentAsByteArray()).get("year").asInt()).isEqualTo(2024);
  }

  @Test
  void oneWrongCellIsABadRequestNamingTheRuleAndTheCell() throws Exception {
    // 行政复议 结果维持 71 where the sum needs 72: t4.total, an error, at each cell of the group's sum
    String body = Reports.toJson(TestReports.with(TestReports.example("huaian-2024"),
        Map.of("/reviewLitigation/review/upheld", 71)));
    MvcResult result = send(body, "zh-CN");
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    JsonNode violations = JSON.readTree(result.getResponse().getContentAsByteArray());
    List<String> cells = new java.util.ArrayList<>();
    for (JsonNode v : violations) {
      assertThat(v.get("rule").asText()).isEqualTo("t4.total");
      assertThat(v.get("message").asText()).contains("总计为 351");
      cells.add(v.get("cell").asText());
    }
    assertThat(cells).containsExactlyInAnyOrder("reviewLitigation.review.upheld", "reviewLitigation.review.corrected",
        "reviewLitigation.review.other", "reviewLitigation.review.pending", "reviewLitigation.review.total");
  }

  @Test
  void anEnglishRequestGetsEnglishMessages() throws Exception {
    String body = Reports.toJson(TestReports.with(TestReports.example("huaian-2024"),
        Map.of("/reviewLitigation/review/upheld", 71)));
    MvcResult result = send(body, "en");
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    JsonNode first = JSON.readTree(result.getResponse().getContentAsByteArray()).get(0);
    assertThat(first.get("rule").asText()).isEqualTo("t4.total");
    assertThat(first.get("message").asText()).contains("Basis:").doesNotContain("依据");
  }

  @Test
  void aBodyThatIsNoReportIsABadRequest() throws Exception {
    String body = Files.readString(Path.of("examples/huaian-2024.json")).replaceFirst("\"total\": 3119", "\"total\": true");
    assertThat(send(body, null).getResponse().getStatus()).isEqualTo(400);
  }
}
