package org.nianbao.internal.narrative;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Rule;

/** {@code doc.period}: the statistics period the text states is the whole report year. */
final class PeriodRule implements TextRule {
  private static final Pattern PERIOD = Pattern.compile(
      "(\\d{4})年(\\d{1,2})月(\\d{1,2})日起?(?:至|到|—|－|-|~|～)(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");

  @Override
  public Rule rule() {
    return Rule.DOC_PERIOD;
  }

  @Override
  public void check(TextCheck check) {
    int year = check.report.year();
    for (Sentence s : check.sentences) {
      check.deadline.check();
      Matcher m = PERIOD.matcher(s.compact());
      if (s.compact().contains("统计") && m.find()) {
        int startYear = Integer.parseInt(m.group(1));
        int endYear = m.group(4) == null ? startYear : Integer.parseInt(m.group(4));
        boolean whole = startYear == year && endYear == year && m.group(2).equals("1") && m.group(3).equals("1")
            && m.group(5).equals("12") && m.group(6).equals("31");
        if (!whole) {
          check.add(rule(), "doc.period", s, List.of(), null, null, m.group(), Integer.toString(year));
        }
        return;
      }
    }
  }
}
