package org.nianbao.internal.rulepack;

/**
 * What is wrong with a pack, and where: the public {@code RulePackException} is made of it. Line
 * and column are 1-based, 0 when unknown; the rule id is null for the pack as a whole.
 */
public final class PackError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String ruleId;
  private final int line;
  private final int column;
  private final String problem;

  PackError(String source, String ruleId, int line, int column, String problem) {
    super(format(source, ruleId, line, column, problem), null, false, false);
    this.source = source;
    this.ruleId = ruleId;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** {@code pack.yaml:12:5: rule js.t2.x: unknown pointer /a/b}: one line, as compilers write. */
  static String format(String source, String ruleId, int line, int column, String problem) {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (ruleId != null) {
      text.append("rule ").append(ruleId).append(": ");
    }
    return text.append(problem.replaceAll("[\\r\\n]+", " ")).toString();
  }

  public String source() {
    return source;
  }

  public String ruleId() {
    return ruleId;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String problem() {
    return problem;
  }
}
