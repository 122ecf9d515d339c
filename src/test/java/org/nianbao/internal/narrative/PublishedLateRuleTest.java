package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.Edition;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.Rule;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.TestReports;

/** The publication date read from a page's header lines, and the deadline it is held to. */
class PublishedLateRuleTest {

  /** Header lines as real pages print them (pingtan, hualong-qunke, shuyang-fagaiju) and as others do. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "发布时间: 2024-03-08 15:34|2024-03-08",
      "来源:    时间:2021年01月18日    |2021-01-18",
      "索引号：014314799/2024-00002　发布机构：沭阳县发展和改革局　公开日期：2024-01-17|2024-01-17",
      "发布日期：2021/02/20|2021-02-20",
      "发布日期：2021.2.20|2021-02-20",
      "发文日期：2021 年 2 月 20 日|2021-02-20",
      "日期：２０２１－０２－２０|2021-02-20",
      "发布日期：２０１９／０９／３０|2019-09-30",
      "发布日期：２０１９．０９．３０|2019-09-30",
      "公开时间：2021-02-20来源：县政府办|2021-02-20",
      "标题：XX报告 ｜ 发布时间：2021-02-20|2021-02-20",
      "发布时间：2021-02-20 发布时间：2021-05-01|2021-02-20"})
  void readsTheDateOfAHeaderLine(String line, LocalDate date) {
    assertThat(PublishedLateRule.published(line)).contains(date);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "成文日期：2021-04-10", // signed, not published
      "更新时间：2021-04-10",
      "本报告发布时间：2021年5月1日。", // a sentence, not a header
      "统计时间：2020年1月1日至2020年12月31日",
      "时间：2021年4月1日至2021年4月30日",
      "时间：2021-04-01~2021-04-30",
      "发布时间：2021-04", // no day
      "发布时间：2021-02-30", // no such day
      "发布时间：2021-13-01",
      "发布时间：2021-02/20", // separators that disagree
      "发布时间：20210220",
      "发布时间：2021-02-201",
      "发布时间：",
      "浏览次数：2021"})
  void takesNoOtherDate(String line) {
    assertThat(PublishedLateRule.published(line)).isEmpty();
  }

  /** Only the preamble's lines are headers; the first date is the page's. */
  @Test
  void readsThePreambleOnly() {
    Narrative text = new Narrative(List.of(new Narrative.TextLine(1, "淮安市人民政府2024年政府信息公开工作年度报告")),
        List.of(new Narrative.Section("一、总体情况", 2, List.of(new Narrative.TextLine(3, "发布时间：2025-06-01")))));
    assertThat(check("淮安市人民政府", 2024, text)).isEmpty();
  }

  @Test
  void theFirstHeaderDateIsThePagesDate() {
    Narrative text = new Narrative(List.of(new Narrative.TextLine(1, "发布时间：2025-03-01"),
        new Narrative.TextLine(2, "发布时间：2025-06-01")), List.of());
    assertThat(check("淮安市人民政府", 2024, text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "淮安市人民政府, 2024, 2025-04-01, doc.published_late.government, 2025-03-31",
      "沭阳县发展和改革局, 2023, 2024-02-01, doc.published_late.department, 2024-01-31",
      "上海市人民政府办公厅, 2025, 2026-02-01, doc.published_late.department, 2026-01-31"})
  void lateIsAfterTheDeadlineOfTheNextYear(String unit, int year, String published, String key, String due) {
    Narrative text = new Narrative(List.of(new Narrative.TextLine(2, "发布时间：" + published)), List.of());
    List<Observation> found = check(unit, year, text);
    assertThat(found).hasSize(1);
    Observation o = found.get(0);
    assertThat(o.rule()).isEqualTo(Rule.DOC_PUBLISHED_LATE);
    assertThat(o.key()).isEqualTo(key);
    assertThat(o.line()).isEqualTo(2);
    assertThat(o.arguments()).containsExactly(unit, published, due);
    assertThat(o.pointers()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "淮安市人民政府, 2024, 2025-03-31", // the last day
      "沭阳县发展和改革局, 2023, 2024-01-31",
      "银川市西夏区兴泾镇人民政府, 2020, 2021-06-01", // a town: no date set
      "平潭综合实验区, 2022, 2023-06-01", // level not told
      "淮安市人民政府, 0, 2025-06-01"}) // year not known
  void notLate(String unit, int year, String published) {
    Narrative text = new Narrative(List.of(new Narrative.TextLine(2, "发布时间：" + published)), List.of());
    assertThat(check(unit, year, text)).isEmpty();
  }

  private static List<Observation> check(String unit, int year, Narrative text) {
    Report base = TestReports.example("huaian-2024");
    Report report = new Report(unit, year, Edition.E2021, base.activeDisclosure(), base.applications(),
        base.reviewLitigation(), text);
    TextCheck check = new TextCheck(report, Layout.of(report.edition()).cells(report), List.of(),
        Deadline.NONE);
    new PublishedLateRule().check(check);
    return check.observations();
  }
}
