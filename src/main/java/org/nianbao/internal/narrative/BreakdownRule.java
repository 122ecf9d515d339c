package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Rule;
import org.nianbao.Severity;

/** {@code text.breakdown}: a total the text states with its parts listed after it. */
final class BreakdownRule implements TextRule {
  private static final Pattern COUNT = NarrativeRules.COUNT;
  private static final Pattern TOTAL_END = Pattern.compile("[，,（(]?");

  private static final Pattern INTRODUCER = Pattern.compile("(其中|包括|分别为|分别是|含|涉及)[:：]?");

  /** Totals followed by an itemised breakdown in the same sentence: the parts must not exceed it. */
  @Override
  public Rule rule() {
    return Rule.TEXT_BREAKDOWN;
  }

  @Override
  public void check(TextCheck check) {
    for (Sentence s : check.sentences) {
      check.deadline.check();
      String text = s.compact();
      if (!hasAny(text, "条件个次篇期起") || !hasAny(text, "其中包括含分别涉及")) {
        continue;
      }
      Matcher intro = INTRODUCER.matcher(text);
      while (intro.find()) {
        int k = intro.start() - 1;
        if (k >= 0 && "，,（(".indexOf(text.charAt(k)) >= 0) {
          k--;
        }
        if (k < 0 || "条件个次篇期起".indexOf(text.charAt(k)) < 0) {
          continue; // no count right before: not a breakdown of one
        }
        Count total = lastCountBefore(text, intro.start());
        if (total == null) {
          continue;
        }
        String word = intro.group(1);
        int totalStart = Math.max(0, intro.start() - 24) + total.start(); // lastCountBefore looks 24 back
        if (!word.equals("其中") && !word.startsWith("分别") && itemOfList(text, totalStart, total.unit())) {
          continue; // "政务要闻285条，通知公告303条，部门动态3718条，涉及…": 3718 is an item, not a total
        }
        List<Count> parts = partsAfter(text, intro.end(), total.unit());
        if (parts.isEmpty()) {
          continue;
        }
        BigDecimal sum = parts.stream().map(Count::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        int cmp = sum.compareTo(total.value());
        boolean complete = parts.size() >= 2 && (word.equals("其中") || word.startsWith("分别"));
        if (cmp > 0) {
          check.add(rule(), Severity.ERROR, "text.breakdown.above", s, List.of(), total.value(), sum,
              TextCheck.plain(total.value()) + total.unit(), TextCheck.plain(sum) + total.unit());
        } else if (cmp < 0 && (complete || endsInCatchAll(text, intro.end(), parts))) {
          // a list that ends in 其他 claims to be complete: any difference is an error
          check.add(rule(), endsInCatchAll(text, intro.end(), parts) ? Severity.ERROR : Severity.WARNING,
              "text.breakdown.below", s, List.of(), total.value(), sum,
              TextCheck.plain(total.value()) + total.unit(), TextCheck.plain(sum) + total.unit());
        }
      }
    }
  }

  private record Count(BigDecimal value, String unit, int start, int end) {}

  /** The words that end a list claiming to be complete: "…，其他方式 107 条". */
  private static final List<String> CATCH_ALL = List.of("其他", "其它");

  /** Whether the last part of a breakdown is its catch-all (其他, 其他方式, 其他渠道). */
  private static boolean endsInCatchAll(String text, int listStart, List<Count> parts) {
    if (parts.size() < 2) {
      return false;
    }
    // part positions are relative to the list's start
    Count last = parts.get(parts.size() - 1);
    Count before = parts.get(parts.size() - 2);
    String label = text.substring(listStart + before.end(), listStart + last.start());
    return CATCH_ALL.stream().anyMatch(label::contains);
  }

  /**
   * Whether the count before an introducer is one item of a list of counts ("…303条，部门、镇动态
   * 3718条，涉及…"): another count in the same unit ends the clause just before it.
   */
  private static boolean itemOfList(String text, int totalStart, String unit) {
    int from = Math.max(0, totalStart - 30);
    String before = text.substring(from, totalStart);
    Matcher m = COUNT.matcher(before);
    Count last = null;
    while (m.find()) {
      last = count(m, before);
    }
    if (last == null || !last.unit().equals(unit)) {
      return false;
    }
    String between = before.substring(last.end());
    return between.startsWith("，") || between.startsWith(",") || between.startsWith("、");
  }


  /** The count the clause before {@code end} states: the last number with a unit, right before the introducer. */
  private static Count lastCountBefore(String text, int end) {
    // the total stands right before the introducer: a short stretch is enough to find it
    String before = text.substring(Math.max(0, end - 24), end);
    Matcher m = COUNT.matcher(before);
    Count last = null;
    while (m.find()) {
      last = count(m, before);
    }
    // the total ends its clause: "…615条，其中" or "…615条(其中"
    if (last == null || !TOTAL_END.matcher(before.substring(last.end())).matches()) {
      return null;
    }
    return last;
  }

  /** The items after an introducer, up to the end of the list: a bracket closing it, 另, 此外, 同时. */
  private static List<Count> partsAfter(String text, int start, String unit) {
    List<Count> parts = new ArrayList<>();
    int depth = 0;
    int i = start;
    String rest = text.substring(start);
    int stop = rest.length();
    for (String word : List.of("另有", "另外", "此外", "同时", "另")) {
      int at = rest.indexOf(word);
      if (at >= 0) {
        stop = Math.min(stop, at);
      }
    }
    // a list opened inside a bracket ends where the bracket closes: "13件（含新制定5件，修改4件）"
    int depthAt = 0;
    for (int j = 0; j < stop; j++) {
      char ch = rest.charAt(j);
      if (ch == '（' || ch == '(') {
        depthAt++;
      } else if ((ch == '）' || ch == ')') && --depthAt < 0) {
        stop = j;
        break;
      }
    }
    Matcher m = COUNT.matcher(rest.substring(0, stop));
    int skipUntil = -1;
    while (m.find()) {
      if (m.start() < skipUntil) {
        continue;
      }
      String after = rest.substring(m.end());
      if (after.startsWith("%") || m.start() > 0 && rest.charAt(m.start() - 1) == '第') {
        continue;
      }
      Count c = count(m, rest);
      if (c == null) {
        continue;
      }
      if (!c.unit().equals(unit)) {
        return List.of(); // units disagree: not a breakdown of this total
      }
      parts.add(c);
      // a part's own bracketed breakdown counts once, at the part's value
      if (after.startsWith("（") || after.startsWith("(")) {
        int close = indexOfClose(rest, m.end());
        skipUntil = close < 0 ? rest.length() : close;
      }
    }
    return parts;
  }

  private static int indexOfClose(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Count count(Matcher m, String text) {
    String token = m.group(1);
    // years and dates are not counts: "2021年…1条" is safe, but "2021年" never matches a unit
    BigDecimal value = ChineseNumber.parse(token);
    if (value == null) {
      return null;
    }
    // a Chinese numeral glued to a preceding word is often part of it (一是, 十九届): require it to stand clear
    if (!Character.isDigit(token.charAt(0)) && m.start() > 0 && "第每是届中".indexOf(text.charAt(m.start() - 1)) >= 0) {
      return null;
    }
    return new Count(value, m.group(2), m.start(), m.end());
  }

  private static boolean hasAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
