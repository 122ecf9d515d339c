package org.nianbao.internal.narrative;

import org.nianbao.Rule;

/** One rule of the catalog that reads the report's text: one class per rule id. */
interface TextRule {
  /** The catalog entry this class checks; every observation it makes is of this rule. */
  Rule rule();

  /** Adds to {@code check} what the text says that this rule finds wrong. */
  void check(TextCheck check);

  /**
   * Whether the rule needs the report's text: one that reads only the tables and the body's name
   * also checks a report entered without its text.
   */
  default boolean readsText() {
    return true;
  }
}
