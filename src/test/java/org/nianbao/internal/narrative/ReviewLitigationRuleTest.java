package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.Report;

/**
 * Table 四 in huaian-2024: 行政复议 72 | 64 | 178 | 37 | 351; 直接起诉 13 | 4 | 8 | 1 | 26; 复议后起诉 12 | 1
 * | 1 | 6 | 20. So 行政诉讼 as a whole: 25 | 5 | 9 | 7 | 46.
 */
class ReviewLitigationRuleTest {
  private static final String T4 = "/reviewLitigation/";
  private static final Report HUAIAN = FigureRules.huaian(Map.of());
  private static final String REVIEW = "政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；";
  private static final String LITIGATION = "政府信息公开行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。";

  private static List<String> read(Report report, String... sentences) {
    return FigureRules.describe(FigureRules.check(new ReviewLitigationRule(), report, 1, sentences));
  }

  /** Table 四 with only these cells nonzero (the totals added up). */
  private static Report table(Map<String, Integer> cells) {
    Map<String, Object> all = new HashMap<>();
    for (String group : List.of("review", "directLitigation", "litigationAfterReview")) {
      int total = 0;
      for (String column : List.of("upheld", "corrected", "other", "pending")) {
        int v = cells.getOrDefault(group + "/" + column, 0);
        all.put(T4 + group + "/" + column, v);
        total += v;
      }
      all.put(T4 + group + "/total", total);
    }
    return FigureRules.huaian(all);
  }

  @Test
  void theHuaianSentencesMatchTheirTable() {
    assertThat(read(HUAIAN, REVIEW, LITIGATION)).isEmpty();
  }

  @Test
  void everyResultOfTheReviewGroup() {
    // huaian with 结果维持 71 in the table: the text's 72 is the review group's
    assertThat(read(FigureRules.huaian(Map.of(T4 + "review/upheld", 71)), REVIEW, LITIGATION))
        .containsExactly("text.review_litigation.review.upheld [" + T4 + "review/upheld] 71 72");
    assertThat(read(HUAIAN, "政府信息公开行政复议 352件，其中结果维持 73 件，结果纠正 65 件，其他结果 179 件，尚未审结 38 件；"))
        .containsExactly(
            "text.review_litigation.review [" + T4 + "review/total] 351 352",
            "text.review_litigation.review.upheld [" + T4 + "review/upheld] 72 73",
            "text.review_litigation.review.corrected [" + T4 + "review/corrected] 64 65",
            "text.review_litigation.review.other [" + T4 + "review/other] 178 179",
            "text.review_litigation.review.pending [" + T4 + "review/pending] 37 38");
  }

  @Test
  void everyResultOfLawsuitsAsAWhole() {
    assertThat(read(HUAIAN, "政府信息公开行政诉讼 47 件，其中结果维持 26件，被纠错 6 件，其他结果 10 件，未审结 8 件。"))
        .containsExactly(
            "text.review_litigation.litigation [" + T4 + "directLitigation/total, " + T4
                + "litigationAfterReview/total] 46 47",
            "text.review_litigation.litigation.upheld [" + T4 + "directLitigation/upheld, " + T4
                + "litigationAfterReview/upheld] 25 26",
            "text.review_litigation.litigation.corrected [" + T4 + "directLitigation/corrected, " + T4
                + "litigationAfterReview/corrected] 5 6",
            "text.review_litigation.litigation.other [" + T4 + "directLitigation/other, " + T4
                + "litigationAfterReview/other] 9 10",
            "text.review_litigation.litigation.pending [" + T4 + "directLitigation/pending, " + T4
                + "litigationAfterReview/pending] 7 8");
  }

  @Test
  void eachKindOfLawsuitAlone() {
    assertThat(read(HUAIAN, "行政诉讼 46 件，其中未经复议直接起诉 27 件、复议后起诉 21 件。")).containsExactly(
        "text.review_litigation.direct [" + T4 + "directLitigation/total] 26 27",
        "text.review_litigation.after_review [" + T4 + "litigationAfterReview/total] 20 21");
    // a result of one kind alone is not compared
    assertThat(read(HUAIAN, "复议后起诉 20 件，结果维持 99 件。", "直接起诉 26 件，结果维持 99 件。")).isEmpty();
  }

  @Test
  void aResultIsReadOnlyAfterTheNameOfItsGroup() {
    assertThat(read(HUAIAN, "结果维持 99 件。")).isEmpty();
    // the name is in the same clause as the other group's: not clear which group the result is of
    assertThat(read(HUAIAN, "行政复议和行政诉讼结果维持 97 件。", "行政诉讼与行政复议，结果维持 97 件。")).isEmpty();
    // the last group named, in its own clause, is the one the result is of
    assertThat(read(HUAIAN, "行政复议 351 件，行政诉讼 46 件，其中结果维持 26 件。")).containsExactly(
        "text.review_litigation.litigation.upheld [" + T4 + "directLitigation/upheld, " + T4
            + "litigationAfterReview/upheld] 25 26");
  }

  @Test
  void aResultDeniedIsNotCounted() {
    assertThat(read(HUAIAN, "行政复议 351 件，未被纠正 3 件，不纠正 3 件，没有纠正 3 件。")).isEmpty();
  }

  @Test
  void aTotalOfBothKindsOrOfSomeCasesIsNotAGroupsTotal() {
    assertThat(read(HUAIAN, "行政复议、行政诉讼共 5 件。", "被纠正的行政复议 3 件。", "新增行政诉讼 3 件。", "行政诉讼、行政复议共 5 件。"))
        .isEmpty();
  }

  @Test
  void countsOfCasesInJianOrQi() {
    assertThat(read(HUAIAN, "全年办理因政府信息公开申请引发的行政复议350起，行政诉讼9个。"))
        .containsExactly("text.review_litigation.review [" + T4 + "review/total] 351 350");
    assertThat(read(HUAIAN, "共有行政诉讼案件1件、行政复议案件2件，均已结案。")).containsExactly(
        "text.review_litigation.litigation [" + T4 + "directLitigation/total, " + T4 + "litigationAfterReview/total] 46 1",
        "text.review_litigation.review [" + T4 + "review/total] 351 2");
  }

  @Test
  void aBlankTotalIsTheSumOfItsRow() {
    assertThat(read(FigureRules.huaian(nullAt(T4 + "review/total")), "行政复议 350 件。"))
        .containsExactly("text.review_litigation.review [" + T4 + "review/total] 351 350");
  }

  private static Map<String, Object> nullAt(String pointer) {
    Map<String, Object> cells = new HashMap<>();
    cells.put(pointer, null);
    return cells;
  }

  @Test
  void allUpheldWhileCasesArePending() {
    Report pending = table(Map.of("review/upheld", 3, "review/pending", 1, "directLitigation/upheld", 2));
    assertThat(read(pending, "行政复议 4 件，均获维持。")).containsExactly(
        "text.review_litigation.all_upheld [" + T4 + "review/pending] - -");
    // the lawsuits were all upheld: the pending review is not theirs
    assertThat(read(pending, "行政诉讼 2 件，均获维持。")).isEmpty();
    assertThat(read(table(Map.of("review/upheld", 4)), "行政复议 4 件，均获维持。")).isEmpty();
  }

  @Test
  void allUpheldLooksAtTheGroupsItSpeaksOf() {
    Report mixed = table(Map.of("review/corrected", 1, "directLitigation/other", 1, "litigationAfterReview/pending", 1));
    String review = T4 + "review/corrected";
    String direct = T4 + "directLitigation/other";
    String after = T4 + "litigationAfterReview/pending";
    assertThat(read(mixed, "行政复议案件均获维持。")).containsExactly("text.review_litigation.all_upheld [" + review + "] - -");
    assertThat(read(mixed, "行政诉讼案件全部维持。")).containsExactly(
        "text.review_litigation.all_upheld [" + direct + ", " + after + "] - -");
    assertThat(read(mixed, "复议后起诉的案件均被维持。")).containsExactly("text.review_litigation.all_upheld [" + after + "] - -");
    assertThat(read(mixed, "直接起诉的案件均被维持。")).containsExactly("text.review_litigation.all_upheld [" + direct + "] - -");
    // both kinds named, or the clause names neither while the sentence names both: every group
    assertThat(read(mixed, "行政复议 1 件，行政诉讼 2 件，均获维持。", "行政复议和行政诉讼均获维持。")).containsExactly(
        "text.review_litigation.all_upheld [" + review + ", " + direct + ", " + after + "] - -",
        "text.review_litigation.all_upheld [" + review + ", " + direct + ", " + after + "] - -");
    // the clause names the review group: the sentence's lawsuits are not its business
    assertThat(read(mixed, "行政诉讼 2 件，行政复议案件均获维持。")).containsExactly(
        "text.review_litigation.all_upheld [" + review + "] - -");
    // direct and after-review lawsuits both named: both groups
    assertThat(read(mixed, "直接起诉和复议后起诉均获维持。")).containsExactly(
        "text.review_litigation.all_upheld [" + direct + ", " + after + "] - -");
  }

  @Test
  void allUpheldOfNothingTheTableHas() {
    Report mixed = table(Map.of("review/corrected", 1));
    // no group named at all: "均获维持" is of something else
    assertThat(read(mixed, "提出的意见均获支持。")).isEmpty();
    assertThat(read(mixed, "行政复议案件均已结案。")).isEmpty();
  }

  @Test
  void allUpheldReadsTheClauseItIsIn() {
    Report mixed = table(Map.of("review/corrected", 1, "directLitigation/other", 1, "litigationAfterReview/pending", 1));
    String review = T4 + "review/corrected";
    String direct = T4 + "directLitigation/other";
    String after = T4 + "litigationAfterReview/pending";
    // the clause ends at the comma after the phrase, or at the sentence's end with no stop
    assertThat(read(mixed, "行政复议案件均获维持，行政诉讼 2 件。", "行政复议案件均获维持")).containsExactly(
        "text.review_litigation.all_upheld [" + review + "] - -",
        "text.review_litigation.all_upheld [" + review + "] - -");
    // the group named after the phrase in its clause
    assertThat(read(mixed, "行政诉讼 2 件，均获维持的行政复议案件 1 件。")).containsExactly(
        "text.review_litigation.all_upheld [" + review + "] - -");
    assertThat(read(mixed, "行政复议 1 件，行政诉讼均获维持。")).containsExactly(
        "text.review_litigation.all_upheld [" + direct + ", " + after + "] - -");
    // 行政复议 and one kind of lawsuit: that kind only
    assertThat(read(mixed, "行政复议和复议后起诉均获维持。")).containsExactly(
        "text.review_litigation.all_upheld [" + review + ", " + after + "] - -");
  }
}
