package org.nianbao;

import java.util.Objects;

/**
 * A {@link LocalRule} failed: it threw, named a cell its report's edition does not have, or gave a
 * message key it has no wording for. The fault is in the rule, not in the report; the message names
 * the rule, and the cause, if any, is what the rule threw.
 */
public final class LocalRuleException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The id of the rule that failed. */
  private final String ruleId;

  /**
   * An exception for a rule that failed.
   *
   * @param ruleId the id of the rule
   * @param message what went wrong, naming the rule
   * @param cause what the rule threw, or {@code null}
   */
  public LocalRuleException(String ruleId, String message, Throwable cause) {
    super(message, cause);
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
  }

  /**
   * The rule that failed.
   *
   * @return its id, e.g. {@code js.t4.pending_share}
   */
  public String ruleId() {
    return ruleId;
  }
}
