package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.internal.narrative.DocumentRuleRun.described;
import static org.nianbao.internal.narrative.DocumentRuleRun.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.Report;
import org.nianbao.Severity;
import org.nianbao.testing.TestReports;

/** doc.period on sentences as reports write them; the report is xingjing-2020's (year 2020). */
class PeriodRuleTest {
  private static final Report REPORT = TestReports.example("xingjing-2020");

  private static List<String> period(String... sentences) {
    return described(run(new PeriodRule(), REPORT, sentences));
  }

  private static String wrong(String range, int line) {
    return "doc.period [" + range + ", 2020] [] - - " + line;
  }

  @Test
  void theIssuesMissIsFoundAtTheRulesSeverity() {
    List<Observation> found = run(new PeriodRule(), REPORT, "本报告中使用数据统计期限涵盖2020年1月1日至12月21日。");
    assertThat(described(found)).containsExactly(wrong("2020年1月1日至12月21日", 1));
    assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  /** Each way real reports word the whole year passes. */
  @ParameterizedTest
  @ValueSource(strings = {
      "本报告所列数据的统计期限自2020年1月1日至2020年12月31日。",
      "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
      "本年度报告中所列数据统计期限为2020年1月1日至12月31日。",
      "本年度报告中所列数据的统计周期为 2020 年 1 月 1 日至 12 月 31 日。",
      "本报告所列数据统计期限从2020年1月1日至2020年12月31日止。",
      "数据统计时间为2020年1月1日到2020年12月31日。",
      "时间跨度：2020年1月1日—2020年12月31日。",
      "本报告数据涵盖2020年1月1日～2020年12月31日。",
      "本报告所列数据统计期限为2020年1月1日-2020年12月31日。",
      "统计期限为2020年1月1号至2020年12月31号。",
      "本报告所列数据起止2020年1月1日起到2020年12月31日。"})
  void theWholeYearPasses(String sentence) {
    assertThat(period(sentence)).isEmpty();
  }

  /** Every end of the range is checked: start year, month, day; end year, month, day. */
  @Test
  void eachPartOfTheRangeIsChecked() {
    assertThat(period("统计期限为2019年1月1日至12月31日。")).containsExactly(wrong("2019年1月1日至12月31日", 1));
    assertThat(period("统计期限为2020年2月1日至2020年12月31日。")).containsExactly(wrong("2020年2月1日至2020年12月31日", 1));
    assertThat(period("统计期限为2020年1月2日至2020年12月31日。")).containsExactly(wrong("2020年1月2日至2020年12月31日", 1));
    assertThat(period("统计期限为2020年1月1日至2021年12月31日。")).containsExactly(wrong("2020年1月1日至2021年12月31日", 1));
    assertThat(period("统计期限为2020年1月1日至2020年11月30日。")).containsExactly(wrong("2020年1月1日至2020年11月30日", 1));
    assertThat(period("统计期限为2020年1月1日至2020年12月30日。")).containsExactly(wrong("2020年1月1日至2020年12月30日", 1));
  }

  /** Each word that names the period makes a range the period; 统计局 is a body, not one of them. */
  @ParameterizedTest
  @ValueSource(strings = {"统计", "涵盖", "期限", "所列数据", "数据", "跨度", "时间范围", "起止"})
  void aWordNamingThePeriodIsNeeded(String word) {
    assertThat(period("本报告" + word + "2020年1月1日至2020年12月21日。"))
        .containsExactly(wrong("2020年1月1日至2020年12月21日", 1));
  }

  @Test
  void aRangeWithoutAWordNamingThePeriodIsNotThePeriod() {
    assertThat(period("我局于2020年3月1日至2020年6月30日开展专项检查。")).isEmpty();
    assertThat(period("区统计局2020年3月1日至2020年6月30日开展专项检查。")).isEmpty();
    assertThat(period("2020年3月1日至2020年6月30日统计数据。")).isEmpty();
  }

  /** The word must be in the range's own clause: a comma, 、, ；, a bracket or a stop ends it; a colon does not. */
  @ParameterizedTest
  @ValueSource(strings = {"，", "、", "；", "（", "）", "。"})
  void theWordMustStandInTheRangesClause(String mark) {
    assertThat(period("开展统计工作" + mark + "时间为2020年3月1日至2020年6月30日")).isEmpty();
  }

  @Test
  void aColonDoesNotEndTheClause() {
    assertThat(period("统计时间：2020年1月1日至2020年6月30日。")).containsExactly(wrong("2020年1月1日至2020年6月30日", 1));
  }

  /** The start of a range gives its year: "1月1日至6月30日" alone may be any year's half. */
  @Test
  void aRangeStartingWithoutItsYearIsNotRead() {
    assertThat(period("统计期限为1月1日至6月30日。")).isEmpty();
    assertThat(period("统计期限为2020年1月至2020年12月。")).isEmpty();
    assertThat(period("统计期限为2020年1月1日至2020年12月。")).isEmpty();
  }

  @Test
  void onlyTheWordsThatJoinARangeJoinIt() {
    assertThat(period("统计期限为2020年1月1日和2020年12月21日。")).isEmpty();
    assertThat(period("统计期限为2020年1月1日起2020年12月21日。")).isEmpty();
  }

  @Test
  void aPeriodWhoseFiguresRunTogetherCannotBeRead() {
    assertThat(period("本报告所列数据的统计期限为202011日至20201231日。"))
        .containsExactly("doc.period.garbled [202011日至20201231日, 2020] [] - - 1");
    assertThat(period("统计期限为2020年1月1日至20201231日。"))
        .containsExactly("doc.period.garbled [2020年1月1日至20201231日, 2020] [] - - 1");
    assertThat(period("统计期限为202011日至2020年12月31日。"))
        .containsExactly("doc.period.garbled [202011日至2020年12月31日, 2020] [] - - 1");
    assertThat(period("统计期限为199911日至19991231日。"))
        .containsExactly("doc.period.garbled [199911日至19991231日, 2020] [] - - 1");
  }

  /** The year run into the month only (年 dropped): 20201月1日 is a garbled month, and its day still belongs to it. */
  @Test
  void aYearRunIntoTheMonthOnly() {
    assertThat(period("统计期限自20201月1日起至202012月31日止。"))
        .containsExactly("doc.period.garbled [20201月1日起至202012月31日, 2020] [] - - 1");
    assertThat(period("统计期限自2020年1月1日起至202012月31日止。"))
        .containsExactly("doc.period.garbled [2020年1月1日起至202012月31日, 2020] [] - - 1");
    assertThat(period("统计期限自20201月1日起至2020年12月31日止。"))
        .containsExactly("doc.period.garbled [20201月1日起至2020年12月31日, 2020] [] - - 1");
  }

  /** A run of digits that holds no year (12345日, 2020日) is not a date with its year in it. */
  @Test
  void digitsThatHoldNoYearAreNotAGarbledDate() {
    assertThat(period("统计期限为123456日至20201231日。")).isEmpty();
    assertThat(period("统计期限为2020日至20201231日。")).isEmpty();
  }

  @Test
  void aDayOrMonthThatCannotBeIsGarbled() {
    assertThat(period("统计期限为2020年1月1日至2020年12月41日。"))
        .containsExactly("doc.period.garbled [2020年1月1日至2020年12月41日, 2020] [] - - 1");
    assertThat(period("统计期限为2020年1月1日至2020年13月31日。"))
        .containsExactly("doc.period.garbled [2020年1月1日至2020年13月31日, 2020] [] - - 1");
    assertThat(period("统计期限为2020年0月1日至2020年12月31日。"))
        .containsExactly("doc.period.garbled [2020年0月1日至2020年12月31日, 2020] [] - - 1");
    assertThat(period("统计期限为2020年1月0日至2020年12月31日。"))
        .containsExactly("doc.period.garbled [2020年1月0日至2020年12月31日, 2020] [] - - 1");
  }

  /** The report states its period once: a later range, even one with a period word, is something else. */
  @Test
  void onlyTheFirstPeriodIsRead() {
    assertThat(period("本报告所列数据的统计期限自2020年1月1日至2020年12月31日。", "专项统计时间为2020年3月1日至2020年6月30日。"))
        .isEmpty();
    assertThat(period("统计期限为2020年1月1日至2020年12月21日。", "统计期限为2020年1月1日至2020年12月21日。"))
        .containsExactly(wrong("2020年1月1日至2020年12月21日", 1));
    assertThat(period("统计期限为2020年1月1日至2020年12月21日，统计期限为2020年2月1日至2020年12月31日。"))
        .containsExactly(wrong("2020年1月1日至2020年12月21日", 1));
  }

  /** A period after a range without a period word in the same sentence is still read. */
  @Test
  void aRangeThatIsNotThePeriodDoesNotHideTheOneThatIs() {
    assertThat(period("2020年3月1日至2020年6月30日开展检查，本报告统计期限为2020年1月1日至2020年12月21日。"))
        .containsExactly(wrong("2020年1月1日至2020年12月21日", 1));
  }

  @Test
  void aRangeCutShortIsNotRead() {
    assertThat(period("统计期限为2020年1月1日至")).isEmpty();
    assertThat(period("统计期限为2020年1月1日")).isEmpty();
    assertThat(period("统计期限为2020年1月1日至2020年12月")).isEmpty();
    assertThat(period("统计期限为2020年")).isEmpty();
  }

  @Test
  void decimalsAreNotDates() {
    assertThat(period("统计期限为2020年1.5月1日至2020年12月21日。")).isEmpty();
    assertThat(period("统计期限为2020年1月1日至2020年12月2.5日。")).isEmpty();
    assertThat(period("统计期限为20201.5日至20201231日。")).isEmpty();
  }
  @Test
  void aDayWrittenWith号IsADay() {
    assertThat(period("统计期限为2020年1月1号至2020年12月21号。")).containsExactly(wrong("2020年1月1号至2020年12月21号", 1));
  }

  /** Five digits are the fewest a year and a day run together can make (2020 1 日 → 20201日). */
  @Test
  void fiveDigitsRunTogether() {
    assertThat(period("统计期限为20201日至20201231日。"))
        .containsExactly("doc.period.garbled [20201日至20201231日, 2020] [] - - 1");
  }

  /** 数据 alone names the period only in a clause about the report. */
  @Test
  void dataNamesThePeriodOnlyOfTheReport() {
    assertThat(period("政务数据2020年3月1日至2020年6月30日开放。")).isEmpty();
    assertThat(period("本报告数据自2020年1月1日至2020年6月30日。")).containsExactly(wrong("2020年1月1日至2020年6月30日", 1));
    assertThat(period("报告2020年1月1日至2020年6月30日。")).isEmpty();
  }
}
