package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.TestReports;

/**
 * A rule an application adds on the builder: its findings are made, configured, counted and
 * written like the built-in rules' findings.
 */
class LocalRuleTest {
  /** huaian-2024's tables: 行政复议 upheld 72, corrected 64, other 178, pending 37, total 351; no finding. */
  private static final Report HUAIAN = TestReports.tables("huaian-2024");
  /** The same with 30 pending of 344: every sum still holds, and 30 is within a tenth of 344. */
  private static final Report FEW_PENDING = TestReports.with(HUAIAN,
      Map.of("/reviewLitigation/review/pending", 30, "/reviewLitigation/review/total", 344));
  private static final String PENDING = "/reviewLitigation/review/pending";
  private static final String TOTAL = "/reviewLitigation/review/total";

  /**
   * A province's rule: at most a tenth of the administrative reviews may still be pending at the
   * end of the year. Expected is the most that may be pending (the total's tenth, rounded down).
   */
  static class PendingShare implements LocalRule {
    private final Severity severity;

    PendingShare(Severity severity) {
      this.severity = severity;
    }

    /** For {@code @ValidReport(rules = ...)}. */
    public PendingShare() {
      this(Severity.WARNING);
    }

    @Override
    public String id() {
      return "js.t4.pending_share";
    }

    @Override
    public Severity severity() {
      return severity;
    }

    @Override
    public Set<Edition> editions() {
      return EnumSet.allOf(Edition.class);
    }

    @Override
    public String title(Locale locale) {
      return english(locale) ? "Table 4: too many reviews pending" : "表四：尚未审结的行政复议过多";
    }

    @Override
    public String basis(Locale locale) {
      return english(locale) ? "Jiangsu notice 2025 No. 1" : "苏政公开办〔2025〕1号";
    }

    @Override
    public Optional<String> message(String key, Locale locale) {
      if (!key.equals("js.t4.pending_share")) {
        return Optional.empty();
      }
      return Optional.of(english(locale) ? "{0} administrative reviews are pending, more than a tenth of the {1} in total."
          : "行政复议尚未审结 {0} 件，超过总计 {1} 件的十分之一。");
    }

    @Override
    public List<Violation> check(Report report, Report previousYear) {
      BigDecimal pending = report.cell(PENDING).numberOrNull();
      BigDecimal total = report.cell(TOTAL).numberOrNull();
      if (pending == null || total == null) {
        return List.of();
      }
      BigDecimal most = total.divideToIntegralValue(BigDecimal.TEN);
      if (pending.compareTo(most) <= 0) {
        return List.of();
      }
      return List.of(new Violation("js.t4.pending_share", List.of(pending, total), List.of(TOTAL, PENDING), most,
          pending));
    }

    private static boolean english(Locale locale) {
      return locale.getLanguage().equals("en");
    }
  }

  private static final PendingShare RULE = new PendingShare(Severity.WARNING);

  @Test
  void aReportWithinTheRulePassesAsWithoutIt() {
    ReportValidator validator = ReportValidator.builder().add(RULE).build();
    ValidationResult result = validator.validate(FEW_PENDING);
    assertThat(result.findings()).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(validator.localRules()).containsExactly(RULE);
  }

  @Test
  void aReportBreakingTheRuleHasAFindingLikeABuiltInOne() {
    ValidationResult result = ReportValidator.builder().add(RULE).build().validate(HUAIAN);
    Finding finding = result.findings().get(0);
    assertThat(result.findings()).hasSize(1);
    assertThat(result.findings(RULE)).containsExactly(finding);
    assertThat(finding.rule()).isSameAs(RULE);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.messageKey()).isEqualTo("js.t4.pending_share");
    assertThat(finding.arguments()).containsExactly(new BigDecimal(37), new BigDecimal(351));
    // cells in table order, whatever order the rule named them in
    assertThat(finding.cells()).extracting(Finding.CellReference::pointer, Finding.CellReference::label,
        Finding.CellReference::value).containsExactly(
            tuple(PENDING, "表四 行政复议 × 尚未审结", Cell.of(37)),
            tuple(TOTAL, "表四 行政复议 × 总计", Cell.of(351)));
    assertThat(finding.expected()).isEqualByComparingTo("35");
    assertThat(finding.actual()).isEqualByComparingTo("37");
    assertThat(finding.fix()).isNull();
    assertThat(finding.candidates()).isEmpty();
    assertThat(finding.location()).isNull();
    assertThat(finding.message()).isEqualTo("行政复议尚未审结 37 件，超过总计 351 件的十分之一。（依据：苏政公开办〔2025〕1号）");
    assertThat(finding.message(Locale.UK)).isEqualTo(
        "37 administrative reviews are pending, more than a tenth of the 351 in total. (Basis: Jiangsu notice 2025 No. 1)");
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void anEnglishValidatorWordsItInEnglishWithEnglishLabels() {
    Finding finding = ReportValidator.builder().locale(Locale.ENGLISH).add(RULE).build().validate(HUAIAN)
        .findings().get(0);
    assertThat(finding.message()).isEqualTo(
        "37 administrative reviews are pending, more than a tenth of the 351 in total. (Basis: Jiangsu notice 2025 No. 1)");
    assertThat(finding.message(Locale.CHINESE)).isEqualTo("行政复议尚未审结 37 件，超过总计 351 件的十分之一。（依据：苏政公开办〔2025〕1号）");
    assertThat(finding.cells()).extracting(Finding.CellReference::label)
        .containsExactly("Table 4, administrative review × pending", "Table 4, administrative review × total");
  }

  @Test
  void anErrorRuleMakesTheReportInvalid() {
    ValidationResult result = ReportValidator.builder().add(new PendingShare(Severity.ERROR)).build().validate(HUAIAN);
    assertThat(result.findings()).extracting(f -> f.rule().id(), Finding::severity)
        .containsExactly(tuple("js.t4.pending_share", Severity.ERROR));
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void itIsDisabledAndOverriddenByItselfOrByItsId() {
    assertThat(ReportValidator.builder().add(RULE).disable(RULE).build().validate(HUAIAN).findings()).isEmpty();
    // by id, before the rule is added: ids are resolved when the validator is built
    ReportValidator byId = ReportValidator.builder().disable("js.t4.pending_share").add(RULE).build();
    assertThat(byId.validate(HUAIAN).findings()).isEmpty();
    assertThat(byId.disabledRules()).containsExactly(RULE);

    ReportValidator graver = ReportValidator.builder().add(RULE).severity("js.t4.pending_share", Severity.ERROR).build();
    ValidationResult result = graver.validate(HUAIAN);
    assertThat(result.findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
    assertThat(result.isValid()).isFalse();
    assertThat(graver.severityOverrides()).containsExactly(Map.entry(RULE, Severity.ERROR));
    assertThat(ReportValidator.builder().add(RULE).severity(RULE, Severity.INFO).build().validate(HUAIAN).findings())
        .extracting(Finding::severity).containsExactly(Severity.INFO);
  }

  @Test
  void aBuiltInRuleIsDisabledByItsIdToo() {
    Report upheld71 = TestReports.with(HUAIAN, Map.of("/reviewLitigation/review/upheld", 71));
    assertThat(ReportValidator.create().validate(upheld71).findings()).extracting(Finding::rule)
        .containsExactly(Rule.T4_TOTAL);
    assertThat(ReportValidator.builder().disable("t4.total").build().validate(upheld71).findings()).isEmpty();
  }

  @Test
  void anIdTakenOrMalformedIsRefusedByName() {
    assertThatThrownBy(() -> ReportValidator.builder().add(new Renamed("t4.total")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("local rule id t4.total is the id of a built-in rule");
    assertThatThrownBy(() -> ReportValidator.builder().add(RULE).add(new PendingShare(Severity.ERROR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("local rule id js.t4.pending_share is the id of a rule added before");
    assertThatThrownBy(() -> ReportValidator.builder().add(new Renamed("PendingShare")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("local rule id PendingShare is not a rule id");
    assertThatThrownBy(() -> ReportValidator.builder().add(new Renamed("js")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("local rule id js is not a rule id");
    assertThatThrownBy(() -> ReportValidator.builder().disable("js.t4.pending").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no rule has the id js.t4.pending:");
  }

  @Test
  void anExceptionInTheRuleNamesIt() {
    LocalRule broken = new Renamed("js.broken") {
      @Override
      public List<Violation> check(Report report, Report previousYear) {
        throw new ArithmeticException("Division by zero");
      }
    };
    assertThatThrownBy(() -> ReportValidator.builder().add(broken).build().validate(HUAIAN))
        .isInstanceOfSatisfying(LocalRuleException.class, e -> assertThat(e.ruleId()).isEqualTo("js.broken"))
        .hasMessage("local rule js.broken failed: java.lang.ArithmeticException: Division by zero")
        .hasCauseInstanceOf(ArithmeticException.class);
    LocalRule offTheTable = new Renamed("js.off_table") {
      @Override
      public List<Violation> check(Report report, Report previousYear) {
        return List.of(Violation.of("js.t4.pending_share", List.of("/reviewLitigation/review/nothing"), 1, 2));
      }
    };
    assertThatThrownBy(() -> ReportValidator.builder().add(offTheTable).build().validate(HUAIAN))
        .isInstanceOf(LocalRuleException.class)
        .hasMessage("local rule js.off_table names /reviewLitigation/review/nothing, which is not a cell of an"
            + " edition 2021 report");
    LocalRule unworded = new Renamed("js.unworded") {
      @Override
      public List<Violation> check(Report report, Report previousYear) {
        return List.of(Violation.of("js.nowhere", List.of()));
      }
    };
    assertThatThrownBy(() -> ReportValidator.builder().add(unworded).build().validate(HUAIAN))
        .isInstanceOf(LocalRuleException.class)
        .hasMessage("local rule js.unworded cannot word its message js.nowhere: rule js.unworded has no message"
            + " js.nowhere in Chinese");
  }

  @Test
  void itsFindingsAreInTheFindingsJsonUnderItsId() throws Exception {
    String json = ReportValidator.builder().add(RULE).build().validate(HUAIAN).toJson("huaian.json");
    com.fasterxml.jackson.databind.JsonNode tree = org.nianbao.internal.json.ReportJson.MAPPER.readTree(json);
    assertThat(org.nianbao.testing.Schemas.findings().validate(tree)).isEmpty();
    com.fasterxml.jackson.databind.JsonNode finding = tree.findValue("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("js.t4.pending_share");
    assertThat(finding.get("severity").asText()).isEqualTo("warning");
    assertThat(finding.get("message").asText())
        .isEqualTo("行政复议尚未审结 37 件，超过总计 351 件的十分之一。（依据：苏政公开办〔2025〕1号）");
  }

  @Test
  void aFindingOnAReportReadFromTextPointsAtTheLineOfItsCells() throws Exception {
    // examples/huaian-2024.txt: line 70 is table 4's row of numbers, "72 | 64 | 178 | 37 | 351 | …"
    ReportDocument document = Reports.load(Path.of("examples/huaian-2024.txt"));
    Finding finding = ReportValidator.builder().add(RULE).build().validate(document).findings(RULE).get(0);
    assertThat(finding.location().line()).isEqualTo(70);
  }

  /** A rule like {@link PendingShare} under another id. */
  static class Renamed extends PendingShare {
    private final String id;

    Renamed(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }
}
