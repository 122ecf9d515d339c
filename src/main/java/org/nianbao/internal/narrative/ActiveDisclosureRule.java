package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.Edition;
import org.nianbao.Rule;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.narrative.Token.Kind;

/**
 * {@code text.active_disclosure}: the counts of 规章 and 规范性文件 the text gives ("现行有效行政规范性文件
 * 393件", "本年度制发的规范性文件77件") are table 二's. A count is compared only where its clause leaves
 * no doubt: one row word and the words of one column in the same clause, the row word right before
 * the count, no other year, nothing cumulative.
 */
final class ActiveDisclosureRule implements TextRule {
  private static final String DOCUMENTS = "/activeDisclosure/documents/";
  private static final String RULES = "规章";
  private static final String NORMATIVE = "规范性文件";

  /**
   * The columns by the words a text names them with, per edition. Edition 2019 has no 现行有效 or
   * 废止 column: its 对外公开总数量 is everything published, not what is in force.
   */
  private static final Map<Edition, List<Column>> COLUMNS = Map.of(
      Edition.E2021, List.of(
          new Column("inForce", "text.active_disclosure.in_force", List.of("现行有效")),
          new Column("issued", "text.active_disclosure.issued", List.of("制发", "制定", "印发")),
          new Column("repealed", "text.active_disclosure.repealed", List.of("废止"))),
      Edition.E2019, List.of(
          new Column("made", "text.active_disclosure.made", List.of("制发", "制定", "印发", "制作")),
          new Column("published", "text.active_disclosure.published", List.of("新公开"))));

  /** What may stand between the row word and its count: "规范性文件共计", "规章数量为". */
  private static final Pattern FILLER = Pattern.compile(
      "的?(?:数量|总数|件数)?(?:共计|合计|总计|共有|共)?(?:为|有|达到|达)?");
  /** Words that make a count cover more than this year, or another year. */
  private static final List<String> NOT_THIS_YEAR = List.of("累计", "历年", "上年", "去年", "上一年", "以来");
  /** The units documents are counted in. */
  private static final List<String> UNITS = List.of("件", "份", "个", "部", "篇");

  @Override
  public Rule rule() {
    return Rule.TEXT_ACTIVE_DISCLOSURE;
  }

  @Override
  public void check(TextCheck check) {
    List<Column> columns = COLUMNS.get(check.report.edition());
    for (Sentence s : check.sentences) {
      check.deadline.check();
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        Token count = tokens.get(i);
        if (count.kind() != Kind.COUNT || !UNITS.contains(count.unit())) {
          continue;
        }
        Stated stated = stated(s, tokens, i, columns, check.report.year());
        if (stated == null) {
          continue;
        }
        String pointer = DOCUMENTS + stated.row + "/" + stated.column.name;
        BigDecimal cell = check.value(pointer);
        if (cell != null && cell.compareTo(count.value()) != 0) {
          check.add(rule(), stated.column.key, s, List.of(pointer), cell, count.value(),
              rowLabel(stated.row, check.report.edition()), Numbers.shortest(count.value()), Numbers.shortest(cell));
        }
      }
    }
  }

  /**
   * Which cell the count at {@code i} (not the first token) is, or null when its clause does not say
   * beyond doubt: the piece right before the count ends in 规章 or 规范性文件 (a little filler allowed,
   * no bracket or separator between), the clause names
   * one row and one column, and no other year or a span of years.
   */
  static Stated stated(Sentence s, List<Token> tokens, int i, List<Column> columns, int year) {
    String word = tokens.get(i - 1).text();
    int rules = word.lastIndexOf(RULES);
    int normative = word.lastIndexOf(NORMATIVE);
    String row;
    int rowEnd;
    if (normative > rules) {
      row = "normativeDocuments";
      rowEnd = normative + NORMATIVE.length();
    } else if (rules >= 0) {
      row = "rules";
      rowEnd = rules + RULES.length();
    } else {
      return null; // no row named: "现行有效…共50件" may count anything
    }
    String tail = word.substring(rowEnd);
    Column inTail = columnIn(tail, columns);
    if (inTail != null) {
      tail = tail.substring(tail.indexOf(inTail.word(tail)) + inTail.word(tail).length());
    }
    if (!FILLER.matcher(tail).matches()) {
      return null; // 规章制度, 规范性文件中涉及…: something else, or a part of them
    }
    int from = i;
    while (from > 0 && !isClauseEnd(tokens.get(from - 1))) {
      from--;
    }
    StringBuilder clause = new StringBuilder();
    for (int k = from; k < i; k++) {
      Token t = tokens.get(k);
      if (t.kind() == Kind.YEAR && t.value().intValue() != year || t.isNumber() && t.kind() != Kind.YEAR) {
        return null; // another year's documents, or another count in the clause
      }
      clause.append(t.text());
    }
    String words = clause.toString();
    if (words.contains(RULES) && words.contains(NORMATIVE) || NOT_THIS_YEAR.stream().anyMatch(words::contains)) {
      return null;
    }
    Column column = null;
    for (Column c : columns) {
      if (c.word(words) != null) {
        if (column != null) {
          return null; // 制发和废止…: two columns, one count
        }
        column = c;
      }
    }
    return column == null ? null : new Stated(row, column);
  }

  private static Column columnIn(String text, List<Column> columns) {
    for (Column c : columns) {
      if (c.word(text) != null) {
        return c;
      }
    }
    return null;
  }

  private static boolean isClauseEnd(Token t) {
    return t.isSeparator() || t.kind() == Kind.OPEN || t.kind() == Kind.CLOSE;
  }

  private static String rowLabel(String row, Edition edition) {
    if (row.equals("rules")) {
      return RULES;
    }
    return edition == Edition.E2021 ? "行政" + NORMATIVE : NORMATIVE;
  }

  /** A column of table 二 （一）: its name in the pointer, its message key, and the words for it. */
  record Column(String name, String key, List<String> words) {
    /** The first of this column's words in {@code text}, or null. */
    String word(String text) {
      return words.stream().filter(text::contains).findFirst().orElse(null);
    }
  }

  /** The cell a count is: its row's and its column's names. */
  record Stated(String row, Column column) {}
}
