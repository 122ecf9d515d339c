package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.Edition;
import org.nianbao.internal.text.Normalize;

/** The year an overview paragraph opens with, and the template notice a sentence cites. */
class YearAndNoticeTest {
  private static Sentence sentence(String text) {
    return Sentence.of(1, 1, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023年，我市坚持以习近平新时代中国特色社会主义思想为指导 | 2023",
      "2023 年，我市坚持… | 2023",
      "2022年度，本机关… | 2022",
      "一、2021年，全区… | 2021",
      "（一）2020年，本镇… | 2020",
      "(二)2024年,我局… | 2024"})
  void theYearAnOverviewOpensWith(String text, int year) {
    Token opening = YearRule.openingYear(sentence(text).tokens());
    assertThat(opening).isNotNull();
    assertThat(opening.value().intValue()).isEqualTo(year);
  }

  @ParameterizedTest
  @ValueSource(strings = {"自2019年以来，我市…", "全年共公开2023条，其中…", "2023年我市坚持…", "一、总体情况",
      "我市2023年，…", "一二、2023年，…", "2023", ""})
  void aYearFurtherInOrWithoutItsCommaIsNotTheOpening(String text) {
    assertThat(YearRule.openingYear(sentence(text).tokens())).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "按照《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求 | E2021",
      "根据国办公开办函〔2019〕60号的格式 | E2019",
      "国办公开办函[2019]60号 | E2019",
      "国办公开办函（2021）30号 | E2021",
      "国办公开办函 〔2021〕 30 号 | E2021"})
  void theNoticeCited(String text, Edition edition) {
    assertThat(NoticeRule.cited(Tokens.of(Normalize.compact(text)))).isEqualTo(edition);
  }

  @ParameterizedTest
  @ValueSource(strings = {"国办公开办函〔2019〕30号", "国办公开办函〔2021〕60号", "国务院令第711号",
      "〔2020〕60号", "2019.5〕60号", "2019年60号", "2019〕", "截至2021年12月30日", "〔2019〕60日", "2019-60号",
      "〔2019〕60条"})
  void notTheNotice(String text) {
    assertThat(NoticeRule.cited(Tokens.of(Normalize.compact(text)))).isNull();
  }

  private static java.util.List<Observation> yearFindings(java.util.List<String> preamble, String firstLine) {
    org.nianbao.Report base = org.nianbao.testing.TestReports.example("huaian-2024");
    java.util.List<org.nianbao.Narrative.TextLine> pre = new java.util.ArrayList<>();
    for (String line : preamble) {
      pre.add(new org.nianbao.Narrative.TextLine(pre.size() + 1, line));
    }
    org.nianbao.Narrative text = new org.nianbao.Narrative(pre, java.util.List.of(new org.nianbao.Narrative.Section(
        "一、总体情况", 10, java.util.List.of(new org.nianbao.Narrative.TextLine(11, firstLine)))));
    org.nianbao.Report report = new org.nianbao.Report(base.unit(), base.year(), base.edition(),
        base.activeDisclosure(), base.applications(), base.reviewLitigation(), text);
    return NarrativeRules.check(report).stream().filter(o -> o.rule() == org.nianbao.Rule.DOC_YEAR).toList();
  }

  @org.junit.jupiter.api.Test
  void aTitleWithoutItsYearIsNotedAndNoTitleLineIsNotThisRulesBusiness() {
    assertThat(yearFindings(java.util.List.of("淮安市人民政府政府信息公开工作年度报告"), "2024年，全市…"))
        .extracting(Observation::key).containsExactly("doc.year.missing");
    // an excerpt that starts at its first section has no title to look at (doc.title speaks of it)
    assertThat(yearFindings(java.util.List.of(), "2024年，全市…")).isEmpty();
    assertThat(yearFindings(java.util.List.of("淮安市人民政府2024年政府信息公开工作年度报告"), "2024年，全市…")).isEmpty();
    assertThat(yearFindings(java.util.List.of("淮安市人民政府2023年政府信息公开工作年度报告"), "2024年，全市…"))
        .extracting(Observation::key, o -> o.actual().intValue(), Observation::line)
        .containsExactly(org.assertj.core.api.Assertions.tuple("doc.year.title", 2023, 1));
    assertThat(yearFindings(java.util.List.of("淮安市人民政府2024年政府信息公开工作年度报告"), "2023年，全市…"))
        .extracting(Observation::key, o -> o.actual().intValue(), Observation::line)
        .containsExactly(org.assertj.core.api.Assertions.tuple("doc.year.text", 2023, 11));
  }

  /** A story of years told clause by clause: the year after a semicolon does not open a paragraph. */
  @org.junit.jupiter.api.Test
  void aYearAfterASemicolonIsAStoryNotTheOpening() {
    java.util.List<String> title = java.util.List.of("淮安市人民政府2024年政府信息公开工作年度报告");
    assertThat(yearFindings(title, "2021年我市建成标准目录；2022年，目录延伸到乡镇；2024年，全市…")).isEmpty();
    assertThat(yearFindings(title, "2021年我市建成标准目录。2022年，目录延伸到乡镇。"))
        .extracting(Observation::key, o -> o.actual().intValue(), Observation::line)
        .containsExactly(org.assertj.core.api.Assertions.tuple("doc.year.text", 2022, 11));
  }
}
