package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.Report;
import org.nianbao.testing.TestReports;

/**
 * Table 三 of huaian-2024: 新收 3119, 上年结转 34, 予以公开 1362, 部分公开 454, 不予公开 items 2 + 31 + 5 +
 * 6 + 8 + 12 + 9 + 105 = 178, 无法提供 769 + 11 + 1 = 781, 不予处理 62 + 25 + 0 + 0 + 1 = 88, 其他处理 71 +
 * 6 + 110 = 187, 总计 3050, 结转下年度 103. The report's year is 2024.
 */
class OutcomesRuleTest {
  private static final String O = "/applications/outcomes/";
  private static final Report HUAIAN = FigureRules.huaian(Map.of());
  private static final List<String> UNAVAILABLE = List.of(O + "unavailable/notHeld/total",
      O + "unavailable/needsCreation/total", O + "unavailable/stillUnclear/total");
  private static final List<String> BOTH = List.of(O + "disclosed/total", O + "partlyDisclosed/total");

  private static List<String> read(Report report, String... sentences) {
    return read(report, 1, sentences);
  }

  private static List<String> read(Report report, int section, String... sentences) {
    return FigureRules.describe(FigureRules.check(new OutcomesRule(), report, section, sentences));
  }

  /** A row of six applicant columns, the 总计 left blank. */
  private static Map<String, Object> row(String row, int naturalPerson, int commercialEnterprise) {
    Map<String, Object> cells = new HashMap<>();
    cells.put(row + "/naturalPerson", naturalPerson);
    cells.put(row + "/commercialEnterprise", commercialEnterprise);
    for (String column : List.of("researchInstitution", "publicInterestOrganization", "legalServiceOrganization",
        "otherOrganization")) {
      cells.put(row + "/" + column, 0);
    }
    cells.put(row + "/total", null);
    return cells;
  }

  @Test
  void theHuaianSentenceMatchesItsTable() {
    assertThat(read(HUAIAN, "2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，"
        + "另有 103 件顺延到下年度答复），均在法定期限内予以答复。")).isEmpty();
  }

  @Test
  void disclosedAndPartlyDisclosedAgainstTheTotalsTheirRowsImply() {
    // the real miss: 予以公开及部分公开 258 while the two rows' applicant columns add up to 200 + 75 = 275
    Map<String, Object> cells = new HashMap<>(row(O + "disclosed", 190, 10));
    cells.putAll(row(O + "partlyDisclosed", 75, 0));
    assertThat(read(FigureRules.huaian(cells), "其中，予以公开及部分公开258件，不予公开5件。")).containsExactly(
        "text.outcomes.disclosed_partly " + BOTH + " 275 258",
        "text.outcomes.withheld [" + String.join(", ", withheld()) + "] 178 5");
  }

  private static List<String> withheld() {
    return List.of("stateSecret", "prohibitedByLaw", "threeSecurityOneStability", "thirdPartyRights",
        "internalAffairs", "processInformation", "enforcementFiles", "administrativeQuery").stream()
        .map(item -> O + "withheld/" + item + "/total").toList();
  }

  @Test
  void aBlankTotalIsNotImpliedWhenOneOfItsTermsIsUnknown() {
    Map<String, Object> cells = new HashMap<>(row(O + "disclosed", 190, 10));
    cells.put(O + "disclosed/otherOrganization", null);
    assertThat(read(FigureRules.huaian(cells), "予以公开 258 件。")).isEmpty();
    cells.put(O + "disclosed/otherOrganization", "x");
    assertThat(read(FigureRules.huaian(cells), "予以公开 258 件。")).isEmpty();
  }

  @Test
  void anUnreadableTotalIsNotReplacedByItsRow() {
    assertThat(read(FigureRules.huaian(Map.of(O + "disclosed/total", "一千")), "予以公开 1 件。")).isEmpty();
  }

  @Test
  void unavailableIsTheSumOfItsThreeItems() {
    // the real miss: 无法提供 265 against 337 (325 + 11 + 1)
    Report report = FigureRules.huaian(Map.of(O + "unavailable/notHeld/total", 325));
    assertThat(read(report, "无法提供265件。")).containsExactly("text.outcomes.unavailable " + UNAVAILABLE + " 337 265");
    assertThat(read(report, "因本机关不掌握等原因无法提供 337 件。")).isEmpty();
    assertThat(read(report, "因本机关不掌握等原因无法提供 265 件。"))
        .containsExactly("text.outcomes.unavailable " + UNAVAILABLE + " 337 265");
  }

  @Test
  void anItemNamedBeforeAGroupIsNotTheGroup() {
    assertThat(read(HUAIAN, "属于国家秘密不予公开 2 件，本机关不掌握相关政府信息无法提供 769 件。")).isEmpty();
  }

  @Test
  void eachGroupAgainstItsCells() {
    assertThat(read(HUAIAN, "按办理结果分，予以公开 1363 件，部分公开 455 件，不予处理 89 件，其他处理 186 件。")).containsExactly(
        "text.outcomes.disclosed [" + O + "disclosed/total] 1362 1363",
        "text.outcomes.partly_disclosed [" + O + "partlyDisclosed/total] 454 455",
        "text.outcomes.not_processed [" + O + "notProcessed/complaint/total, " + O + "notProcessed/repeated/total, "
            + O + "notProcessed/publication/total, " + O + "notProcessed/excessive/total, "
            + O + "notProcessed/reconfirmation/total] 88 89",
        "text.outcomes.other_handling [" + O + "otherHandling/noCorrection/total, " + O
            + "otherHandling/feeUnpaid/total, " + O + "otherHandling/other/total] 187 186");
  }

  @Test
  void theNamesAsRealReportsWriteThem() {
    // shanghai-kewei-2024's wording, against huaian's table
    assertThat(read(HUAIAN, "所有办结的信息公开申请中同意公开答复 1362 件，部分公开答复 454 件，不予公开答复 178 件，"
        + "无法提供的 781 件，不予处理 88 件，其他处理 187 件，转下一年度办理答复的有 103 件。")).isEmpty();
    assertThat(read(HUAIAN, "共办结3050件，结转至2025年103件。", "办结 3050 件（含上年结转 34 件）。")).isEmpty();
    assertThat(read(HUAIAN, "同意公开答复 1 件。")).containsExactly("text.outcomes.disclosed [" + O + "disclosed/total] 1362 1");
  }

  @Test
  void closedAgainstTheTotal() {
    assertThat(read(HUAIAN, "共办结3051件。")).containsExactly("text.outcomes.closed [" + O + "total/total] 3050 3051");
    assertThat(read(HUAIAN, "办理完毕3051件。")).containsExactly("text.outcomes.closed [" + O + "total/total] 3050 3051");
    // a kind of reply, not every reply
    assertThat(read(HUAIAN, "依法予以答复 5 件。")).isEmpty();
  }

  @Test
  void carriedOverAndForward() {
    assertThat(read(HUAIAN, "上年度结转 35 件，结转下年度 104 件。")).containsExactly(
        "text.outcomes.carried_over [/applications/carriedOver/total] 34 35",
        "text.outcomes.carried_forward [/applications/carriedForward/total] 103 104");
    assertThat(read(HUAIAN, "另有 104 件顺延到下年度答复。")).containsExactly(
        "text.outcomes.carried_forward [/applications/carriedForward/total] 103 104");
    assertThat(read(HUAIAN, "104 件申请结转至下一年度。")).containsExactly(
        "text.outcomes.carried_forward [/applications/carriedForward/total] 103 104");
  }

  @Test
  void carriedToAYearOnlyWhenItIsTheNextOne() {
    assertThat(read(HUAIAN, "结转至2025年104件。")).containsExactly(
        "text.outcomes.carried_forward [/applications/carriedForward/total] 103 104");
    assertThat(read(HUAIAN, "结转至2024年104件。", "结转至2026年104件。")).isEmpty();
    Report noYear = TestReports.read(TestReports.set(TestReports.tree(HUAIAN), "/year",
        TestReports.node(0)));
    assertThat(read(noYear, "结转至1年104件。", "结转至0001年104件。")).isEmpty();
  }

  @Test
  void onlyCountsInJian() {
    assertThat(read(HUAIAN, "予以公开 5 条，予以公开 5 次。")).isEmpty();
  }

  @Test
  void notInTheSectionOnReviewsAndLawsuits() {
    assertThat(read(HUAIAN, 4, "予以公开 5 件。")).isEmpty();
    assertThat(read(HUAIAN, 3, "予以公开 5 件。")).hasSize(1);
  }

  @Test
  void aShareIsOfATotalOfTable3() {
    // 1362 / 3050 = 44.656 %; 1362 / 3119 = 43.668 %; 1362 / 3153 = 43.197 %
    assertThat(read(HUAIAN, "其中予以公开 1362 件（44.66%）。", "其中予以公开 1362 件（43.67%，含补正后公开）。",
        "予以公开 1362 件，占43.2%。")).isEmpty();
    assertThat(read(HUAIAN, "其中予以公开 1362 件（44.67%）。")).containsExactly("text.outcomes.percent [] - -");
    assertThat(read(HUAIAN, "予以公开 1362 件，占44.67%。")).containsExactly("text.outcomes.percent [] - -");
    // a count that names no row of table 三 is not read with a share after a comma
    assertThat(read(HUAIAN, "收到来信 1362 件，占44.67%。")).isEmpty();
    assertThat(read(HUAIAN, "收到来信 1362 件（44.67%）。")).containsExactly("text.outcomes.percent [] - -");
    assertThat(read(HUAIAN, "予以公开 1362 件（44.67）。", "予以公开 1362 件（44.67%")).hasSize(1);
  }

  @Test
  void theShareMessageGivesTheShareOfTheClosed() {
    Observation o = FigureRules.check(new OutcomesRule(), HUAIAN, 1, "其中予以公开 1362 件（44.67%）。").get(0);
    assertThat(o.arguments()).containsExactly("1362", "44.67%", "44.66%", "3050");
  }

  @Test
  void noShareWithoutABase() {
    Report none = TestReports.tables("xingjing-2020");
    assertThat(read(none, "收到来信 5 件（44.67%）。")).isEmpty();
  }

  @Test
  void theEdition2019LayoutHasOneOtherHandlingRow() {
    Report xingjing = TestReports.tables("xingjing-2020");
    assertThat(read(xingjing, "其他处理 1 件，不予公开 1 件。")).containsExactly(
        "text.outcomes.other_handling [" + O + "otherHandling/total] 0 1",
        "text.outcomes.withheld [" + String.join(", ", withheld()) + "] 0 1");
  }

  @Test
  void aShareIsReadOnlyRightAfterItsCount() {
    // a sentence that stops after the count, after the bracket, or after 占
    assertThat(read(HUAIAN, "予以公开 1362 件", "予以公开 1362 件（", "予以公开 1362 件，占")).isEmpty();
    // a percentage with words after it in the bracket is not the count's share
    assertThat(read(HUAIAN, "予以公开 1362 件（44.67%以上）。", "予以公开 1362 件，占44.67%以上")).hasSize(1);
  }

  @Test
  void aShareOffByHalfItsLastDigitStillFits() {
    // 11 of 2000 closed is 0.55 % (of 3119 new 0.35 %, of 3153 0.35 %): to one decimal, 0.5 and 0.6 are within half of 0.1
    Report report = FigureRules.huaian(Map.of(O + "total/total", 2000));
    assertThat(read(report, "收到来信 11 件（0.5%）。", "收到来信 11 件（0.6%）。")).isEmpty();
    assertThat(read(report, "收到来信 11 件（0.7%）。")).containsExactly("text.outcomes.percent [] - -");
  }

  @Test
  void aShareFollowedByANoteIsStillRead() {
    assertThat(read(HUAIAN, "其中予以公开 1362 件（44.67%，含补正后公开）。")).containsExactly("text.outcomes.percent [] - -");
  }

  @Test
  void countsAfterReviewsOrLawsuitsAreCasesNotApplications() {
    assertThat(read(HUAIAN, "行政复议 5 件（含上年结转 2 件），行政诉讼 3 件，结转下年度 1 件。", "被起诉后办结 1 件。")).isEmpty();
    // before the cases are named, the sentence is about applications
    assertThat(read(HUAIAN, "上年结转 2 件，行政复议 5 件。")).containsExactly(
        "text.outcomes.carried_over [/applications/carriedOver/total] 34 2");
  }
}
