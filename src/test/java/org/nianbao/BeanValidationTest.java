package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.TestReports;

/** A plain Jakarta Validator returns the rules' findings as violations at the cells. */
class BeanValidationTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void theExamplesHaveNoViolations() {
    assertThat(validator.validate(TestReports.example("xingjing-2020"))).isEmpty();
    assertThat(validator.validate(TestReports.example("huaian-2024"))).isEmpty();
  }

  @Test
  void aWrongTotalIsAViolationAtEachCellOfItsSumWithTheFindingsMessage() {
    // huaian-2024's review row: upheld 72 + corrected 64 + other 178 + pending 37 = 351, not 350
    Report report = TestReports.with(TestReports.tables("huaian-2024"), Map.of("/reviewLitigation/review/total", 350));
    Set<ConstraintViolation<Report>> violations = validator.validate(report);
    // the test JVM runs in en_US: the interpolator asks for English
    String message = ReportValidator.builder().locale(java.util.Locale.ENGLISH).build().validate(report)
        .findings().get(0).message();
    assertThat(message).startsWith("Table 4, administrative review: the total is 350, but upheld, corrected, other"
        + " and pending add up to 351 (off by -1).");
    assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(tuple("reviewLitigation.review.upheld", message),
            tuple("reviewLitigation.review.corrected", message), tuple("reviewLitigation.review.other", message),
            tuple("reviewLitigation.review.pending", message), tuple("reviewLitigation.review.total", message));
  }

  @Test
  void aNegativeCountIsAViolationOfItsCellConstraint() {
    Report report = TestReports.with(TestReports.tables("huaian-2024"),
        Map.of("/reviewLitigation/review/upheld", -1, "/reviewLitigation/review/total", 278));
    Set<ConstraintViolation<Report>> violations = validator.validate(report);
    assertThat(violations).extracting(v -> v.getPropertyPath().toString())
        .containsExactly("reviewLitigation.review.upheld");
    assertThat(violations.iterator().next().getConstraintDescriptor().getAnnotation()).isInstanceOf(Count.class);
    assertThat(ReportValidator.create().validate(report).findings())
        .extracting(Finding::rule, Finding::pointers)
        .containsExactly(tuple(Rule.CELL_INVALID, java.util.List.of("/reviewLitigation/review/upheld")));
  }

  @Test
  void textInACountCellViolatesItsConstraintWithTheBundlesMessage() {
    Report report = TestReports.with(TestReports.tables("huaian-2024"),
        Map.of("/activeDisclosure/licensing/administrativeLicensing/decisions", "{x} ${y}"));
    // the test JVM runs in en_US (see the surefire configuration); Chinese is the base bundle
    assertThat(validator.validate(report))
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(tuple("activeDisclosure.licensing.administrativeLicensing.decisions",
            "must be a count: a whole number, zero or more; \"/\" where it does not apply"));
  }
}
