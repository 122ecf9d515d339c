package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real published reports, with the faults they are known to have (src/test/resources/real/README.md). */
class RealReportsTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static ValidationResult check(String name) throws ReportReadException {
    return VALIDATOR.validate(Reports.load(Path.of("src/test/resources/real", name + ".txt")));
  }

  @Test
  void shuyang2025HasNoFindingsAndItsTextAddsNewAndCarriedOver() throws Exception {
    ValidationResult result = check("shuyang-2025");
    assertThat(result.findings()).isEmpty();
    assertThat(result.report().unit()).isEqualTo("沐阳县人民政府");
    assertThat(result.report().applications().newRequests().total()).isEqualTo(Cell.of(713));
  }

  @Test
  void shanghaiKewei2024HasABlankCarriedForwardTotalImpliedToBeOne() throws Exception {
    ValidationResult result = check("shanghai-kewei-2024");
    assertThat(result.findings(Rule.CELL_BLANK)).extracting(Finding::pointers, Finding::expected)
        .containsExactly(tuple(List.of("/applications/carriedForward/total"), BigDecimal.ONE));
    assertThat(result.findings()).noneMatch(f -> f.rule().id().startsWith("t3."));
    // "累计发布信息 2139 条，其中…1744 条，…393 条，…21 条，…2 条": the parts make 2160
    assertThat(result.findings()).filteredOn(f -> f.rule().id().startsWith("text."))
        .extracting(Finding::rule, Finding::expected, Finding::actual, f -> f.location().line())
        .containsExactly(tuple(Rule.TEXT_BREAKDOWN, new BigDecimal("2139"), new BigDecimal("2160"), 23));
    // its own section numbering: 一 主动公开, 二 申请, 三 复议诉讼, 五 其他 — and no 存在的主要问题
    assertThat(result.findings(Rule.DOC_SECTIONS)).hasSize(5);
  }

  @Test
  void shanghaiBangongting2025HasAGarbledTableTwoAndNoHeadingFive() throws Exception {
    ValidationResult result = check("shanghai-bangongting-2025");
    assertThat(result.findings()).extracting(Finding::rule, f -> f.pointers().isEmpty() ? null : f.pointers().get(0))
        .containsExactly(
            tuple(Rule.DOC_SECTIONS, null),
            tuple(Rule.CELL_INVALID, "/activeDisclosure/documents/rules/issued"),
            tuple(Rule.CELL_INVALID, "/activeDisclosure/documents/normativeDocuments/issued"));
  }

  @Test
  void shuyangFagaiju2023UsesThe2019LabelInA2021TableWithBlankOrganisationColumns() throws Exception {
    ValidationResult result = check("shuyang-fagaiju-2023-partial");
    assertThat(result.report().edition()).isEqualTo(Edition.E2021);
    assertThat(result.report().activeDisclosure()).isInstanceOf(ActiveDisclosure2021.class);
    List<Finding> blanks = result.findings(Rule.CELL_BLANK);
    assertThat(blanks).isNotEmpty().allSatisfy(f -> {
      assertThat(f.pointers().get(0)).doesNotEndWith("/naturalPerson").doesNotEndWith("/total");
      assertThat(f.expected()).isEqualByComparingTo(BigDecimal.ZERO);
    });
  }
}
