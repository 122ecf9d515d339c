package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.Rule;
import org.nianbao.internal.Numbers;

/**
 * {@code text.no_applications}: the text says no application was received while table 三 counts
 * new ones, or gives a number of them while table 三 has none, new or carried over.
 */
final class NoApplicationsRule implements TextRule {
  static final String FRESH = "/applications/newRequests/total";
  static final String CARRIED_OVER = "/applications/carriedOver/total";

  @Override
  public Rule rule() {
    return Rule.TEXT_NO_APPLICATIONS;
  }

  @Override
  public void check(TextCheck check) {
    BigDecimal fresh = check.value(FRESH);
    BigDecimal over = check.value(CARRIED_OVER);
    if (fresh == null) {
      return;
    }
    for (Sentence s : check.sentences) {
      check.deadline.check();
      if (Received.saysNone(s)) {
        if (fresh.signum() > 0) {
          check.add(rule(), "text.no_applications.none", s, List.of(FRESH), fresh, BigDecimal.ZERO,
              Numbers.shortest(fresh));
        }
        continue;
      }
      BigDecimal stated = Received.stated(s);
      if (stated != null && noneInTable(stated, fresh, over)) {
        check.add(rule(), "text.no_applications.some", s, List.of(FRESH), fresh, stated, Numbers.shortest(stated));
      }
    }
  }

  /** Whether the table has no application at all while the text counts some. */
  static boolean noneInTable(BigDecimal stated, BigDecimal fresh, BigDecimal over) {
    return stated.signum() > 0 && fresh.signum() == 0 && (over == null || over.signum() == 0);
  }
}
