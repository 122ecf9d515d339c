package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.internal.narrative.DocumentRuleRun.described;
import static org.nianbao.internal.narrative.DocumentRuleRun.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.Report;
import org.nianbao.Severity;
import org.nianbao.testing.TestReports;

/**
 * text.active_disclosure on sentences from real reports and ones written like them. huaian-2024
 * (edition 2021): 规章 1 | 0 | 11, 行政规范性文件 8 | 26 | 66; xingjing-2020 (edition 2019): all 0.
 */
class ActiveDisclosureRuleTest {
  private static final Report HUAIAN = TestReports.example("huaian-2024");
  private static final Report XINGJING = TestReports.example("xingjing-2020");
  private static final String NORMATIVE = "/activeDisclosure/documents/normativeDocuments/";
  private static final String RULES = "/activeDisclosure/documents/rules/";

  private static List<String> compared(Report report, String... sentences) {
    return described(run(new ActiveDisclosureRule(), report, sentences));
  }

  /** pingtan-2023: the text's 393 in force against table 二's 470. */
  @Test
  void pingtan2023sMiss() {
    Report pingtan = TestReports.with(HUAIAN, Map.of(NORMATIVE + "issued", 77, NORMATIVE + "repealed", 132,
        NORMATIVE + "inForce", 470));
    List<Observation> found = run(new ActiveDisclosureRule(), pingtan,
        "一是做好规范性文件公开。",
        "按照省政府办公厅相关工作要求设立规范性文件库，清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件。");
    assertThat(described(found)).containsExactly(
        "text.active_disclosure.in_force [行政规范性文件, 393, 470] [" + NORMATIVE + "inForce] 470 393 2");
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  /** pingtan-2022: 698 in force and 88 issued, as the table reads. */
  @Test
  void pingtan2022Agrees() {
    Report pingtan = TestReports.with(HUAIAN, Map.of(NORMATIVE + "issued", 88, NORMATIVE + "repealed", 55,
        NORMATIVE + "inForce", 698));
    assertThat(compared(pingtan, "设立规范性文件库，集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。"))
        .isEmpty();
  }

  @Test
  void eachColumnOfEdition2021() {
    assertThat(compared(HUAIAN, "本年度制发的规范性文件9件。"))
        .containsExactly("text.active_disclosure.issued [行政规范性文件, 9, 8] [" + NORMATIVE + "issued] 8 9 1");
    assertThat(compared(HUAIAN, "全年制定行政规范性文件7件。"))
        .containsExactly("text.active_disclosure.issued [行政规范性文件, 7, 8] [" + NORMATIVE + "issued] 8 7 1");
    assertThat(compared(HUAIAN, "全年印发行政规范性文件7件。"))
        .containsExactly("text.active_disclosure.issued [行政规范性文件, 7, 8] [" + NORMATIVE + "issued] 8 7 1");
    assertThat(compared(HUAIAN, "废止行政规范性文件25件。"))
        .containsExactly("text.active_disclosure.repealed [行政规范性文件, 25, 26] [" + NORMATIVE + "repealed] 26 25 1");
    assertThat(compared(HUAIAN, "现行有效市政府规章12件。"))
        .containsExactly("text.active_disclosure.in_force [规章, 12, 11] [" + RULES + "inForce] 11 12 1");
    assertThat(compared(HUAIAN, "制定市政府规章2部。"))
        .containsExactly("text.active_disclosure.issued [规章, 2, 1] [" + RULES + "issued] 1 2 1");
  }

  @Test
  void eachColumnOfEdition2019() {
    assertThat(compared(XINGJING, "本年新制作规范性文件2件。"))
        .containsExactly("text.active_disclosure.made [规范性文件, 2, 0] [" + NORMATIVE + "made] 0 2 1");
    assertThat(compared(XINGJING, "本年新公开规章3件。"))
        .containsExactly("text.active_disclosure.published [规章, 3, 0] [" + RULES + "published] 0 3 1");
    // edition 2019 has no 现行有效 or 废止 column: 对外公开总数量 is everything published
    assertThat(compared(XINGJING, "现行有效规范性文件5件。", "废止规范性文件1件。")).isEmpty();
  }

  @Test
  void countsThatAgreePass() {
    assertThat(compared(HUAIAN, "现行有效行政规范性文件66件。", "本年度制发的规范性文件8件。", "废止行政规范性文件26件。",
        "现行有效规章11件。", "制定规章1件。")).isEmpty();
  }

  /** The row word right before the count, with a little filler or the column word between. */
  @ParameterizedTest
  @ValueSource(strings = {"现行有效行政规范性文件共计50件。", "现行有效行政规范性文件数量为50件。", "现行有效行政规范性文件的总数达50件。",
      "现行有效的行政规范性文件共有50件。", "行政规范性文件现行有效50件。", "行政规范性文件现行有效共50件。", "现行有效行政规范性文件50份。",
      "现行有效行政规范性文件50个。", "现行有效行政规范性文件50篇。"})
  void fillerBetweenTheRowAndItsCount(String sentence) {
    assertThat(compared(HUAIAN, sentence))
        .containsExactly("text.active_disclosure.in_force [行政规范性文件, 50, 66] [" + NORMATIVE + "inForce] 66 50 1");
  }

  /** Where the sentence leaves a doubt about what the count is, nothing is compared. */
  @ParameterizedTest
  @ValueSource(strings = {
      "现行有效规章和行政规范性文件77件。",
      "制发和废止行政规范性文件9件。",
      "累计制发行政规范性文件300件。",
      "历年制发行政规范性文件300件。",
      "上年制发行政规范性文件5件。",
      "2023年制发行政规范性文件5件。",
      "1至6月制发行政规范性文件5件。",
      "第3批现行有效行政规范性文件5件。",
      "制定规章制度3件。",
      "现行有效行政规范性文件中涉及企业的20件。",
      "对现行有效文件开展清理，行政规范性文件50件。",
      "现行有效文件中、行政规范性文件50件。",
      "现行有效（行政规范性文件）50件。",
      "现行有效行政规范性文件393条。",
      "现行有效行政规范性文件（393件）。",
      "公开行政规范性文件50件。",
      "现行有效行政规范性文件50万元。",
      "现行有效50件。",
      "现行有效2024年度共50件。",
      "50件。"})
  void doubtfulCountsAreNotCompared(String sentence) {
    assertThat(compared(HUAIAN, sentence)).isEmpty();
  }

  /** The report's own year in the clause is no other year. */
  @Test
  void theReportsOwnYearIsThisYear() {
    assertThat(compared(HUAIAN, "2024年制发行政规范性文件9件。"))
        .containsExactly("text.active_disclosure.issued [行政规范性文件, 9, 8] [" + NORMATIVE + "issued] 8 9 1");
  }

  /** A blank or unreadable cell has no number to compare; "/" is none (0). */
  @Test
  void aCellWithoutANumberIsNotCompared() {
    Map<String, Object> cells = new HashMap<>();
    cells.put(NORMATIVE + "inForce", null);
    cells.put(RULES + "inForce", "/");
    Report blank = TestReports.with(HUAIAN, cells);
    assertThat(compared(blank, "现行有效行政规范性文件50件。")).isEmpty();
    assertThat(compared(blank, "现行有效规章2件。"))
        .containsExactly("text.active_disclosure.in_force [规章, 2, 0] [" + RULES + "inForce] 0 2 1");
  }

  /** Several counts in a sentence are each compared with their own cell. */
  @Test
  void eachCountOfASentence() {
    assertThat(compared(HUAIAN, "现行有效规章12件，现行有效行政规范性文件67件，本年度制发的规范性文件8件。")).containsExactly(
        "text.active_disclosure.in_force [规章, 12, 11] [" + RULES + "inForce] 11 12 1",
        "text.active_disclosure.in_force [行政规范性文件, 67, 66] [" + NORMATIVE + "inForce] 66 67 1");
  }
  /** A bracket ends a clause, as a separator does: the column word inside or before it is not the count's. */
  @Test
  void aBracketEndsTheClause() {
    assertThat(compared(HUAIAN, "对现行有效文件）行政规范性文件50件。")).isEmpty();
    assertThat(compared(HUAIAN, "对现行有效文件（行政规范性文件50件。")).isEmpty();
  }

  /** The row word may open the sentence. */
  @Test
  void theRowWordFirst() {
    assertThat(compared(HUAIAN, "规章现行有效12件。"))
        .containsExactly("text.active_disclosure.in_force [规章, 12, 11] [" + RULES + "inForce] 11 12 1");
    assertThat(compared(HUAIAN, "规范性文件现行有效50件。"))
        .containsExactly("text.active_disclosure.in_force [行政规范性文件, 50, 66] [" + NORMATIVE + "inForce] 66 50 1");
  }
}
