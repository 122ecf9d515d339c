package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.Report;

/**
 * Table 四 in huaian-2024: 行政复议 72 | 64 | 178 | 37 | 351; 直接起诉 13 | 4 | 8 | 1 | 26; 复议后起诉 12 | 1
 * | 1 | 6 | 20. So 行政诉讼 as a whole: 25 | 5 | 9 | 7 | 46.
 */
class ReviewLitigationRuleTest {
  private static final Report HUAIAN = FigureRules.huaian(Map.of());

  private static List<String> read(Report report, String... sentences) {
    return FigureRules.describe(FigureRules.check(new ReviewLitigationRule(), report, 1, sentences));
  }

  @Test
  void theHuaianSentencesMatchTheirTable() {
    assertThat(read(HUAIAN, "政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；",
        "政府信息公开行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。")).isEmpty();
  }

  @Test
  void aTotalThatDisagrees() {
    assertThat(read(HUAIAN, "政府信息公开行政复议 352件。")).containsExactly(
        "text.review_litigation.review [/reviewLitigation/review/total] 351 352");
  }
}
