package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.ReadmeCopy;
import org.nianbao.testing.TestReports;

/** The README's Bean Validation example, kept here as an exact copy, runs and says what it claims. */
class BeanValidationReadmeTest {

  @Test
  void theReadmesExampleLogsEachCellWithItsRule() {
    Report report = TestReports.with(TestReports.tables("huaian-2024"), Map.of("/reviewLitigation/review/total", 350));
    List<String> log = new ArrayList<>();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator beanValidator = factory.getValidator();
      // README begin
      record Upload(@Valid Report report) {}

      Set<ConstraintViolation<Upload>> violations = beanValidator.validate(new Upload(report));
      for (ConstraintViolation<Upload> violation : violations) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Finding finding = hibernate.getDynamicPayload(Finding.class);
        log.add(violation.getPropertyPath() + " " + finding.rule().id() + ": " + violation.getMessage());
      }
      // README end
    }
    // upheld 72 + corrected 64 + other 178 + pending 37 = 351 against a total of 350: five cells, one rule
    assertThat(log).hasSize(5).anySatisfy(line -> assertThat(line).startsWith(
        "report.reviewLitigation.review.total t4.total: Table 4, administrative review: the total is 350, "));
    assertThat(log).allSatisfy(line -> assertThat(line).contains(" t4.total: Table 4, administrative review"));
  }

  @Test
  void theReadmeShowsThatExampleVerbatim() throws IOException {
    String unindented = ReadmeCopy.of("src/test/java/org/nianbao/BeanValidationReadmeTest.java");
    assertThat(Files.readString(Path.of("README.md"))).contains("```java\n" + unindented + "// report.");
  }
}
