package org.nianbao.internal.narrative;

import java.util.List;
import org.nianbao.Rule;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.narrative.Token.Kind;

/**
 * {@code doc.period}: the statistics period the text states is the whole report year. Texts state
 * it in many ways ("统计期限为…", "涵盖…", "本报告所列数据…自…起至…止", "数据统计时间为…",
 * "时间跨度…"); what they share is a word naming the period in the clause before the range. A range
 * without one (a campaign's dates) is not the report's period. A range whose figures run together
 * ("202011日至20201231日") cannot be read as the year, and says so.
 */
final class PeriodRule implements TextRule {
  /** Words that name the report's data period; one must stand in the clause before the range. */
  private static final List<String> PERIOD_WORDS = List.of("统计", "涵盖", "期限", "所列数据", "跨度", "时间范围", "起止");
  /**
   * 数据 alone names too much ("政务数据2020年3月1日至…开放"): it names the period when the clause is
   * about the report ("本报告数据自…").
   */
  private static final String DATA = "数据";
  private static final String REPORT = "报告";
  /** 统计局 is a body, not a period: "区统计局2020年1月1日起…" says nothing of the report's data. */
  private static final String BUREAU = "统计局";
  /** What joins the two ends of a range (full-width forms are folded to these by the compact form). */
  private static final List<String> JOINS = List.of("至", "到", "起至", "起到", "-", "—", "–", "~", "―");
  /** A date whose day has five or more digits has its year run into it: 202011日 is 2020年1月1日 garbled. */
  private static final int RUN_TOGETHER = 5;

  @Override
  public Rule rule() {
    return Rule.DOC_PERIOD;
  }

  @Override
  public void check(TextCheck check) {
    int year = check.report.year();
    for (Sentence s : check.sentences) {
      check.deadline.check();
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Range range = range(tokens, i);
        if (range == null || !namesPeriod(s, tokens, i)) {
          continue;
        }
        String written = s.compact().substring(tokens.get(i).start(), tokens.get(range.end - 1).end());
        if (range.garbled) {
          check.add(rule(), "doc.period.garbled", s, List.of(), null, null, written, Integer.toString(year));
        } else if (!range.wholeYear(year)) {
          check.add(rule(), "doc.period", s, List.of(), null, null, written, Integer.toString(year));
        }
        return; // the report states its period once; a later range is something else
      }
    }
  }

  /**
   * A range of dates starting at token {@code i}: its start with a year, its end with or without
   * one; or, where figures run together, a range one of whose ends is a garbled date. Null when
   * {@code i} starts no range.
   */
  static Range range(List<Token> tokens, int i) {
    End from = end(tokens, i, true);
    if (from == null || from.next >= tokens.size() || !isJoin(tokens.get(from.next))) {
      return null;
    }
    End to = end(tokens, from.next + 1, false);
    if (to == null) {
      return null;
    }
    int startYear = from.year;
    int endYear = to.year == 0 ? startYear : to.year;
    boolean garbled = from.garbled || to.garbled;
    return new Range(garbled, startYear, from.month, from.day, endYear, to.month, to.day, to.next);
  }

  private static boolean isJoin(Token t) {
    return t.kind() == Kind.WORD && JOINS.contains(t.text());
  }

  /**
   * One end of a range: [year] month day, or one date with its figures run together. The start of
   * a range must give its year: "1月1日至6月30日" alone may be any year's half.
   */
  private static End end(List<Token> tokens, int i, boolean yearRequired) {
    if (i >= tokens.size()) {
      return null;
    }
    Token first = tokens.get(i);
    if (isRunTogether(first)) {
      // 20211月1日: the year runs into the month only, and the day follows as its own date
      boolean dayFollows = isDate(first, "月") && i + 1 < tokens.size() && isDay(tokens.get(i + 1));
      return new End(0, 0, 0, true, dayFollows ? i + 2 : i + 1);
    }
    int year = 0;
    int at = i;
    if (first.kind() == Kind.YEAR) {
      year = first.value().intValueExact();
      at++;
    } else if (yearRequired) {
      return null;
    }
    if (at + 1 >= tokens.size() || !isDate(tokens.get(at), "月") || !isDay(tokens.get(at + 1))) {
      return null;
    }
    int month = tokens.get(at).value().intValue();
    int day = tokens.get(at + 1).value().intValue();
    boolean garbled = month < 1 || month > 12 || day < 1 || day > 31;
    return new End(year, month, day, garbled, at + 2);
  }

  private static boolean isDate(Token t, String unit) {
    return t.kind() == Kind.DATE && t.unit().equals(unit) && t.value().scale() <= 0;
  }

  private static boolean isDay(Token t) {
    return isDate(t, "日") || isDate(t, "号");
  }

  /** 202011日, 20201231日, 20211月: a day or month that holds a year (a run of digits starting 19 or 20). */
  private static boolean isRunTogether(Token t) {
    if (t.kind() != Kind.DATE || t.value().scale() > 0) {
      return false;
    }
    String digits = Numbers.plain(t.value());
    return digits.length() >= RUN_TOGETHER && (digits.startsWith("19") || digits.startsWith("20"));
  }

  /**
   * Whether a word naming the period stands in the clause before token {@code i}: after the last
   * separator or bracket, so that "开展统计工作，时间为3月1日至…" is not taken for the period.
   */
  static boolean namesPeriod(Sentence s, List<Token> tokens, int i) {
    int from = i;
    while (from > 0 && !isClauseEnd(tokens.get(from - 1))) {
      from--;
    }
    String clause = s.compact().substring(tokens.get(from).start(), tokens.get(i).start()).replace(BUREAU, "");
    return PERIOD_WORDS.stream().anyMatch(clause::contains) || clause.contains(DATA) && clause.contains(REPORT);
  }

  private static boolean isClauseEnd(Token t) {
    // a colon does not end the clause: "时间跨度：2020年1月1日至…"
    return t.kind() == Kind.COMMA || t.kind() == Kind.SEMICOLON || t.kind() == Kind.STOP || t.kind() == Kind.OPEN
        || t.kind() == Kind.CLOSE || t.kind() == Kind.ENUMERATION;
  }

  /** One end of a range; year 0 when it gives none. */
  private record End(int year, int month, int day, boolean garbled, int next) {}

  /**
   * A range of dates as written.
   *
   * @param garbled whether one end's figures run together, so that it cannot be read
   * @param end the index of the token after the range
   */
  record Range(boolean garbled, int startYear, int startMonth, int startDay, int endYear, int endMonth, int endDay,
      int end) {
    boolean wholeYear(int year) {
      return startYear == year && endYear == year && startMonth == 1 && startDay == 1 && endMonth == 12
          && endDay == 31;
    }
  }
}
