package org.nianbao.internal.narrative;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Narrative;
import org.nianbao.Rule;

/**
 * {@code doc.published_late}: the page says when the report was published, and that is after the
 * day the Regulation (第四十九条) sets for the body's level: 1月31日 of the next year for a department
 * of a government at county level or above, 3月31日 for such a government's own report.
 *
 * <p>Only a page's header line is read: a line before the first section with a label of
 * publication (发布时间, 发布日期, 公开日期, 发文日期, or 时间/日期 alone) at its start or after a space,
 * then a whole date. A date in the report's sentences is not its publication date, and 成文日期 is the
 * day it was signed; neither is taken. A body whose level or kind the name does not tell, a town
 * (the Regulation sets it no date) and a report of unknown year get no finding.
 */
final class PublishedLateRule implements TextRule {
  private static final Pattern PUBLISHED = Pattern.compile("(?:^|[\\s\u3000|｜])(?:发布时间|发布日期|公开时间|公开日期|发文日期|时间|日期)"
      + "\\s*[:：]\\s*(?<year>\\d{4})(?:\\s*年\\s*(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*日"
      + "|(?<sep>[-/.])(?<month2>\\d{1,2})\\k<sep>(?<day2>\\d{1,2}))"
      // the end of the date, not of a period's first day (2021年1月1日至…) or a longer number
      + "(?![\\d年月日至到起止前后~～—–-])");

  @Override
  public Rule rule() {
    return Rule.DOC_PUBLISHED_LATE;
  }

  @Override
  public void check(TextCheck check) {
    int year = check.report.year();
    Optional<MonthDay> deadline = BodyLevel.of(check.report.unit()).deadline();
    if (year == 0 || deadline.isEmpty()) {
      return;
    }
    for (Narrative.TextLine line : check.report.narrative().preamble()) {
      check.deadline.check();
      Optional<LocalDate> published = published(line.text());
      if (published.isPresent()) {
        LocalDate due = deadline.get().atYear(year + 1);
        if (published.get().isAfter(due)) {
          String key = deadline.get().getMonthValue() == 1 ? "doc.published_late.department"
              : "doc.published_late.government";
          check.add(rule(), key, Sentence.of(line.line(), 0, line.text()), List.of(), null, null,
              check.report.unit().strip(), published.get().toString(), due.toString());
        }
        return; // the first publication date a page gives is the one it means
      }
    }
  }

  /** The publication date a header line gives; empty when it gives none or no real day. */
  static Optional<LocalDate> published(String line) {
    Matcher m = PUBLISHED.matcher(fold(line));
    if (!m.find()) {
      return Optional.empty();
    }
    String month = m.group("month") != null ? m.group("month") : m.group("month2");
    String day = m.group("day") != null ? m.group("day") : m.group("day2");
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(month),
          Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty(); // 2021-02-30 is no day: no finding beats a wrong one
    }
  }

  /** Full-width digits and signs as ASCII: pages print ２０２１－０２－２０. */
  private static String fold(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      out.append(c >= '０' && c <= '９' || c == '－' || c == '／' || c == '．' ? (char) (c - 0xFEE0) : c);
    }
    return out.toString();
  }
}
