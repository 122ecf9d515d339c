package org.nianbao.internal.rules;

import java.util.List;
import org.nianbao.Rule;

/**
 * A sum rule: the terms of {@code reference} add up to what the terms of {@code checked} add up
 * to. The reference side is what the report's other cells say the checked side should be, so a
 * violation reports Σ reference as expected and Σ checked as actual.
 *
 * @param rule the rule
 * @param scopeKey the message key naming the row or column the sum runs along
 * @param reference the terms whose sum is expected
 * @param checked the terms whose sum is checked, usually the total alone
 */
record Equation(Rule rule, String scopeKey, List<Term> reference, List<Term> checked) {
  Equation {
    reference = List.copyOf(reference);
    checked = List.copyOf(checked);
  }
}
