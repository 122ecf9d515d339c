package org.nianbao.internal.narrative;

import java.util.List;
import org.nianbao.Edition;
import org.nianbao.Narrative;
import org.nianbao.Rule;
import org.nianbao.internal.text.Sections;

/** {@code text.fee}: edition 2021 asks section 六 to say how the 信息处理费 was charged. */
final class FeeRule implements TextRule {
  @Override
  public Rule rule() {
    return Rule.TEXT_FEE;
  }

  @Override
  public void check(TextCheck check) {
    if (check.report.edition() != Edition.E2021) {
      return;
    }
    for (Narrative.Section section : check.report.narrative().sections()) {
      if (Sections.sectionOf(section.heading()) == 6) {
        boolean mentioned = section.lines().stream().anyMatch(l -> l.text().contains("处理费") || l.text().contains("收费")
            || l.text().contains("收取费用"));
        if (!mentioned) {
          Sentence at = section.line() == null ? null : Sentence.of(section.line(), 6, section.heading());
          check.add(rule(), "text.fee", at, List.of(), null, null);
        }
        return;
      }
    }
  }
}
