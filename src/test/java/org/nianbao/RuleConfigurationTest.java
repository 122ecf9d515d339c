package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.TestReports;

/** A validator configured by the body that embeds it: rules left out, severities overridden. */
class RuleConfigurationTest {
  /** huaian-2024 with 行政复议 结果维持 71 instead of 72: t4.total (error), and the text still says 72. */
  private static final Report UPHELD_71 = TestReports.with(TestReports.example("huaian-2024"),
      Map.of("/reviewLitigation/review/upheld", 71));

  @Test
  void byDefaultEveryRuleRunsAtItsCatalogSeverity() {
    ValidationResult result = ReportValidator.create().validate(UPHELD_71);
    assertThat(result.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
        tuple(Rule.T4_TOTAL, Severity.ERROR), tuple(Rule.TEXT_REVIEW_LITIGATION, Severity.WARNING));
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void aDisabledRuleIsLeftOut() {
    ReportValidator validator = ReportValidator.builder().disable(Rule.TEXT_REVIEW_LITIGATION).build();
    assertThat(validator.validate(UPHELD_71).findings()).extracting(Finding::rule).containsExactly(Rule.T4_TOTAL);
    assertThat(validator.disabledRules()).containsExactly(Rule.TEXT_REVIEW_LITIGATION);
  }

  @Test
  void anOverriddenSeverityDecidesValidity() {
    ReportValidator validator = ReportValidator.builder().severity(Rule.T4_TOTAL, Severity.WARNING).build();
    ValidationResult result = validator.validate(UPHELD_71);
    assertThat(result.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
        tuple(Rule.T4_TOTAL, Severity.WARNING), tuple(Rule.TEXT_REVIEW_LITIGATION, Severity.WARNING));
    assertThat(result.isValid()).isTrue();
    assertThat(validator.severityOverrides()).containsExactly(Map.entry(Rule.T4_TOTAL, Severity.WARNING));
  }

  @Test
  void theConfigurationAppliesToDocumentsReadFromFilesToo() throws ReportReadException {
    ReportDocument document = Reports.load(new java.io.ByteArrayInputStream(
        Reports.toJson(UPHELD_71).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "upheld.json");
    ReportValidator validator = ReportValidator.builder().disable(Rule.T4_TOTAL)
        .severity(Rule.TEXT_REVIEW_LITIGATION, Severity.ERROR).build();
    assertThat(validator.validate(document).findings()).extracting(Finding::rule, Finding::severity)
        .containsExactly(tuple(Rule.TEXT_REVIEW_LITIGATION, Severity.ERROR));
  }
}
