package org.nianbao.internal.narrative;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Edition;
import org.nianbao.Rule;

/**
 * {@code doc.edition}, as the text says it: the notice the text cites is the one whose tables the
 * report uses. (The tables' edition against the report year is the engine's.)
 */
final class NoticeRule implements TextRule {
  private static final Pattern NOTICE = Pattern.compile("(2019|2021)[〕\\]］)）]?(60|30)号");

  @Override
  public Rule rule() {
    return Rule.DOC_EDITION;
  }

  @Override
  public void check(TextCheck check) {
    Edition edition = check.report.edition();
    for (Sentence s : check.sentences) {
      check.deadline.check();
      if (s.compact().indexOf('号') < 0) {
        continue;
      }
      Matcher m = NOTICE.matcher(s.compact());
      while (m.find()) {
        Edition cited = m.group(1).equals("2019") && m.group(2).equals("60") ? Edition.E2019
            : m.group(1).equals("2021") && m.group(2).equals("30") ? Edition.E2021 : null;
        if (cited != null && cited != edition) {
          check.add(rule(), "doc.edition.notice", s, List.of(), null, null, cited.notice(), edition.id());
          return;
        }
      }
    }
  }
}
