package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example texts with one mistake each, as clerks make them: each gives exactly the finding
 * expected, with the line it quotes.
 */
class TextMutationTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static List<Finding> check(String name, String from, String to) throws ReportReadException {
    String text = TextReadingTest.example(name);
    assertThat(text).contains(from);
    return VALIDATOR.validate(Reports.load(text.replace(from, to), name + ".txt")).findings();
  }

  @Test
  void theTotalOf615RaisedTo616() throws Exception {
    // 30 + 478 + 107 = 615 under a total of 616: the parts name the channels (网站, 微博, 微信公众号),
    // a list claiming to be complete, so the difference is an error (SPEC: the model case)
    List<Finding> findings = check("xingjing-2020", "政府信息数 615 条", "政府信息数 616 条");
    assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::expected, Finding::actual,
            f -> f.location().line())
        .containsExactly(tuple(Rule.TEXT_BREAKDOWN, Severity.ERROR, new BigDecimal("616"), new BigDecimal("615"), 33));
    assertThat(findings.get(0).location().text()).startsWith("主要通过银川市西夏区人民政府门户网站").contains("616 条");
  }

  @Test
  void aPartRaisedAboveTheTotalIsAnError() throws Exception {
    List<Finding> findings = check("xingjing-2020", "政务微博 478 条", "政务微博 479 条");
    assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::expected, Finding::actual,
            f -> f.location().line())
        .containsExactly(tuple(Rule.TEXT_BREAKDOWN, Severity.ERROR, new BigDecimal("615"), new BigDecimal("616"), 33));
  }

  @Test
  void noApplicationsInTheTextButOneInTheTable() throws Exception {
    String text = TextReadingTest.example("xingjing-2020")
        .replace("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1")
        .replace("(一) 予以公开\t0\t0\t0\t0\t0\t0\t0", "(一) 予以公开\t1\t0\t0\t0\t0\t0\t1")
        .replace("(七) 总计\t\t0\t0\t0\t0\t0\t0\t0", "(七) 总计\t\t1\t0\t0\t0\t0\t0\t1");
    List<Finding> findings = VALIDATOR.validate(Reports.load(text, "x.txt")).findings();
    assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::pointers, f -> f.location().line())
        .containsExactly(tuple(Rule.TEXT_NO_APPLICATIONS, Severity.ERROR, List.of("/applications/newRequests/total"), 51));
    assertThat(findings.get(0).location().text()).isEqualTo("兴泾镇人民政府2020年没有收到政府信息公开申请。");
  }

  @Test
  void aPeriodEndingOnThe21st() throws Exception {
    List<Finding> findings = check("xingjing-2020", "至2020年12月31日", "至2020年12月21日");
    assertThat(findings).extracting(Finding::rule, Finding::severity, f -> f.location().line())
        .containsExactly(tuple(Rule.DOC_PERIOD, Severity.ERROR, 5));
    assertThat(findings.get(0).message()).contains("2020年1月1日至2020年12月21日");
  }

  @Test
  void aSectionHeadingRemoved() throws Exception {
    List<Finding> findings = check("huaian-2024", "五、存在的主要问题及改进情况\n", "\n");
    assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::message)
        .containsExactly(tuple(Rule.DOC_SECTIONS, Severity.WARNING,
            "缺少“五、存在的主要问题及改进情况”部分。（依据：《中华人民共和国政府信息公开条例》第五十条；年度报告格式（国办公开办函〔2021〕30号））"));
  }

  @Test
  void aTableSectionHeadingRemovedIsAnError() throws Exception {
    List<Finding> findings = check("huaian-2024", "四、政府信息公开行政复议、行政诉讼情况\n", "\n");
    assertThat(findings).extracting(Finding::rule, Finding::severity)
        .containsExactly(tuple(Rule.DOC_SECTIONS, Severity.ERROR));
  }

  @Test
  void aReportFor2021WithThe2019Tables() throws Exception {
    List<Finding> findings = check("xingjing-2020", "兴泾镇人民政府 2020年政府信息公开工作年度报告",
        "兴泾镇人民政府 2021年政府信息公开工作年度报告");
    // the tables are of the 2019 edition; the period still says 2020
    assertThat(findings).extracting(Finding::rule, Finding::severity, f -> f.location() == null ? null : f.location().line())
        .containsExactly(tuple(Rule.DOC_EDITION, Severity.WARNING, null), tuple(Rule.DOC_PERIOD, Severity.ERROR, 5));
    assertThat(findings.get(0).message()).contains("2021").contains("国办公开办函〔2021〕30号");
  }
}
