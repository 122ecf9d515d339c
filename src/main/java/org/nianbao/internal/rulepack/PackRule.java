package org.nianbao.internal.rulepack;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Finding;
import org.nianbao.LocalRule;
import org.nianbao.LocalRuleException;
import org.nianbao.Report;
import org.nianbao.Severity;

/** One rule of a pack: its compiled expressions, checked like any local rule. */
final class PackRule implements LocalRule {
  /** The key of the word for a blank cell in a message, which each pack rule words. */
  private static final String BLANK = "rulepack.blank";

  /** Both languages of a text of the pack. */
  record Words(String zh, String en) {
    String in(Locale locale) {
      return locale.getLanguage().equals("en") ? en : zh;
    }
  }

  private final String source;
  private final String id;
  private final Severity severity;
  private final Set<Edition> editions;
  private final Words title;
  private final Words basis;
  private final Words message;
  private final List<String> cells;
  private final CelRuntime.Program when;
  private final CelRuntime.Program expr;
  private final List<CelRuntime.Program> arguments;
  private final CelRuntime.Program expected;
  private final CelRuntime.Program actual;

  PackRule(String source, String id, Severity severity, Set<Edition> editions, Words title, Words basis,
      Words message, List<String> cells, CelRuntime.Program when, CelRuntime.Program expr,
      List<CelRuntime.Program> arguments, CelRuntime.Program expected, CelRuntime.Program actual) {
    this.source = source;
    this.id = id;
    this.severity = severity;
    this.editions = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(editions));
    this.title = title;
    this.basis = basis;
    this.message = message;
    this.cells = List.copyOf(cells);
    this.when = when;
    this.expr = expr;
    this.arguments = arguments;
    this.expected = expected;
    this.actual = actual;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public Set<Edition> editions() {
    return editions;
  }

  @Override
  public String title(Locale locale) {
    return title.in(locale);
  }

  @Override
  public String basis(Locale locale) {
    return basis.in(locale);
  }

  @Override
  public Optional<String> message(String key, Locale locale) {
    if (key.equals(id)) {
      return Optional.of(message.in(locale));
    }
    if (key.equals(BLANK)) {
      return Optional.of(locale.getLanguage().equals("en") ? "blank" : "空白");
    }
    return Optional.empty();
  }

  @Override
  public List<Violation> check(Report report, Report previousYear) {
    ReportView facts = ReportView.of(report, previousYear);
    if (when != null && !Boolean.TRUE.equals(run(when, facts, "when"))) {
      return List.of();
    }
    if (!Boolean.FALSE.equals(run(expr, facts, "expr"))) {
      // true passes; no verdict (a cell without a value) is neither pass nor failure
      return List.of();
    }
    List<Object> values = new ArrayList<>();
    if (arguments.isEmpty()) {
      for (String pointer : cells) {
        values.add(argument(facts.cell(pointer)));
      }
    } else {
      for (CelRuntime.Program argument : arguments) {
        Object value = run(argument, facts, "args");
        values.add(value == null ? new Finding.Phrase(BLANK, List.of()) : argument(value));
      }
    }
    return List.of(new Violation(id, values, cells, number(expected, facts, "expected"),
        number(actual, facts, "actual")));
  }

  private Object run(CelRuntime.Program program, ReportView facts, String field) {
    try {
      return Expressions.evaluate(program, facts);
    } catch (CelEvaluationException | RuntimeException e) {
      Throwable why = e;
      while (why.getCause() != null && why.getCause() != why && !(why instanceof IllegalArgumentException)) {
        why = why.getCause();
      }
      throw new LocalRuleException(id, source + ": rule " + id + ": " + field + " failed on "
          + report(facts) + ": " + why.getMessage(), e);
    }
  }

  private static String report(ReportView facts) {
    return facts.report.unit() + " " + facts.report.year();
  }

  private BigDecimal number(CelRuntime.Program program, ReportView facts, String field) {
    if (program == null) {
      return null;
    }
    Object value = run(program, facts, field);
    return value instanceof Number n ? decimal(n) : null;
  }

  private static Object argument(Cell cell) {
    if (cell instanceof Cell.Value v) {
      return v.number();
    }
    return cell instanceof Cell.NotApplicable ? Cell.NOT_APPLICABLE_MARK : new Finding.Phrase(BLANK, List.of());
  }

  private static Object argument(Object value) {
    if (value instanceof Number n && decimal(n) != null) {
      return decimal(n);
    }
    return String.valueOf(value);
  }

  /**
   * 37.0 from a double is 37 in a message, as the report printed it; 0.3 × 3119 is 935.7, not
   * 935.6999999999999: a double holds 15 significant digits, and the rest is its own noise.
   */
  static BigDecimal decimal(Number n) {
    if (n instanceof Long || n instanceof Integer) {
      return BigDecimal.valueOf(n.longValue());
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    BigDecimal exact = new BigDecimal(d).round(new java.math.MathContext(15)).stripTrailingZeros();
    return exact.scale() < 0 ? exact.setScale(0) : exact;
  }

  @Override
  public String toString() {
    return id + " (" + source + ")";
  }
}
