package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Rule;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.layout.Layout;

/**
 * {@code text.outcomes}: every figure the text gives for table 三's rows (closed, carried over and
 * forward, and each outcome group) against its cell, and the shares it prints for them. A figure
 * is read only where the words right before it name one row and nothing else.
 */
final class OutcomesRule implements TextRule {
  private static final String OUTCOMES = "/applications/outcomes/";
  static final String CLOSED = OUTCOMES + "total/total";
  static final String CARRIED_OVER = "/applications/carriedOver/total";
  static final String CARRIED_FORWARD = "/applications/carriedForward/total";
  static final String DISCLOSED = OUTCOMES + "disclosed/total";
  static final String PARTLY_DISCLOSED = OUTCOMES + "partlyDisclosed/total";

  /**
   * A row (or rows) of table 三 and the words that name it right before a count. {@code group}
   * is a row prefix whose items' 总计 cells add up to the figure ((三) to (六)); otherwise
   * {@code pointers} are the cells.
   */
  private record Row(String key, Pattern name, List<String> pointers, String group) {
    Row(String key, String name, List<String> pointers) {
      this(key, Pattern.compile("(.*?)(" + name + ")" + Figures.FILLER), pointers, null);
    }

    Row(String key, String name, String group) {
      this(key, Pattern.compile("(.*?)(" + name + ")" + Figures.FILLER), List.of(), group);
    }

    static final Row FORWARD = new Row("text.outcomes.carried_forward", "(结转|转)(至|到|入)?下一?年度?(继续)?(办理)?",
        List.of(CARRIED_FORWARD));

    List<String> cells(Layout layout) {
      if (group == null) {
        return pointers;
      }
      return layout.slots().stream().filter(s -> s.pointer().startsWith(group) && s.column().equals("total"))
          .map(Layout.Slot::pointer).toList();
    }
  }

  /** In the order they are tried: a name that holds another ("予以公开及部分公开") comes first. */
  private static final List<Row> ROWS = List.of(
      new Row("text.outcomes.disclosed_partly", "(予以公开|同意公开)(及|和|与|、|以及)(予以)?部分公开",
          List.of(DISCLOSED, PARTLY_DISCLOSED)),
      new Row("text.outcomes.partly_disclosed", "(予以)?部分公开", List.of(PARTLY_DISCLOSED)),
      new Row("text.outcomes.withheld", "不予公开", OUTCOMES + "withheld/"),
      new Row("text.outcomes.disclosed", "予以公开|同意公开", List.of(DISCLOSED)),
      new Row("text.outcomes.unavailable", "无法提供|不能提供", OUTCOMES + "unavailable/"),
      new Row("text.outcomes.not_processed", "不予处理", OUTCOMES + "notProcessed/"),
      new Row("text.outcomes.other_handling", "其他处理", OUTCOMES + "otherHandling"),
      new Row("text.outcomes.carried_over", "上一?年度?结转", List.of(CARRIED_OVER)),
      Row.FORWARD,
      new Row("text.outcomes.closed", "办结|办理完毕|答复", List.of(CLOSED)));

  private static final Pattern CASES = Pattern.compile("复议|诉讼|起诉");
  /** "结转至2026年 6 件": carried forward when the year is the one after the report's. */
  private static final Pattern FORWARD_TO_YEAR = Pattern.compile("(.*?)(结转|转)(至|到|入)?([0-9]{4})年度?(继续)?(办理)?"
      + Figures.FILLER);
  /** "另有 103 件顺延到下年度答复": the name after the count. */
  private static final Pattern FORWARD_AFTER = Pattern.compile("(申请)?(顺延|结转|转)(到|至|入)下一?年.*");

  @Override
  public Rule rule() {
    return Rule.TEXT_OUTCOMES;
  }

  @Override
  public void check(TextCheck check) {
    Layout layout = Layout.of(check.report.edition());
    List<BigDecimal> bases = bases(check);
    for (Sentence s : check.sentences) {
      check.deadline.check();
      if (s.section() == 4) {
        continue; // table 四's section: its counts are cases, not applications
      }
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.COUNT || !t.unit().equals("件")) {
          continue;
        }
        // "行政复议 5 件（含上年结转 2 件）": cases of table 四, not applications
        Row row = CASES.matcher(s.compact()).region(0, t.start()).find() ? null
            : row(check, Figures.before(tokens, i), Figures.after(tokens, i));
        if (row != null) {
          List<String> cells = row.cells(layout);
          BigDecimal table = Figures.total(check, cells);
          if (table != null && t.value().compareTo(table) != 0) {
            check.add(rule(), row.key(), s, cells, table, t.value(), Numbers.shortest(t.value()),
                Numbers.shortest(table));
          }
        }
        share(check, s, tokens, i, row != null, bases);
      }
    }
  }

  /** The row the words around a count name, or null when they name none or not plainly. */
  private static Row row(TextCheck check, String before, String after) {
    for (Row row : ROWS) {
      Matcher m = row.name().matcher(before);
      if (m.matches() && Figures.plainPrefix(m.group(1))) {
        return row;
      }
    }
    Matcher year = FORWARD_TO_YEAR.matcher(before);
    if (year.matches() && Figures.plainPrefix(year.group(1))
        && Integer.parseInt(year.group(4)) == check.report.year() + 1 && check.report.year() != 0) {
      return Row.FORWARD;
    }
    if (FORWARD_AFTER.matcher(after).matches()) {
      return Row.FORWARD;
    }
    return null;
  }

  /** Table 三's totals a share may be of: closed, new, new and carried over. */
  private static List<BigDecimal> bases(TextCheck check) {
    List<BigDecimal> bases = new ArrayList<>();
    for (List<String> base : List.of(List.of(CLOSED), List.of(NoApplicationsRule.FRESH),
        List.of(NoApplicationsRule.FRESH, CARRIED_OVER))) {
      BigDecimal b = Figures.total(check, base);
      if (b != null && b.signum() > 0) {
        bases.add(b);
      }
    }
    return bases;
  }

  /**
   * "208 件（17.46%）", and for a count that names a row, "42件，占51.85%": the share must be the
   * count over a total of table 三 (closed, new, or new and carried over) to the precision printed.
   */
  private void share(TextCheck check, Sentence s, List<Token> tokens, int count, boolean named, List<BigDecimal> bases) {
    Token percent = percentAfter(tokens, count, named);
    if (percent == null || bases.isEmpty()) {
      return;
    }
    BigDecimal value = tokens.get(count).value();
    BigDecimal printed = percent.value();
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(printed.scale()).divide(BigDecimal.valueOf(2));
    boolean fits = bases.stream().anyMatch(b -> value.multiply(BigDecimal.valueOf(100))
        .divide(b, 10, RoundingMode.HALF_UP).subtract(printed).abs().compareTo(tolerance) <= 0);
    if (!fits) {
      BigDecimal closed = bases.get(0);
      check.add(rule(), "text.outcomes.percent", s, List.of(), null, null, Numbers.shortest(value),
          percent.text(), Numbers.shortest(value.multiply(BigDecimal.valueOf(100))
              .divide(closed, printed.scale(), RoundingMode.HALF_UP)) + "%", Numbers.shortest(closed));
    }
  }

  private static Token percentAfter(List<Token> tokens, int count, boolean named) {
    if (count + 2 < tokens.size() && tokens.get(count + 1).kind() == Token.Kind.OPEN
        && tokens.get(count + 2).kind() == Token.Kind.PERCENT
        && (count + 3 == tokens.size() || tokens.get(count + 3).kind() == Token.Kind.CLOSE
            || tokens.get(count + 3).kind() == Token.Kind.COMMA)) {
      return tokens.get(count + 2);
    }
    if (named && count + 3 < tokens.size() && tokens.get(count + 1).kind() == Token.Kind.COMMA
        && tokens.get(count + 2).kind() == Token.Kind.WORD && tokens.get(count + 2).text().matches("占(比)?(为)?")
        && tokens.get(count + 3).kind() == Token.Kind.PERCENT) {
      return tokens.get(count + 3);
    }
    return null;
  }
}
