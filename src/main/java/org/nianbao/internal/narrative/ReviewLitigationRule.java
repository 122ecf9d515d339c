package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Rule;
import org.nianbao.internal.Numbers;

/**
 * {@code text.review_litigation}: every figure the text gives for table 四 against its cell — the
 * totals of 行政复议 and 行政诉讼 (both kinds of lawsuit together, or 直接起诉 / 复议后起诉 alone) and
 * the results of each — and "均获维持" while table 四 shows cases corrected, otherwise decided or
 * pending. A result is read against the group the sentence last named; where that name shares its
 * clause with the other group's ("行政复议和行政诉讼结果维持 3 件"), nothing is read.
 */
final class ReviewLitigationRule implements TextRule {
  private static final String T4 = "/reviewLitigation/";
  private static final String REVIEW = "review";
  private static final String DIRECT = "directLitigation";
  private static final String AFTER_REVIEW = "litigationAfterReview";

  /** A group of table 四 as the text names it: its key part, and the groups of cells it covers. */
  private enum Group {
    REVIEW_GROUP("review", List.of(REVIEW)),
    LITIGATION("litigation", List.of(DIRECT, AFTER_REVIEW)),
    DIRECT_ONLY("direct", List.of(DIRECT)),
    AFTER_REVIEW_ONLY("after_review", List.of(AFTER_REVIEW));

    final String key;
    final List<String> cells;

    Group(String key, List<String> cells) {
      this.key = key;
      this.cells = cells;
    }

    boolean isReview() {
      return this == REVIEW_GROUP;
    }
  }

  /** A name of a group in the text: longer names first, so 复议后起诉 is not read as 复议. */
  private static final Pattern GROUP_NAME = Pattern.compile("未经复议直接起诉|直接起诉|(经)?复议后(起诉|诉讼)|复议|诉讼|起诉");
  /** The words right before a group's total: "政府信息公开行政复议", "行政诉讼案件", "行政诉讼数为". */
  private static final Pattern TOTAL = Pattern.compile("(.*?)(行政复议|行政诉讼|未经复议直接起诉|直接起诉|(经)?复议后(起诉|诉讼))"
      + Figures.FILLER);
  /** The words right before a result's count: "其中结果维持", "被纠错". */
  private static final Pattern RESULT = Pattern.compile("(.*?)(结果)?(维持|纠正|纠错|其他结果|尚未审结|未审结)" + Figures.FILLER);
  /** Words before a group's name that make the count a part of its cases, not their total. */
  private static final Pattern SUBSET = Pattern.compile("维持|纠正|纠错|败诉|胜诉|撤销|撤回|确认|驳回|结果|审结|结案|未结|新增|新收|结转|上年|办结");
  /** "未被纠正": a result denied, not counted. */
  private static final Pattern NOT = Pattern.compile("(未|不|没有)(被|获|予)?$");
  private static final Pattern ALL_UPHELD = Pattern.compile("(均|全部|皆)(获|被|予|已)?(以)?(维持|支持)");

  @Override
  public Rule rule() {
    return Rule.TEXT_REVIEW_LITIGATION;
  }

  @Override
  public void check(TextCheck check) {
    for (Sentence s : check.sentences) {
      check.deadline.check();
      String text = s.compact();
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.COUNT && (t.unit().equals("件") || t.unit().equals("起"))) {
          figure(check, s, tokens, i);
        }
      }
      Matcher upheld = ALL_UPHELD.matcher(text);
      if (upheld.find()) {
        allUpheld(check, s, upheld.start());
      }
    }
  }

  /** Compares the count at {@code index} with the cell its words name, if they name one plainly. */
  private void figure(TextCheck check, Sentence s, List<Token> tokens, int index) {
    String before = Figures.before(tokens, index);
    BigDecimal stated = tokens.get(index).value();
    Matcher total = TOTAL.matcher(before);
    if (total.matches()) {
      Group group = group(total.group(2));
      // "被纠正的行政复议 3 件" counts some of the cases; "行政复议、行政诉讼共 5 件" both kinds
      if (!SUBSET.matcher(total.group(1)).find() && !mentions(before, group.isReview())) {
        compare(check, s, "text.review_litigation." + group.key, cells(group, "total"), stated);
      }
      return;
    }
    Matcher result = RESULT.matcher(before);
    if (!result.matches() || NOT.matcher(result.group(1)).find()) {
      return;
    }
    int start = tokens.get(index).start() - before.length();
    Group group = namedBefore(s.compact(), start + result.start(3));
    if (group == null || group == Group.DIRECT_ONLY || group == Group.AFTER_REVIEW_ONLY) {
      return; // the results of one kind of lawsuit alone are not compared
    }
    String column = switch (result.group(3)) {
      case "维持" -> "upheld";
      case "纠正", "纠错" -> "corrected";
      case "其他结果" -> "other";
      default -> "pending";
    };
    compare(check, s, "text.review_litigation." + group.key + "." + column, cells(group, column), stated);
  }

  private void compare(TextCheck check, Sentence s, String key, List<String> cells, BigDecimal stated) {
    BigDecimal table = Figures.total(check, cells);
    if (table != null && stated.compareTo(table) != 0) {
      check.add(rule(), key, s, cells, table, stated, Numbers.shortest(stated), Numbers.shortest(table));
    }
  }

  private static List<String> cells(Group group, String column) {
    return group.cells.stream().map(g -> T4 + g + "/" + column).toList();
  }

  private static Group group(String name) {
    if (name.contains("直接起诉")) {
      return Group.DIRECT_ONLY;
    }
    if (name.contains("复议后")) {
      return Group.AFTER_REVIEW_ONLY;
    }
    return name.equals("复议") || name.equals("行政复议") ? Group.REVIEW_GROUP : Group.LITIGATION;
  }

  /** Whether {@code words} name a group of lawsuits ({@code litigation}) or 行政复议 (otherwise). */
  private static boolean mentions(String words, boolean litigation) {
    Matcher m = GROUP_NAME.matcher(words);
    while (m.find()) {
      if (group(m.group()).isReview() != litigation) {
        return true;
      }
    }
    return false;
  }

  /**
   * The group last named before {@code end} in the sentence; null when none is, or when the
   * other kind is named in the same clause ("行政复议和行政诉讼…").
   */
  private static Group namedBefore(String compact, int end) {
    Matcher m = GROUP_NAME.matcher(compact).region(0, end);
    int last = -1;
    Group group = null;
    while (m.find()) {
      last = m.start();
      group = group(m.group());
    }
    if (group == null) {
      return null;
    }
    int clause = clauseStart(compact, last);
    return mentions(compact.substring(clause, end), group.isReview()) ? null : group;
  }

  private static int clauseStart(String compact, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (",;:。(".indexOf(compact.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * "均获维持": every case of the groups the clause names, or the sentence names when the clause
   * names none, or all groups when both kinds are named, was upheld. Cells that say otherwise
   * are the finding's.
   */
  private void allUpheld(TextCheck check, Sentence s, int at) {
    String compact = s.compact();
    int start = clauseStart(compact, at);
    int end = compact.length();
    for (int i = at; i < compact.length(); i++) {
      if (",;。".indexOf(compact.charAt(i)) >= 0) {
        end = i;
        break;
      }
    }
    String clause = compact.substring(start, end);
    String scope = mentions(clause, true) || mentions(clause, false) ? clause : compact;
    boolean review = mentions(scope, false);
    boolean litigation = mentions(scope, true);
    List<String> groups = new ArrayList<>();
    if (review) {
      groups.add(REVIEW);
    }
    if (litigation) {
      Group only = onlyKind(scope);
      groups.addAll(only == null ? List.of(DIRECT, AFTER_REVIEW) : only.cells);
    }
    List<String> others = new ArrayList<>();
    for (String group : groups) {
      for (String column : List.of("corrected", "other", "pending")) {
        if (check.positive(T4 + group + "/" + column)) {
          others.add(T4 + group + "/" + column);
        }
      }
    }
    if (!others.isEmpty()) {
      check.add(rule(), "text.review_litigation.all_upheld", s, others, null, null);
    }
  }

  /** The one kind of lawsuit the words name when they name lawsuits of one kind only. */
  private static Group onlyKind(String words) {
    Matcher m = GROUP_NAME.matcher(words);
    Group kind = null;
    while (m.find()) {
      Group g = group(m.group());
      if (g.isReview()) {
        continue;
      }
      if (g == Group.LITIGATION || kind != null && kind != g) {
        return null;
      }
      kind = g;
    }
    return kind;
  }
}
