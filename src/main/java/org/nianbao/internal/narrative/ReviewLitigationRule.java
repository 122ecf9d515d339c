package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Cell;
import org.nianbao.ReviewLitigation;
import org.nianbao.Rule;

/** {@code text.review_litigation}: the text's 行政复议 and 行政诉讼 against table 四. */
final class ReviewLitigationRule implements TextRule {
  private static final String NUMBER = NarrativeRules.NUMBER;
  private static final String GAP = NarrativeRules.GAP;

  private static final Pattern REVIEW = Pattern.compile("行政复议" + GAP + NUMBER + "(件|起)");
  private static final Pattern LITIGATION = Pattern.compile("行政诉讼" + GAP + NUMBER + "(件|起)");
  private static final Pattern ALL_UPHELD = Pattern.compile("(均|全部|皆)(获|被|予|已)?(维持|支持)");

  @Override
  public Rule rule() {
    return Rule.TEXT_REVIEW_LITIGATION;
  }

  @Override
  public void check(TextCheck check) {
    ReviewLitigation t4 = check.report.reviewLitigation();
    BigDecimal review = TextCheck.value(t4.review().total());
    BigDecimal direct = TextCheck.value(t4.directLitigation().total());
    BigDecimal after = TextCheck.value(t4.litigationAfterReview().total());
    BigDecimal litigation = direct == null || after == null ? null : direct.add(after);
    for (Sentence s : check.sentences) {
      check.deadline.check();
      String text = s.compact();
      if (!text.contains("行政复议") && !text.contains("行政诉讼") && !text.contains("维持")) {
        continue;
      }
      Matcher r = REVIEW.matcher(text);
      if (r.find() && review != null) {
        BigDecimal stated = ChineseNumber.parse(r.group(1));
        if (stated != null && stated.compareTo(review) != 0) {
          check.add(rule(), "text.review_litigation.review", s,
              List.of("/reviewLitigation/review/total"), review, stated, TextCheck.plain(stated), TextCheck.plain(review));
        }
      }
      Matcher l = LITIGATION.matcher(text);
      if (l.find() && litigation != null) {
        BigDecimal stated = ChineseNumber.parse(l.group(1));
        if (stated != null && stated.compareTo(litigation) != 0) {
          check.add(rule(), "text.review_litigation.litigation", s,
              List.of("/reviewLitigation/directLitigation/total", "/reviewLitigation/litigationAfterReview/total"),
              litigation, stated, TextCheck.plain(stated), TextCheck.plain(litigation));
        }
      }
      if (ALL_UPHELD.matcher(text).find() && (text.contains("复议") || text.contains("诉讼"))) {
        List<String> others = new ArrayList<>();
        for (String group : List.of("review", "directLitigation", "litigationAfterReview")) {
          ReviewLitigation.CaseGroup g = group.equals("review") ? t4.review()
              : group.equals("directLitigation") ? t4.directLitigation() : t4.litigationAfterReview();
          if (positive(g.corrected())) {
            others.add("/reviewLitigation/" + group + "/corrected");
          }
          if (positive(g.other())) {
            others.add("/reviewLitigation/" + group + "/other");
          }
        }
        if (!others.isEmpty()) {
          check.add(rule(), "text.review_litigation.all_upheld", s, others, null,
              null);
        }
      }
    }
  }

  private static boolean positive(Cell cell) {
    BigDecimal v = TextCheck.value(cell);
    return v != null && v.signum() > 0;
  }
}
