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
      "〔2020〕60号", "2019.5〕60号", "2019年60号", "2019〕", "截至2021年12月30日"})
  void notTheNotice(String text) {
    assertThat(NoticeRule.cited(Tokens.of(Normalize.compact(text)))).isNull();
  }
}
