package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.Cell;
import org.nianbao.Report;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Limits;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.layout.Layout;

/**
 * What every rule on the text works on: the report, its cells, its sentences, and the
 * observations made so far. One per report checked; not shared between threads.
 */
final class TextCheck {
  final Report report;
  final List<Sentence> sentences;
  final Deadline deadline;
  private final Layout layout;
  private final Cell[] cells;
  private final List<Observation> out = new ArrayList<>();

  TextCheck(Report report, Cell[] cells, List<Sentence> sentences, Deadline deadline) {
    this.report = report;
    this.layout = Layout.of(report.edition());
    this.cells = cells;
    this.sentences = sentences;
    this.deadline = deadline;
  }

  List<Observation> observations() {
    return out;
  }

  /** An observation at the rule's own severity. */
  void add(Rule rule, String key, Sentence s, List<String> pointers, BigDecimal expected, BigDecimal actual,
      String... arguments) {
    add(rule, rule.severity(), key, s, pointers, expected, actual, arguments);
  }

  /**
   * An observation at a severity that must be one the catalog gives the rule: a class cannot
   * make a rule graver or milder than {@code nianbao rules} says it is.
   */
  void add(Rule rule, Severity severity, String key, Sentence s, List<String> pointers, BigDecimal expected,
      BigDecimal actual, String... arguments) {
    if (!rule.severities().contains(severity)) {
      throw new IllegalArgumentException(rule.id() + " is never " + severity.id());
    }
    out.add(new Observation(rule, severity, key, List.of(arguments), s == null ? null : s.line(),
        s == null ? null : s.text(), pointers, expected, actual));
  }

  /** The sum of the cells, each as {@link #value(String)}; null when one of them has no number. */
  BigDecimal sum(List<String> pointers) {
    BigDecimal total = BigDecimal.ZERO;
    for (String pointer : pointers) {
      BigDecimal v = value(pointer);
      if (v == null) {
        return null;
      }
      total = total.add(v);
    }
    return total;
  }

  /** A cell's number: as printed, 0 when not applicable, null when blank or unreadable. */
  BigDecimal value(String pointer) {
    return value(cell(pointer));
  }

  Cell cell(String pointer) {
    return cells[layout.slot(pointer).index()];
  }

  static BigDecimal value(Cell cell) {
    BigDecimal n = Numbers.inSums(cell);
    // 1E-999999999 would take a billion digits to add: cell.invalid says it, the text is not compared
    return n == null || !Limits.fitsNumberLength(n) ? null : n;
  }

  boolean positive(String pointer) {
    BigDecimal v = value(pointer);
    return v != null && v.signum() > 0;
  }
}
