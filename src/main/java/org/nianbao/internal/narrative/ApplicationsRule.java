package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.Rule;
import org.nianbao.internal.Numbers;

/**
 * {@code text.applications}: the number of applications the text says were received is table
 * 三's new ones, or new and carried over together (texts count both ways).
 */
final class ApplicationsRule implements TextRule {
  @Override
  public Rule rule() {
    return Rule.TEXT_APPLICATIONS;
  }

  @Override
  public void check(TextCheck check) {
    BigDecimal fresh = check.value(NoApplicationsRule.FRESH);
    BigDecimal over = check.value(NoApplicationsRule.CARRIED_OVER);
    if (fresh == null) {
      return;
    }
    for (Sentence s : check.sentences) {
      check.deadline.check();
      if (Received.saysNone(s)) {
        continue;
      }
      BigDecimal stated = Received.stated(s);
      if (stated == null || NoApplicationsRule.noneInTable(stated, fresh, over)) {
        continue; // text.no_applications says it
      }
      if (stated.compareTo(fresh) != 0 && (over == null || stated.compareTo(fresh.add(over)) != 0)) {
        check.add(rule(), "text.applications", s, List.of(NoApplicationsRule.FRESH, NoApplicationsRule.CARRIED_OVER),
            fresh, stated, Numbers.shortest(stated), Numbers.shortest(fresh),
            over == null ? "?" : Numbers.shortest(fresh.add(over)));
      }
    }
  }
}
