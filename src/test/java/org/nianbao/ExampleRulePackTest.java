package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.TestReports;

/**
 * Each rule of {@code examples/rulepacks/local-rules.yaml}, on a report it passes and one it fails;
 * the findings worked out by hand from huaian-2024 (a city, edition 2021) and xingjing-2020 (a
 * town, edition 2019).
 */
class ExampleRulePackTest {
  private static final RulePack PACK = load();
  private static final ReportValidator VALIDATOR = ReportValidator.builder().rules(PACK).build();
  /** 淮安市人民政府 2024: 规章 issued 1, in force 11; new requests 3119, withheld 2+31+5+6+8+12+9+105 = 178. */
  private static final Report HUAIAN = TestReports.example("huaian-2024");
  private static final String ISSUED = "/activeDisclosure/documents/rules/issued";
  private static final String IN_FORCE = "/activeDisclosure/documents/rules/inForce";

  private static RulePack load() {
    try {
      return RulePack.load(Path.of("examples/rulepacks/local-rules.yaml"));
    } catch (RulePackException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static List<Finding> findings(String ruleId, Report report) {
    return findings(ruleId, report, null);
  }

  private static List<Finding> findings(String ruleId, Report report, Report previous) {
    ValidationResult result = previous == null ? VALIDATOR.validate(report) : VALIDATOR.validate(report, previous);
    return result.findings().stream().filter(f -> f.rule().id().equals(ruleId)).toList();
  }

  private static Report renamed(Report report, String unit) {
    return new Report(unit, report.year(), report.edition(), report.activeDisclosure(), report.applications(),
        report.reviewLitigation(), report.narrative());
  }

  @Test
  void thePackLoadsWithItsRulesInOrder() {
    assertThat(PACK.name()).isEqualTo("example-province-local");
    assertThat(PACK.version()).isEqualTo("2025.1");
    assertThat(PACK.rules()).extracting(RuleDefinition::id).containsExactly("js.t2.rules_township",
        "js.text.fee_stated", "js.t3.withheld_share", "js.t2.procurement_amount", "js.t4.review_doubled");
  }

  @Test
  void aTownshipReportingRulesFailsAndACityPasses() {
    assertThat(findings("js.t2.rules_township", HUAIAN)).isEmpty();
    Report town = renamed(HUAIAN, "淮安市淮安区车桥镇人民政府");
    List<Finding> found = findings("js.t2.rules_township", town);
    assertThat(found).hasSize(1);
    Finding finding = found.get(0);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.cells()).extracting(Finding.CellReference::pointer).containsExactly(ISSUED, IN_FORCE);
    assertThat(finding.message()).isEqualTo("乡镇、街道没有规章制定权，表二“规章”却填了本年新制定 1 件、现行有效 11 件。"
        + "（依据：《中华人民共和国立法法》第九十三条；本省年度报告审核要点第 3 条）");
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo(
        "A township has no power to make rules, yet table 2 reports 1 rules issued and 11 in force."
            + " (Basis: Legislation Law, Article 93; the province's review points, item 3)");
    // zero or blank is no fault: a blank is unknown, not a rule made
    Map<String, Object> none = new HashMap<>();
    none.put(ISSUED, 0);
    none.put(IN_FORCE, null);
    assertThat(findings("js.t2.rules_township", TestReports.with(town, none))).isEmpty();
  }

  @Test
  void sectionSixMustMentionTheProcessingFee() {
    // huaian's section 六 says 全年收取政府信息公开信息处理费 3940 元
    assertThat(findings("js.text.fee_stated", HUAIAN)).isEmpty();
    Narrative text = HUAIAN.narrative();
    List<Narrative.Section> sections = text.sections().stream()
        .map(s -> s.heading().startsWith("六") ? new Narrative.Section(s.heading(), s.line(),
            List.of(new Narrative.TextLine(82, "无其他需要报告的事项。"))) : s)
        .toList();
    Report silent = new Report(HUAIAN.unit(), HUAIAN.year(), HUAIAN.edition(), HUAIAN.activeDisclosure(),
        HUAIAN.applications(), HUAIAN.reviewLitigation(), new Narrative(text.preamble(), sections));
    List<Finding> found = findings("js.text.fee_stated", silent);
    assertThat(found).extracting(Finding::severity, Finding::cells).containsExactly(tuple(Severity.WARNING, List.of()));
    assertThat(found.get(0).message()).isEqualTo("第六部分“其他需要报告的事项”未说明本年度信息处理费的收取情况（收取与否、件数、金额）。"
        + "（依据：《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第十二条）");
    // tables without text: nothing to read, no finding
    assertThat(findings("js.text.fee_stated", TestReports.tables("huaian-2024"))).isEmpty();
  }

  @Test
  void refusalsOverThirtyPercentOfNewRequestsAreReported() {
    assertThat(findings("js.t3.withheld_share", HUAIAN)).isEmpty();
    // administrative-query refusals 105 → 1000: 2+31+5+6+8+12+9+1000 = 1073 > 0.3 × 3119 = 935.7
    Report many = TestReports.with(HUAIAN, Map.of("/applications/outcomes/withheld/administrativeQuery/total", 1000));
    List<Finding> found = findings("js.t3.withheld_share", many);
    assertThat(found).hasSize(1);
    Finding finding = found.get(0);
    assertThat(finding.arguments()).containsExactly(new BigDecimal("1073"), new BigDecimal("3119"));
    assertThat(finding.expected()).isEqualByComparingTo("935.7");
    assertThat(finding.actual()).isEqualByComparingTo("1073");
    assertThat(finding.cells()).extracting(Finding.CellReference::pointer)
        .containsExactly("/applications/newRequests/total");
    assertThat(finding.message()).isEqualTo("不予公开的答复共 1073 件，超过新收政府信息公开申请 3119 件的三成，请核实并在第五部分说明原因。"
        + "（依据：本省政府信息公开工作考核细则（示例）第 5 条）");
    // one refusal count blank: no verdict, neither pass nor failure
    Map<String, Object> blank = new HashMap<>();
    blank.put("/applications/outcomes/withheld/administrativeQuery/total", 1000);
    blank.put("/applications/outcomes/withheld/stateSecret/total", null);
    assertThat(findings("js.t3.withheld_share", TestReports.with(HUAIAN, blank))).isEmpty();
  }

  @Test
  void procurementProjectsWithoutAnAmountFailOn2019Reports() {
    Report xingjing = TestReports.example("xingjing-2020");
    String projects = "/activeDisclosure/procurement/centralizedProcurement/projects";
    String amount = "/activeDisclosure/procurement/centralizedProcurement/amount";
    assertThat(findings("js.t2.procurement_amount", xingjing)).isEmpty();
    assertThat(findings("js.t2.procurement_amount", TestReports.with(xingjing, Map.of(projects, 3, amount, 12.5))))
        .isEmpty();
    List<Finding> found = findings("js.t2.procurement_amount", TestReports.with(xingjing, Map.of(projects, 3)));
    assertThat(found).extracting(Finding::message).containsExactly(
        "政府集中采购项目 3 个，采购总金额却为 0 万元。（依据：国办公开办函〔2019〕60号 附件表二）");
  }

  @Test
  void reviewsMoreThanDoubledNeedLastYear() {
    Report lastYear = renamedYear(TestReports.tables("huaian-2024"), 2023);
    assertThat(findings("js.t4.review_doubled", HUAIAN)).isEmpty();
    assertThat(findings("js.t4.review_doubled", HUAIAN, lastYear)).isEmpty();
    // last year 175: 351 > 2 × 175 = 350
    Report fewer = TestReports.with(lastYear, Map.of("/reviewLitigation/review/total", 175,
        "/reviewLitigation/review/other", 2));
    List<Finding> found = findings("js.t4.review_doubled", HUAIAN, fewer);
    assertThat(found).extracting(Finding::severity, Finding::message).containsExactly(tuple(Severity.INFO,
        "行政复议总计 351 件，超过上年 175 件的两倍，请在第五部分说明原因。（依据：本省年度报告审核要点第 8 条（示例））"));
    assertThat(found.get(0).message(Locale.ENGLISH)).startsWith("351 administrative reviews, more than twice last year's 175;");
  }

  private static Report renamedYear(Report report, int year) {
    return new Report(report.unit(), year, report.edition(), report.activeDisclosure(), report.applications(),
        report.reviewLitigation(), report.narrative());
  }

  @Test
  void theReadmesPackLoadsAndSaysWhatItShows() throws Exception {
    String readme = java.nio.file.Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## Local rules");
    int begin = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = readme.substring(begin, readme.indexOf("```", begin));
    RulePack pack = RulePack.load(yaml, "README.md");
    Report town = renamed(HUAIAN, "淮安市淮安区车桥镇人民政府");
    List<Finding> found = ReportValidator.builder().rules(pack).build().validate(town).findings().stream()
        .filter(f -> f.rule().id().equals("js.t2.rules_township")).toList();
    // huaian's 规章 issued: 1
    assertThat(found).extracting(Finding::message)
        .containsExactly("乡镇、街道没有规章制定权，表二却填了 1 件。（依据：《立法法》第九十三条）");
  }
}
