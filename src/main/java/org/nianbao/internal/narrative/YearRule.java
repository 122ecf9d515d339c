package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Rule;

/** {@code doc.year}: the title's year, and the year section 一 says it reports on, are the report's. */
final class YearRule implements TextRule {
  private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})年度?");
  private static final Pattern YEAR_FIRST = Pattern.compile("^(?:\\(?[一二三四五六七八九十]\\)?[、.]?)?(\\d{4})年度?[,，]");

  @Override
  public Rule rule() {
    return Rule.DOC_YEAR;
  }

  @Override
  public void check(TextCheck check) {
    int year = check.report.year();
    Integer titleYear = null;
    Sentence title = null;
    for (Sentence s : check.sentences) {
      check.deadline.check();
      if (s.section() == 0 && s.compact().contains("报告")) {
        Matcher m = TITLE_YEAR.matcher(s.compact());
        if (m.find() && s.compact().contains("年度报告")) {
          titleYear = Integer.parseInt(m.group(1));
          title = s;
          break;
        }
      }
    }
    if (title == null && !check.report.narrative().preamble().isEmpty()) {
      check.add(rule(), "doc.year.missing", null, List.of(), null, null);
    } else if (titleYear != null && titleYear != year) {
      check.add(rule(), "doc.year.title", title, List.of(), BigDecimal.valueOf(year), BigDecimal.valueOf(titleYear),
          Integer.toString(titleYear), Integer.toString(year));
    }
    for (Sentence s : check.sentences) {
      check.deadline.check();
      if (s.section() == 1) {
        Matcher m = YEAR_FIRST.matcher(s.compact());
        if (m.find() && Integer.parseInt(m.group(1)) != year) {
          check.add(rule(), "doc.year.text", s, List.of(), BigDecimal.valueOf(year), new BigDecimal(m.group(1)),
              m.group(1), Integer.toString(year));
        }
      }
    }
  }
}
