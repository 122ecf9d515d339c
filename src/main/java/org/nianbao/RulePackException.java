package org.nianbao;

import java.util.Optional;

/**
 * A rule pack could not be loaded: the file is unreadable or too large, is not valid YAML or
 * JSON, or a rule in it is wrong (a syntax or type error in an expression, a pointer the template
 * has not, a message without its Chinese or English text, an id given twice). The message is one
 * line, as a compiler writes it: {@code pack.yaml:12:11: rule js.t2.x: expr: unknown pointer …}.
 */
public final class RulePackException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The file, or the name given to the text. */
  private final String source;
  /** The rule at fault, or null for the pack as a whole. */
  private final String ruleId;
  /** 1-based; 0 when unknown. */
  private final int line;
  /** 1-based; 0 when unknown. */
  private final int column;

  /**
   * An exception for a pack that could not be loaded.
   *
   * @param message the one-line message, naming the source, the place and the rule
   * @param source the file, or the name given to the text
   * @param ruleId the id of the rule at fault, or {@code null} for the pack as a whole
   * @param line the line in the source (1-based), or 0 when unknown
   * @param column the column in the source (1-based), or 0 when unknown
   */
  public RulePackException(String message, String source, String ruleId, int line, int column) {
    super(message);
    this.source = source;
    this.ruleId = ruleId;
    this.line = line;
    this.column = column;
  }

  /**
   * The pack's file, or the name given to its text.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The rule at fault.
   *
   * @return its id, or empty when the fault is in the pack as a whole (its YAML, its name)
   */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /**
   * Where in the source the fault is: the line of the field at fault.
   *
   * @return the 1-based line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Where in the line the fault is.
   *
   * @return the 1-based column, or 0 when unknown
   */
  public int column() {
    return column;
  }
}
