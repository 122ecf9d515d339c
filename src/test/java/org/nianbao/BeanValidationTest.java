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
  void aWrongTotalIsAViolationAtThatCellWithTheFindingsMessage() {
    Report report = TestReports.with(TestReports.tables("huaian-2024"), Map.of("/reviewLitigation/review/total", 350));
    Set<ConstraintViolation<Report>> violations = validator.validate(report);
    assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(tuple("reviewLitigation.review.total",
            ReportValidator.create().validate(report).findings().get(0).message()));
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
