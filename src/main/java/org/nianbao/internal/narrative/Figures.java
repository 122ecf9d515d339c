package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.Cell;
import org.nianbao.internal.layout.Layout;

/**
 * What the rules comparing the text's figures with tables 三 and 四 share: the words that name a
 * count in a sentence, and a total cell's value where the table leaves it blank.
 */
final class Figures {
  private Figures() {}

  /**
   * What may follow the word naming a count before the count itself: "无法提供的 10 件", "不予公开答复
   * 2 件", "行政诉讼案件 1 件", "行政诉讼数为 0 件".
   */
  static final String FILLER = "(的)?(答复)?(的)?(政府信息公开|依申请公开)?(申请)?(案件)?(数|数量)?(共|共计|合计|总计)?(为|有|达)?(:)?";

  /** Words that join a count's name to the clause it is in without saying anything of the count. */
  private static final Pattern CONNECTIVES = Pattern.compile(
      "(?:^|.*中)(其中|另有|另|共|共计|合计|累计|全年|本年度?|今年|全市|全县|全区|已|均|依法|按时|作出|含|包括|"
          + "办理结果为|结果为|、|:)*");
  /** "因本机关不掌握等原因无法提供": a group's total, named by one of its items and 等. */
  private static final Pattern SUCH_AS = Pattern.compile(".*等(原因|情形|情况)?");

  /**
   * The words naming the count at {@code index}: the words, 、, ：and years before it back to
   * the clause's start or the count before. "答复3050件(含上年度结转申请34件" gives "含上年度结转申请"
   * for 34 件.
   */
  static String before(List<Token> tokens, int index) {
    StringBuilder words = new StringBuilder();
    for (int i = index - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.ENUMERATION || t.kind() == Token.Kind.COLON
          || t.kind() == Token.Kind.YEAR) {
        words.insert(0, t.text());
      } else {
        break;
      }
    }
    return words.toString();
  }

  /** The word right after the count at {@code index}, or "" when a separator or number follows. */
  static String after(List<Token> tokens, int index) {
    if (index + 1 < tokens.size() && tokens.get(index + 1).kind() == Token.Kind.WORD) {
      return tokens.get(index + 1).text();
    }
    return "";
  }

  /**
   * Whether {@code prefix}, the words before a count's name, leave the name alone: connectives
   * only ("其中", "共"), "among those…" ("…申请中"), or an item named as an example ("…等").
   * "属于国家秘密不予公开 2 件" names an item of 不予公开, not the group: its prefix is refused.
   */
  static boolean plainPrefix(String prefix) {
    return CONNECTIVES.matcher(prefix).matches() || SUCH_AS.matcher(prefix).matches();
  }

  /**
   * A total cell's value: as printed, or, when it is blank and every other cell of its row has a
   * number, their sum (SPEC: a blank is never 0, it is the value its row implies when every
   * term is known). Null when the value is not known.
   */
  static BigDecimal total(TextCheck check, String pointer) {
    BigDecimal printed = check.value(pointer);
    if (printed != null || !(check.cell(pointer) instanceof Cell.Blank)) {
      return printed;
    }
    Layout layout = Layout.of(check.report.edition());
    BigDecimal sum = BigDecimal.ZERO;
    for (Layout.Slot part : layout.row(layout.slot(pointer).row())) {
      if (part.pointer().equals(pointer)) {
        continue;
      }
      BigDecimal v = check.value(part.pointer());
      if (v == null) {
        return null;
      }
      sum = sum.add(v);
    }
    return sum;
  }

  /** The sum of the total cells, each as {@link #total}; null when one is not known. */
  static BigDecimal total(TextCheck check, List<String> pointers) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String pointer : pointers) {
      BigDecimal v = total(check, pointer);
      if (v == null) {
        return null;
      }
      sum = sum.add(v);
    }
    return sum;
  }
}
