package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.Cell;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.TestReports;

/**
 * What every rule on the text shares: how the text is cut into sentences, the severities a rule
 * may give, how a cell is read for a comparison, and {@code text.fee}.
 */
class NarrativeRulesTest {
  private static final String SIX = "六、其他需要报告的事项";

  private static Narrative text(List<String> preamble, String heading, List<String> lines) {
    List<Narrative.TextLine> pre = new ArrayList<>();
    for (String line : preamble) {
      pre.add(new Narrative.TextLine(pre.size() + 1, line));
    }
    List<Narrative.TextLine> body = new ArrayList<>();
    for (String line : lines) {
      body.add(new Narrative.TextLine(100 + body.size(), line));
    }
    return new Narrative(pre, heading == null ? List.of() : List.of(new Narrative.Section(heading, 99, body)));
  }

  private static List<Sentence> sentences(Narrative narrative) {
    return NarrativeRules.sentences(narrative, Deadline.NONE);
  }

  @Test
  void aLongLineThatStopsMidSentenceGoesOnInTheNextLine() {
    // 40 characters and no closing mark: the PDF wrapped it
    String wrapped = "本机关全年主动公开政府信息一千二百条，其中通过政府门户网站发布的政策文件和部门动态等信息";
    assertThat(wrapped).hasSizeGreaterThanOrEqualTo(40);
    List<Sentence> s = sentences(text(List.of(wrapped, "共计一千条。"), null, List.of()));
    assertThat(s).extracting(Sentence::text).containsExactly(wrapped + "共计一千条。");
    assertThat(s.get(0).line()).isEqualTo(1);
  }

  @Test
  void fortyCharactersMakeALineLongEnoughToHaveBeenWrapped() {
    String forty = "一二三四五六七八九十".repeat(4);
    assertThat(sentences(text(List.of(forty, "续。"), null, List.of()))).extracting(Sentence::text)
        .containsExactly(forty + "续。");
    String thirtyNine = forty.substring(1);
    assertThat(sentences(text(List.of(thirtyNine, "续。"), null, List.of()))).extracting(Sentence::text)
        .containsExactly(thirtyNine, "续。");
  }

  @Test
  void aShortLineOrAClosedOneIsItsOwnParagraph() {
    String closed = "本机关全年主动公开政府信息一千二百条，其中通过政府门户网站发布的政策文件和部门动态等信息：";
    List<Sentence> s = sentences(text(List.of("一、总体情况", "短的一行", closed, "下一行"), null, List.of()));
    assertThat(s).extracting(Sentence::text).containsExactly("一、总体情况", "短的一行", closed, "下一行");
    assertThat(s).extracting(Sentence::line).containsExactly(1, 2, 3, 4);
  }

  @Test
  void sentencesEndAtFullStopsAndSemicolonsAndKeepTheirSection() {
    List<Sentence> s = sentences(text(List.of(), SIX, List.of("甲。乙；丙! 丁")));
    assertThat(s).extracting(Sentence::text).containsExactly("甲。", "乙；", "丙!", "丁");
    assertThat(s).allSatisfy(sentence -> {
      assertThat(sentence.section()).isEqualTo(6);
      assertThat(sentence.line()).isEqualTo(100);
    });
  }

  @Test
  void aSentenceLongerThanTheLimitIsNotProse() {
    String table = "1".repeat(org.nianbao.internal.Limits.MAX_SENTENCE_CHARS - 1);
    // exactly the limit, its full stop included, is still a sentence; one more character is not
    List<Sentence> s = sentences(text(List.of(table + "。短句。"), null, List.of()));
    assertThat(s).extracting(Sentence::text).containsExactly(table + "。", "短句。");
    List<Sentence> over = sentences(text(List.of(table + "1。短句。"), null, List.of()));
    assertThat(over).extracting(Sentence::text).containsExactly("短句。");
  }

  @Test
  void aRuleGivesOnlyTheSeveritiesTheCatalogGivesIt() {
    Report report = TestReports.example("huaian-2024");
    TextCheck check = new TextCheck(report, Layout.of(report.edition()).cells(report), List.of(), Deadline.NONE);
    check.add(Rule.TEXT_BREAKDOWN, Severity.WARNING, "text.breakdown.below", null, List.of(), BigDecimal.TEN,
        BigDecimal.ONE, "10条", "1条");
    check.add(Rule.DOC_SECTIONS, "doc.sections.missing", null, List.of(), null, null, "五、…");
    assertThat(check.observations()).extracting(Observation::severity).containsExactly(Severity.WARNING,
        Severity.WARNING);
    assertThatThrownBy(() -> check.add(Rule.TEXT_OUTCOMES, Severity.ERROR, "text.outcomes.closed", null, List.of(),
        null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text.outcomes");
  }

  @Test
  void aCellIsReadAsPrintedNotApplicableAsZeroAndBlankAsUnknown() {
    Report report = TestReports.with(TestReports.example("huaian-2024"), Map.of(
        "/applications/newRequests/total", "/", "/applications/carriedOver/total", 7,
        "/applications/carriedForward/total", TestReports.node(null)));
    TextCheck check = new TextCheck(report, Layout.of(report.edition()).cells(report), List.of(), Deadline.NONE);
    assertThat(check.value("/applications/newRequests/total")).isEqualByComparingTo("0");
    assertThat(check.value("/applications/carriedOver/total")).isEqualByComparingTo("7");
    assertThat(check.value("/applications/carriedForward/total")).isNull();
    assertThat(check.positive("/applications/carriedOver/total")).isTrue();
    assertThat(check.positive("/applications/newRequests/total")).isFalse();
    assertThat(check.positive("/applications/carriedForward/total")).isFalse();
    assertThat(check.sum(List.of("/applications/newRequests/total", "/applications/carriedOver/total")))
        .isEqualByComparingTo("7");
    assertThat(check.sum(List.of("/applications/carriedOver/total", "/applications/carriedForward/total"))).isNull();
    assertThat(TextCheck.value(Cell.unreadable("七件"))).isNull();
    assertThat(org.nianbao.internal.Numbers.shortest(new BigDecimal("615.00"))).isEqualTo("615");
  }

  // ---- text.fee ----

  private static List<Observation> fee(Report base, String... sixth) {
    Report report = new Report(base.unit(), base.year(), base.edition(), base.activeDisclosure(),
        base.applications(), base.reviewLitigation(), text(List.of("标题"), SIX, List.of(sixth)));
    return new FeeRule().rule().appliesTo(report.edition()) ? run(report) : List.of();
  }

  private static List<Observation> run(Report report) {
    TextCheck check = new TextCheck(report, Layout.of(report.edition()).cells(report),
        NarrativeRules.sentences(report.narrative(), Deadline.NONE), Deadline.NONE);
    new FeeRule().check(check);
    return check.observations();
  }

  @Test
  void sectionSixThatSaysNothingOfTheFeeIsNoted() {
    List<Observation> found = fee(TestReports.example("huaian-2024"), "本年度无其他需要报告的事项。");
    assertThat(found).singleElement().satisfies(o -> {
      assertThat(o.rule()).isEqualTo(Rule.TEXT_FEE);
      assertThat(o.severity()).isEqualTo(Severity.INFO);
      assertThat(o.line()).isEqualTo(99);
      assertThat(o.sentence()).isEqualTo(SIX);
    });
  }

  @Test
  void anyOfTheWaysOfSayingItIsEnough() {
    for (String said : List.of("本年度未收取信息处理费。", "本年度未发生收费情况。", "未收取费用。")) {
      assertThat(fee(TestReports.example("huaian-2024"), "无。", said)).as(said).isEmpty();
    }
  }

  @Test
  void edition2019HasNoFeeToReport() {
    Report report = TestReports.example("xingjing-2020");
    Report withSix = new Report(report.unit(), report.year(), report.edition(), report.activeDisclosure(),
        report.applications(), report.reviewLitigation(), text(List.of("标题"), SIX, List.of("无。")));
    TextCheck check = new TextCheck(withSix, Layout.of(withSix.edition()).cells(withSix),
        NarrativeRules.sentences(withSix.narrative(), Deadline.NONE), Deadline.NONE);
    new FeeRule().check(check);
    assertThat(check.observations()).isEmpty();
  }

  @Test
  void noSectionSixIsNotThisRulesBusiness() {
    Report base = TestReports.example("huaian-2024");
    Report report = new Report(base.unit(), base.year(), base.edition(), base.activeDisclosure(),
        base.applications(), base.reviewLitigation(), text(List.of("标题"), "五、存在的主要问题及改进情况",
            List.of("无。")));
    assertThat(run(report)).isEmpty();
  }

  @Test
  void chineseNumeralsAndWideDigits() {
    assertThat(ChineseNumber.parse("3亿")).isEqualByComparingTo("300000000");
    assertThat(ChineseNumber.parse("１２．５")).isEqualByComparingTo("12.5");
    assertThat(ChineseNumber.parse("９０")).isEqualByComparingTo("90");
    assertThat(ChineseNumber.parse(",")).isNull();
    // a multiplier with nothing before it is no number, never a silent 0
    assertThat(ChineseNumber.parse("万")).isNull();
    assertThat(ChineseNumber.parse("千")).isNull();
    assertThat(ChineseNumber.parse("百二")).isNull();
    assertThat(ChineseNumber.parse("十")).isEqualByComparingTo("10");
    assertThat(ChineseNumber.parse("二十万")).isEqualByComparingTo("200000");
    assertThat(ChineseNumber.parse("一百万")).isEqualByComparingTo("1000000");
    assertThat(ChineseNumber.parse("三千零五")).isEqualByComparingTo("3005");
    assertThat(ChineseNumber.parse("一千零一十")).isEqualByComparingTo("1010");
    assertThat(ChineseNumber.parse("三万零二百")).isEqualByComparingTo("30200");
    // badly formed: a multiplier repeated or rising, two digits without 零 between them
    assertThat(ChineseNumber.parse("二十三十")).isNull();
    assertThat(ChineseNumber.parse("十二三")).isNull();
    assertThat(ChineseNumber.parse("一十百")).isNull();
    assertThat(ChineseNumber.parse("五百六百")).isNull();
  }

  @Test
  void everyRuleThatReadsTheSentencesStopsAtTheDeadline() throws InterruptedException {
    Report report = TestReports.example("huaian-2024");
    Deadline passed = Deadline.after(java.time.Duration.ZERO);
    Thread.sleep(1);
    // text.fee looks at one section's lines and t2.rules_level at cells: neither walks the text
    List<Class<?>> bounded = List.of(FeeRule.class, RulesLevelRule.class);
    for (TextRule rule : NarrativeRules.RULES) {
      if (bounded.contains(rule.getClass())) {
        continue;
      }
      TextCheck check = new TextCheck(report, Layout.of(report.edition()).cells(report),
          NarrativeRules.sentences(report.narrative(), Deadline.NONE), passed);
      assertThatThrownBy(() -> rule.check(check)).as(rule.rule().id())
          .isInstanceOf(org.nianbao.TimeLimitExceededException.class);
    }
  }

  @Test
  void tablesWithoutTheirTextGetOnlyTheRulesThatDoNotReadIt() {
    // a town's report entered as tables only, with 规章 in force: t2.rules_level still speaks
    Report base = TestReports.tables("xingjing-2020");
    Report report = TestReports.with(base, Map.of("/activeDisclosure/documents/rules/publicTotal", 2));
    assertThat(NarrativeRules.check(report)).extracting(Observation::rule).containsExactly(Rule.T2_RULES_LEVEL);
    assertThat(NarrativeRules.check(base)).isEmpty();
  }

  @Test
  void aRuleOfTheOtherEditionIsNotRun() {
    // edition 2019 has no 信息处理费 to report: a section 六 without it is nothing to note
    Report report = TestReports.example("xingjing-2020");
    Report withSix = new Report(report.unit(), report.year(), report.edition(), report.activeDisclosure(),
        report.applications(), report.reviewLitigation(), text(List.of("银川市西夏区兴泾镇人民政府2020年政府信息公开工作年度报告"),
            SIX, List.of("无。")));
    assertThat(NarrativeRules.check(withSix)).extracting(Observation::rule).doesNotContain(Rule.TEXT_FEE);
  }

  @Test
  void aHeadingWithoutItsLineIsNotedWithoutOne() {
    Report base = TestReports.example("huaian-2024");
    Report report = new Report(base.unit(), base.year(), base.edition(), base.activeDisclosure(),
        base.applications(), base.reviewLitigation(), new Narrative(List.of(new Narrative.TextLine(1, "标题")),
            List.of(new Narrative.Section(SIX, null, List.of(new Narrative.TextLine(2, "无。"))))));
    assertThat(run(report)).singleElement().satisfies(o -> {
      assertThat(o.line()).isNull();
      assertThat(o.sentence()).isNull();
    });
  }

  @Test
  void aNumberTooLongToAddIsNotCompared() {
    // 1E-100 written out is over 64 characters: cell.invalid says so, the text is not compared with it
    assertThat(TextCheck.value(new Cell.Value(new BigDecimal("1E-100")))).isNull();
    assertThat(TextCheck.value(new Cell.Value(new BigDecimal("1E-10")))).isEqualByComparingTo("1E-10");
  }
}
