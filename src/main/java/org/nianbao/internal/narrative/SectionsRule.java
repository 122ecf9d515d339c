package org.nianbao.internal.narrative;

import java.util.List;
import org.nianbao.Narrative;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.internal.text.Sections;

/** {@code doc.sections}: the six sections of the template, each present, in order, rightly numbered. */
final class SectionsRule implements TextRule {
  @Override
  public Rule rule() {
    return Rule.DOC_SECTIONS;
  }

  @Override
  public void check(TextCheck check) {
    List<Narrative.Section> headings = check.report.narrative().sections();
    boolean[] present = new boolean[7];
    int highest = 0;
    for (Narrative.Section heading : headings) {
      int section = Sections.sectionOf(heading.heading());
      if (section == 0) {
        continue;
      }
      Sentence at = Sentence.of(heading.line() == null ? 0 : heading.line(), section, heading.heading());
      present[section] = true;
      if (section < highest) {
        check.add(rule(), "doc.sections.order", at, List.of(), null, null, heading.heading());
      }
      highest = Math.max(highest, section);
      int number = Sections.numberOf(heading.heading());
      if (number != 0 && number != section) {
        check.add(rule(), "doc.sections.number", at, List.of(), null, null, heading.heading(),
            Sections.CANONICAL.get(section));
      }
    }
    for (int section = 1; section <= 6; section++) {
      if (!present[section]) {
        boolean table = section >= 2 && section <= 4;
        check.add(rule(), table ? Severity.ERROR : Severity.WARNING, "doc.sections.missing", null, List.of(), null,
            null, Sections.CANONICAL.get(section));
      }
    }
  }
}
