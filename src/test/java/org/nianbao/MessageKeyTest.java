package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.testing.TestReports;

/**
 * A finding keeps what its message is made of, its key and arguments, and is worded again from
 * them in either language.
 */
class MessageKeyTest {
  /** huaian-2024's table 4 review row is upheld 72, corrected 64, other 178, pending 37: 351. */
  private static final Report REVIEW_TOTAL_350 =
      TestReports.with(TestReports.tables("huaian-2024"), Map.of("/reviewLitigation/review/total", 350));

  @Test
  void aViolatedSumKeepsItsKeyNumbersAndPhrases() {
    Finding finding = ReportValidator.create().validate(REVIEW_TOTAL_350).findings().get(0);
    assertThat(finding.messageKey()).isEqualTo("t4.total");
    List<Object> arguments = finding.arguments();
    assertThat(arguments.get(0)).isEqualTo(Finding.Phrase.of("row./reviewLitigation/review"));
    assertThat(arguments.subList(1, 4)).containsExactly(new BigDecimal(350), new BigDecimal(351), "-1");
    assertThat(arguments.get(4)).isEqualTo(Finding.Phrase.of("rule.t4.total.title"));
    // any one of the five cells fixes it alone: the advice gives the first three, worded in the message's language
    assertThat(arguments.get(5)).isInstanceOf(Finding.Phrase.class)
        .extracting(p -> ((Finding.Phrase) p).key()).isEqualTo("fix.ties_more");
    assertThat(finding.message()).isEqualTo("「表四 行政复议」：总计为 350，而结果维持、结果纠正、其他结果、尚未审结之和为 351（相差 -1）。"
        + "使各项合计成立的最少改动有多种，无法确定是哪一格，例如：「表四 行政复议 × 结果维持」应为 71（现为 72）；或「表四 行政复议 × 结果纠正」应为 63（现为 64）"
        + "；或「表四 行政复议 × 其他结果」应为 177（现为 178）。（依据：" + Rule.T4_TOTAL.basis(Locale.CHINESE) + "）");
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Table 4, administrative review: the total is 350, but upheld,"
        + " corrected, other and pending add up to 351 (off by -1). Many smallest changes make every sum hold, so the"
        + " cell cannot be told; for example: Table 4, administrative review × upheld should be 71 (is 72); or Table 4,"
        + " administrative review × corrected should be 63 (is 64); or Table 4, administrative review × other result"
        + " should be 177 (is 178). (Basis: " + Rule.T4_TOTAL.basis(Locale.ENGLISH) + ")");
    assertThat(finding.message(Locale.CHINA)).isEqualTo(finding.message());
    assertThat(finding.message(Locale.FRENCH)).as("a language without a bundle is Chinese").isEqualTo(finding.message());
  }

  @Test
  void aUniqueFixIsWordedAfterTheSumAndBeforeTheBasis() {
    // 3010 natural persons for 3001 in row 一 (total 3119): the row and the column's balance both break, and
    // only that cell, back to 3001, mends both; 3010 for 3001 is two digits swapped
    Report report = TestReports.with(TestReports.tables("huaian-2024"),
        Map.of("/applications/newRequests/naturalPerson", 3010));
    Finding finding = ReportValidator.create().validate(report).findings(Rule.T3_ROW_TOTAL).get(0);
    assertThat(finding.fix()).isEqualTo(new Finding.Fix("/applications/newRequests/naturalPerson", Cell.of(3010),
        new BigDecimal(3001)));
    assertThat(finding.arguments().get(5)).isInstanceOf(Finding.Phrase.class)
        .extracting(p -> ((Finding.Phrase) p).key()).isEqualTo("fix.unique");
    assertThat(finding.message()).isEqualTo("「表三 一、本年新收政府信息公开申请数量」一行：总计为 3119，而各类申请人之和为 3128（相差 -9）。"
        + "最可能是「表三 一、本年新收政府信息公开申请数量 × 自然人」应为 3001（现为 3010），像是两位数字写颠倒了。（依据："
        + Rule.T3_ROW_TOTAL.basis(Locale.CHINESE) + "）");
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Table 3, 1. new applications this year: the total is 3119,"
        + " but the applicant columns add up to 3128 (off by -9). Most likely Table 3, 1. new applications this year"
        + " × natural persons should be 3001 (is 3010), as if two digits were swapped. (Basis: "
        + Rule.T3_ROW_TOTAL.basis(Locale.ENGLISH) + ")");
  }

  @Test
  void everyFindingOfTheSuiteWordedAgainIsTheOtherLanguagesValidatorsMessage() throws Exception {
    ReportValidator chinese = ReportValidator.create();
    ReportValidator english = ReportValidator.builder().locale(Locale.ENGLISH).build();
    int compared = 0;
    for (Path file : ConformanceTest.suiteFiles()) {
      for (JsonNode c : ReportJson.MAPPER.readTree(file.toFile()).get("cases")) {
        List<Finding> inChinese = ConformanceTest.validate(chinese, c).findings();
        List<Finding> inEnglish = ConformanceTest.validate(english, c).findings();
        assertThat(inChinese.stream().map(f -> f.message(Locale.ENGLISH)).toList()).as(c.get("name").asText())
            .containsExactlyElementsOf(inEnglish.stream().map(Finding::message).toList());
        assertThat(inEnglish.stream().map(f -> f.message(Locale.CHINESE)).toList()).as(c.get("name").asText())
            .containsExactlyElementsOf(inChinese.stream().map(Finding::message).toList());
        compared += inChinese.size();
      }
    }
    assertThat(compared).as("findings compared").isGreaterThan(100);
  }

  @Test
  void anArgumentOfAnotherTypeIsRefused() {
    assertThatThrownBy(() -> Finding.Phrase.of("label.cell", Locale.CHINESE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a message argument is a String, a Number, a Phrase or a PhraseList, not java.util.Locale");
  }
}
