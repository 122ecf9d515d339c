package org.nianbao.internal.narrative;

import java.util.List;
import org.nianbao.Edition;
import org.nianbao.Rule;
import org.nianbao.internal.narrative.Token.Kind;

/**
 * {@code doc.edition}, as the text says it: the notice the text cites is the one whose tables the
 * report uses. (The tables' edition against the report year is the engine's.)
 */
final class NoticeRule implements TextRule {
  /** What closes the year of a document number: 〔2019〕, [2019], (2019). */
  private static final String YEAR_CLOSE = "〕]）)］";

  @Override
  public Rule rule() {
    return Rule.DOC_EDITION;
  }

  @Override
  public void check(TextCheck check) {
    Edition edition = check.report.edition();
    for (Sentence s : check.sentences) {
      check.deadline.check();
      Edition cited = cited(s.tokens());
      if (cited != null && cited != edition) {
        check.add(rule(), "doc.edition.notice", s, List.of(), null, null, cited.notice(), edition.id());
        return;
      }
    }
  }

  /**
   * The template notice a sentence cites by its number, 国办公开办函〔2019〕60号 or 〔2021〕30号;
   * null when it cites neither (or another document of those years).
   */
  static Edition cited(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token year = tokens.get(i);
      if (year.kind() != Kind.NUMBER || year.value().scale() > 0) {
        continue;
      }
      int next = i + 1;
      Token between = tokens.get(next);
      if ((between.kind() == Kind.WORD || between.kind() == Kind.CLOSE) && between.text().length() == 1
          && YEAR_CLOSE.indexOf(between.text().charAt(0)) >= 0) {
        next++;
      }
      if (next >= tokens.size()) {
        break;
      }
      Token number = tokens.get(next);
      if (number.kind() != Kind.DATE || !number.unit().equals("号")) {
        continue;
      }
      int y = year.value().intValue();
      int n = number.value().intValue();
      if (y == 2019 && n == 60) {
        return Edition.E2019;
      }
      if (y == 2021 && n == 30) {
        return Edition.E2021;
      }
    }
    return null;
  }
}
