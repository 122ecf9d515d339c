package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.Rule;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.narrative.Token.Kind;

/** {@code doc.year}: the title's year, and the year section 一 says it reports on, are the report's. */
final class YearRule implements TextRule {
  @Override
  public Rule rule() {
    return Rule.DOC_YEAR;
  }

  @Override
  public void check(TextCheck check) {
    int year = check.report.year();
    Token titleYear = null;
    Sentence title = null;
    for (Sentence s : check.sentences) {
      check.deadline.check();
      if (s.section() == 0 && s.compact().contains("年度报告")) {
        titleYear = s.tokens().stream().filter(t -> t.kind() == Kind.YEAR).findFirst().orElse(null);
        if (titleYear != null) {
          title = s;
          break;
        }
      }
    }
    if (title == null && !check.report.narrative().preamble().isEmpty()) {
      check.add(rule(), "doc.year.missing", null, List.of(), null, null);
    } else if (titleYear != null && titleYear.value().intValueExact() != year) {
      check.add(rule(), "doc.year.title", title, List.of(), BigDecimal.valueOf(year), titleYear.value(),
          Numbers.shortest(titleYear.value()), Integer.toString(year));
    }
    // cut at 。 only: "2020年我区率先…；2021年，…延伸到街镇；…" tells a story of years, and its clause after a
    // semicolon does not open a paragraph on the year reported
    for (Sentence s : NarrativeRules.wholeSentences(check.report.narrative(), check.deadline)) {
      check.deadline.check();
      Token opening = s.section() == 1 ? openingYear(s.tokens()) : null;
      if (opening != null && opening.value().intValueExact() != year) {
        check.add(rule(), "doc.year.text", s, List.of(), BigDecimal.valueOf(year), opening.value(),
            Numbers.shortest(opening.value()), Integer.toString(year));
      }
    }
  }

  /**
   * The year a paragraph of the overview opens with, "2023年，我市…" or "（一）2023年度，…": the
   * year the text says it reports on. A year further in ("自2019年以来") says nothing of that.
   */
  static Token openingYear(List<Token> tokens) {
    int i = 0;
    // an ordinal before it: 一、 (一) 1.
    if (i < tokens.size() && tokens.get(i).kind() == Kind.OPEN) {
      i++;
    }
    if (i < tokens.size() && tokens.get(i).kind() == Kind.WORD && isOrdinal(tokens.get(i).text())) {
      i++;
      if (i < tokens.size() && (tokens.get(i).kind() == Kind.CLOSE || tokens.get(i).kind() == Kind.ENUMERATION)) {
        i++;
      }
    }
    if (i + 1 < tokens.size() && tokens.get(i).kind() == Kind.YEAR && tokens.get(i + 1).kind() == Kind.COMMA) {
      return tokens.get(i);
    }
    return null;
  }

  private static boolean isOrdinal(String word) {
    return word.length() == 1 && "一二三四五六七八九十".indexOf(word.charAt(0)) >= 0;
  }
}
