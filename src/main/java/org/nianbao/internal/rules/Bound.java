package org.nianbao.internal.rules;

import java.util.List;
import org.nianbao.Rule;

/**
 * A rule that one sum may not exceed another: Σ {@code lower} ≤ Σ {@code upper}.
 *
 * @param rule the rule
 * @param scopeKey the message key naming the row
 * @param lower the terms of the smaller side (none: zero)
 * @param upper the terms of the larger side
 */
record Bound(Rule rule, String scopeKey, List<Term> lower, List<Term> upper) {
  Bound {
    lower = List.copyOf(lower);
    upper = List.copyOf(upper);
  }
}
