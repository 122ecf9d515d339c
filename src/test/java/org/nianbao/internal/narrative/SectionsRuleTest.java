package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.internal.narrative.DocumentRuleRun.described;
import static org.nianbao.internal.narrative.DocumentRuleRun.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.Severity;
import org.nianbao.testing.TestReports;

/**
 * doc.sections' stated number of parts, on the openings of real reports and ones written like them.
 * huaian-2024 has all six headings.
 */
class SectionsRuleTest {
  private static final Report SIX = TestReports.example("huaian-2024");
  private static final String TONGJIJU = "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在问题及改进情况、"
      + "其他需要报告的事项等六部分组成。";

  private static SectionsRule.Stated stated(String sentence) {
    return SectionsRule.stated(Sentence.of(1, 0, sentence));
  }

  private static List<String> sections(Report report, String... sentences) {
    return described(run(new SectionsRule(), report, sentences));
  }

  @Test
  void tongjijusOpeningSaysSixAndListsFive() {
    assertThat(stated(TONGJIJU)).isEqualTo(new SectionsRule.Stated(6, 5, true));
    List<Observation> found = run(new SectionsRule(), SIX, TONGJIJU);
    assertThat(described(found)).containsExactly("doc.sections.stated [6, 5] [] - - 1");
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  /** 收到处理 without 和 still names 三: with it left out, the list names five of its six. */
  @Test
  void anOutlineNamesThreeWithoutHe() {
    assertThat(stated("本报告由总体情况、主动公开政府信息情况、收到处理政府信息公开申请情况、行政复议情况、存在的主要问题、"
        + "其他需要报告的事项六部分组成。")).isEqualTo(new SectionsRule.Stated(6, 6, false));
    assertThat(stated("本报告由总体情况、主动公开政府信息情况、收到处理政府信息公开申请情况、存在的主要问题、"
        + "其他需要报告的事项六部分组成。")).isEqualTo(new SectionsRule.Stated(6, 5, false));
  }

  /** 本文 is the report; 本文件 is a document the report speaks of. */
  @Test
  void benwenNamesTheReportBenwenjianDoesNot() {
    // no 报告 in the list itself, so that only the word before it can name the report
    String five = "包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议情况、存在的主要问题及改进情况等六部分。";
    assertThat(stated("本文" + five)).isEqualTo(new SectionsRule.Stated(6, 5, true));
    assertThat(sections(SIX, "本文" + five)).containsExactly("doc.sections.stated [6, 5] [] - - 1");
    assertThat(stated("本文件" + five)).isNull();
    assertThat(stated("该方案" + five)).isNull();
  }

  /** The openings of real reports that list their six parts: each counts six. */
  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // xingjing-2020: 行政复议、行政诉讼 is one part written with its own 、
      "报告全文由总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,"
          + "其他需要报告的事项等共六个部分组成。",
      // fengxian-2020: the last two joined by 和
      "本报告包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况"
          + "和其他需要报告的事项等六部分组成。",
      // shanghai-kewei-2024: 以及, and what follows the count is not a part
      "报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况，"
          + "存在的主要问题及改进情况以及其他需要报告的事项等六部分, 并附相关指标统计表。",
      "本报告包含总体情况；主动公开政府信息情况；收到和处理政府信息公开申请情况；行政复议、行政诉讼情况；存在的主要问题及改进情况；"
          + "其他需要报告的事项在内的六个部分。",
      "本报告分成总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议、行政诉讼情况、存在的主要问题及改进情况、"
          + "其他需要报告的事项共6个部分。",
      // a real street office's 2025 outline: 收到处理 without 和, and 和 joining two parts twice
      "报告包括工作总体情况、主动公开政府信息情况和收到处理政府信息公开申请情况、行政复议和行政诉讼情况、"
          + "存在的主要问题及改进情况和其他需要报告的事项六个部分。"})
  void realOpeningsListSix(String sentence) {
    assertThat(stated(sentence).listed()).isEqualTo(6);
    assertThat(stated(sentence).parts()).isEqualTo(6);
    assertThat(sections(SIX, sentence)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "本报告共分六部分。# 6",
      "本报告分为6个部分。# 6",
      "本年报共分五个部分。# 5",
      "本报告共分十部分。# 10",
      "本报告分为六个部分，其中第二至第四部分为表格。# 6",
      "本报告由本局办公室编制，共分六个部分。# 6"})
  void aCountWithoutAListIsTheCountAlone(String sentence, int parts) {
    assertThat(stated(sentence)).isEqualTo(new SectionsRule.Stated(parts, 0, false));
  }

  @Test
  void theListAfterTheCount() {
    String five = "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项";
    SectionsRule.Stated sixListingFive = new SectionsRule.Stated(6, 5, false);
    assertThat(stated("本报告分为六个部分：" + five + "。")).isEqualTo(sixListingFive);
    assertThat(stated("本报告共分六部分：" + five)).isEqualTo(sixListingFive);
    assertThat(stated("本报告共分六部分，即" + five + "。")).isEqualTo(sixListingFive);
    assertThat(stated("本报告共分六部分，分别是" + five + "。")).isEqualTo(sixListingFive);
    assertThat(stated("本报告共分六部分，分别为" + five + "。")).isEqualTo(sixListingFive);
    assertThat(stated("本报告共分六部分，包括" + five + "等。")).isEqualTo(new SectionsRule.Stated(6, 5, true));
    // a clause after the count that opens no list
    SectionsRule.Stated six = new SectionsRule.Stated(6, 0, false);
    assertThat(stated("本报告共分六部分，" + five + "。")).isEqualTo(six);
    assertThat(stated("本报告共分六部分组成：" + five + "。")).isEqualTo(six);
    assertThat(stated("本报告共分六部分；即" + five + "。")).isEqualTo(six);
    assertThat(stated("本报告共分六部分，（即" + five + "）。")).isEqualTo(six);
    assertThat(stated("本报告共分六部分，")).isEqualTo(six);
    assertThat(stated("本报告共分六部分，，")).isEqualTo(six);
  }

  /** A list with something that is no part of the template cannot be counted: the count alone is read. */
  @Test
  void aListWithAForeignItemIsNotCounted() {
    assertThat(stated("本报告由总体情况、主动公开政府信息情况、工作亮点、其他需要报告的事项等六部分组成。"))
        .isEqualTo(new SectionsRule.Stated(6, 0, false));
    assertThat(SectionsRule.counted(6, "")).isEqualTo(new SectionsRule.Stated(6, 0, false));
    assertThat(SectionsRule.counted(6, "总体情况、、其他需要报告的事项")).isEqualTo(new SectionsRule.Stated(6, 0, false));
    assertThat(SectionsRule.counted(6, "总体情况、其他需要报告的事项、")).isEqualTo(new SectionsRule.Stated(6, 0, false));
    assertThat(SectionsRule.counted(6, "总体情况")).isEqualTo(new SectionsRule.Stated(6, 1, false));
    assertThat(SectionsRule.counted(6, "总体情况、其他需要报告的事项等共")).isEqualTo(new SectionsRule.Stated(6, 2, true));
    assertThat(SectionsRule.counted(6, "总体情况、其他需要报告的事项共")).isEqualTo(new SectionsRule.Stated(6, 2, false));
    assertThat(SectionsRule.counted(6, "总体情况、其他需要报告的事项在内的")).isEqualTo(new SectionsRule.Stated(6, 2, false));
    assertThat(SectionsRule.counted(6, "总体情况、其他需要报告的事项。")).isEqualTo(new SectionsRule.Stated(6, 2, false));
  }

  /** The list starts right after its opening word: "本报告，包括…" does not take "告，" for an item. */
  @Test
  void theListStartsAfterItsOpeningWord() {
    assertThat(stated("由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、"
        + "其他需要报告的事项等五部分组成本报告。")).isEqualTo(new SectionsRule.Stated(5, 5, true));
    assertThat(stated("本报告，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、"
        + "其他需要报告的事项等六部分。")).isEqualTo(new SectionsRule.Stated(6, 5, true));
  }

  /**
   * A list that ends in 等 and falls one short meant to name every part; one that falls further short
   * reads as "and so on". A list without 等 claims to be whole; one with more parts than stated is wrong
   * either way; a single example is no list.
   */
  @ParameterizedTest
  @CsvSource({"6, 5, true, true", "6, 4, true, false", "6, 2, true, false", "6, 4, false, true", "6, 2, false, true",
      "5, 6, true, true", "5, 6, false, true", "6, 6, false, false", "6, 6, true, false", "6, 1, false, false",
      "6, 0, false, false", "2, 2, false, false", "3, 2, true, true"})
  void whenAListDisagreesWithItsCount(int parts, int listed, boolean etc, boolean disagrees) {
    assertThat(new SectionsRule.Stated(parts, listed, etc).listDisagrees()).isEqualTo(disagrees);
  }

  @Test
  void aShortListEndingInEtcIsNotFlagged() {
    assertThat(sections(SIX, "本报告由总体情况、主动公开政府信息情况等六部分组成。")).isEmpty();
    assertThat(sections(SIX, "本报告由总体情况、主动公开政府信息情况六部分组成。"))
        .containsExactly("doc.sections.stated [6, 2] [] - - 1");
  }

  @Test
  void thePartsOfSomethingElseAreNotTheReports() {
    assertThat(stated("工作方案由总体要求、主要任务、保障措施等六部分组成。")).isNull();
    assertThat(stated("本报告分为六个方面。")).isNull();
    assertThat(stated("本报告分为11个部分。")).isNull();
    assertThat(stated("本报告分为0个部分。")).isNull();
    assertThat(stated("本报告分为1.5个部分。")).isNull();
    assertThat(stated("本报告共有六部门参与。")).isNull();
    assertThat(stated("报告")).isNull();
  }

  @Test
  void aCountWithoutAListIsComparedWithTheHeadings() {
    assertThat(sections(SIX, "本报告共分五个部分。")).containsExactly("doc.sections.stated_headings [5, 6] [] - - 1");
    assertThat(sections(SIX, "本报告共分七个部分。")).containsExactly("doc.sections.stated_headings [7, 6] [] - - 1");
    assertThat(sections(SIX, "本报告共分六个部分。")).isEmpty();
  }

  /** A list that agrees with its count is then compared with the headings. */
  @Test
  void aListThatAgreesWithItsCountIsComparedWithTheHeadings() {
    assertThat(sections(SIX, "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、其他需要报告的事项四部分组成。"))
        .containsExactly("doc.sections.stated_headings [4, 6] [] - - 1");
  }

  /** Six stated and five headings: doc.sections.missing names the part, the count adds nothing. */
  @Test
  void sixStatedAgainstFewerHeadingsIsLeftToMissing() {
    Report five = withHeadings(SIX, 4);
    assertThat(sections(five, "本报告共分六个部分。")).containsExactly("doc.sections.missing [五、存在的主要问题及改进情况] [] - - null");
    assertThat(sections(five, "本报告共分五个部分。")).containsExactly("doc.sections.missing [五、存在的主要问题及改进情况] [] - - null");
    assertThat(sections(five, "本报告共分四个部分。")).containsExactly(
        "doc.sections.missing [五、存在的主要问题及改进情况] [] - - null", "doc.sections.stated_headings [4, 5] [] - - 1");
  }

  /** With no heading found, there is nothing to count against. */
  @Test
  void noHeadingsNoComparison() {
    Report none = withHeadings(SIX);
    assertThat(sections(none, "本报告共分五个部分。")).hasSize(6).allMatch(s -> s.startsWith("doc.sections.missing"));
  }

  /** The outline is stated before section 二: a count in a later section is about something else. */
  @Test
  void onlyTheOpeningStatesTheOutline() {
    assertThat(sections(SIX, "1|本报告共分五个部分。")).containsExactly("doc.sections.stated_headings [5, 6] [] - - 1");
    assertThat(sections(SIX, "2|本报告共分五个部分。")).isEmpty();
    assertThat(sections(SIX, "2|说明。", "1|本报告共分五个部分。")).isEmpty();
  }

  /** The first statement of the outline is the one read. */
  @Test
  void onlyTheFirstStatementIsRead() {
    assertThat(sections(SIX, "本报告共分六个部分。", "本报告共分五个部分。")).isEmpty();
    assertThat(sections(SIX, "说明如下。", "本报告共分五个部分。")).containsExactly("doc.sections.stated_headings [5, 6] [] - - 2");
  }

  /** A heading out of order is named; the same section twice is not out of order; a heading without a line is at line 0. */
  @Test
  void headingsInOrderAndNumbered() {
    List<Narrative.Section> six = SIX.narrative().sections();
    List<Narrative.Section> swapped = List.of(six.get(0), six.get(2), six.get(1), six.get(3), six.get(4), six.get(5));
    assertThat(sections(withSections(SIX, swapped)))
        .containsExactly("doc.sections.order [" + six.get(1).heading() + "] [] - - " + six.get(1).line());
    List<Narrative.Section> twice = List.of(six.get(0), six.get(0), six.get(1), six.get(2), six.get(3), six.get(4),
        six.get(5));
    assertThat(sections(withSections(SIX, twice))).isEmpty();
    List<Narrative.Section> misnumbered = List.of(six.get(0), six.get(1), six.get(2), six.get(3), six.get(4),
        new Narrative.Section("五、其他需要报告的事项", null, List.of()));
    assertThat(sections(withSections(SIX, misnumbered)))
        .containsExactly("doc.sections.number [五、其他需要报告的事项, 六、其他需要报告的事项] [] - - 0");
  }

  /** A missing section that holds a table (二, 三, 四) is an error; 一, 五, 六 a warning. */
  @Test
  void aMissingTableSectionIsAnError() {
    List<Narrative.Section> six = SIX.narrative().sections();
    for (int missing = 0; missing < 6; missing++) {
      List<Narrative.Section> five = new java.util.ArrayList<>(six);
      five.remove(missing);
      List<Observation> found = run(new SectionsRule(), withSections(SIX, five));
      assertThat(found).hasSize(1);
      assertThat(found.get(0).severity()).as("section %d missing", missing + 1)
          .isEqualTo(missing >= 1 && missing <= 3 ? Severity.ERROR : Severity.WARNING);
    }
  }

  private static Report withSections(Report report, List<Narrative.Section> sections) {
    return new Report(report.unit(), report.year(), report.edition(), report.activeDisclosure(),
        report.applications(), report.reviewLitigation(), new Narrative(report.narrative().preamble(), sections));
  }

  /** A copy of {@code report} keeping only the headings at the given indexes (0-based). */
  private static Report withHeadings(Report report, int... drop) {
    List<Narrative.Section> kept = new java.util.ArrayList<>(report.narrative().sections());
    for (int i = drop.length - 1; i >= 0; i--) {
      kept.remove(drop[i]);
    }
    if (drop.length == 0) {
      kept.clear();
    }
    return new Report(report.unit(), report.year(), report.edition(), report.activeDisclosure(),
        report.applications(), report.reviewLitigation(), new Narrative(report.narrative().preamble(), kept));
  }
}
