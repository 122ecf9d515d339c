package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.TestReports;

/**
 * The README's "Embedding" section: each of its Java blocks is an exact copy of code between
 * {@code README Embedding} marks in a test source (here, and {@code embedding.EmbeddingSpringTest}
 * for the controller), which compiles and runs.
 */
class EmbeddingReadmeTest {
  private static final Pattern MARKED = Pattern.compile(
      "(?m)^( *)// README Embedding: begin\\n(.*?)^ *// README Embedding: end\\n", Pattern.DOTALL);

  @Test
  void everyJavaBlockOfTheSectionIsAMarkedCopyInATestAndEveryCopyIsInTheSection() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("\n## Embedding\n");
    assertThat(start).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    List<String> blocks = new ArrayList<>();
    Matcher block = Pattern.compile("(?s)```java\\n(.*?)```").matcher(readme.substring(start, end));
    while (block.find()) {
      blocks.add(block.group(1));
    }
    List<String> copies = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        Matcher copy = MARKED.matcher(Files.readString(source));
        while (copy.find()) {
          String indentation = copy.group(1);
          copies.add(copy.group(2).lines().map(line -> line.startsWith(indentation)
              ? line.substring(indentation.length()) : line).map(line -> line + "\n").reduce("", String::concat));
        }
      }
    }
    assertThat(blocks).hasSize(3);
    assertThat(copies).containsExactlyInAnyOrderElementsOf(blocks);
  }

  @Test
  void thePlainJavaExampleListsTheFindingsAndItsFixesRestoreTheReport() throws Exception {
    // huaian-2024 with 3120 new requests in table 3, where its six applicant columns add up to 3119
    String line = "一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | ";
    String text = Files.readString(Path.of("examples/huaian-2024.txt"));
    assertThat(text).contains(line + "3119\n");
    InputStream upload = new ByteArrayInputStream(text.replace(line + "3119\n", line + "3120\n")
        .getBytes(StandardCharsets.UTF_8));
    List<String> log = new ArrayList<>();
    Long newRequests = null;

    // README Embedding: begin
    ReportValidator validator = ReportValidator.create();          // once: immutable, thread-safe
    ReportDocument document = Reports.load(upload, "report.txt");  // JSON, text, Word, HTML or PDF
    ValidationResult result = validator.validate(document);       // findings carry the input's line
    Report report = document.report();
    for (Finding f : result.findings()) {
      log.add(f.severity() + " " + f.rule().id() + " " + f.pointers() + " " + f.message());
      if (f.fix() != null) {
        report = report.with(f.fix());                             // the cell set to what it should be
      }
    }

    Report built = Report.builder(Edition.E2021).unit("淮安市人民政府").year(2024)
        .cell("/applications/newRequests/total", Cell.ofNullable(newRequests))  // NULL is blank, not 0
        .build();                                                  // cells not set are blank
    // README Embedding: end

    assertThat(result.findings(Rule.T3_ROW_TOTAL)).singleElement().satisfies(finding -> {
      assertThat(finding.location().line()).isEqualTo(41);
      assertThat(finding.fix()).isEqualTo(new Finding.Fix("/applications/newRequests/total", Cell.of(3120),
          new java.math.BigDecimal(3119)));
    });
    assertThat(log).anyMatch(entry -> entry.startsWith("error t3.row_total [")
        && entry.contains("/applications/newRequests/total"));
    assertThat(report).isEqualTo(Reports.load(Path.of("examples/huaian-2024.txt")).report());
    assertThat(validator.validate(report).isValid()).isTrue();
    assertThat(built.cell("/applications/newRequests/total")).isEqualTo(Cell.BLANK);
    assertThat(built.unit()).isEqualTo("淮安市人民政府");
  }

  @Test
  void theJakartaExampleNamesEachCellAndItsRule() {
    // upheld 71 where upheld 72 + corrected 64 + other 178 + pending 37 = 351 is the total: t4.total,
    // at the group's five cells
    Report report = TestReports.with(TestReports.tables("huaian-2024"), Map.of("/reviewLitigation/review/upheld", 71));
    List<String> log = new ArrayList<>();

    // README Embedding: begin
    record Submission(String unit, @Valid Report report) {}

    Validator beans = Validation.buildDefaultValidatorFactory().getValidator();
    for (ConstraintViolation<Submission> v : beans.validate(new Submission("淮安市", report))) {
      HibernateConstraintViolation<?> hibernate = v.unwrap(HibernateConstraintViolation.class);
      Finding finding = hibernate.getDynamicPayload(Finding.class);  // null for a cell's own @Count
      log.add(v.getPropertyPath() + " " + (finding == null ? "cell.invalid" : finding.rule().id()));
    }
    // README Embedding: end

    assertThat(log).containsExactlyInAnyOrder("report.reviewLitigation.review.upheld t4.total",
        "report.reviewLitigation.review.corrected t4.total", "report.reviewLitigation.review.other t4.total",
        "report.reviewLitigation.review.pending t4.total", "report.reviewLitigation.review.total t4.total");
  }
}
