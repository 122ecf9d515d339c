package org.nianbao.internal.narrative;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.nianbao.Edition;
import org.nianbao.Narrative;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.internal.narrative.Token.Kind;
import org.nianbao.internal.template.Template;
import org.nianbao.internal.text.Sections;

/**
 * {@code doc.sections}: the six sections of the template, each present, in order, rightly
 * numbered; and the number of parts the opening says the report has ("本报告由总体情况、…等六部分组成")
 * agrees with the parts that sentence lists, or, when it lists none, with the headings found.
 */
final class SectionsRule implements TextRule {
  /** Words after which the opening lists the parts: "本报告由…组成", "报告全文包括…", "分为…". */
  private static final List<String> LIST_BEFORE = List.of("由", "包括", "包含", "分为", "分成");
  /** Words after "N部分" that open a list of them: "共分六部分：…", "分为六个部分，即…". */
  private static final List<String> LIST_AFTER = List.of("即", "分别是", "分别为", "包括");
  /** What closes a list before its count: "…其他需要报告的事项等共六个部分". */
  private static final List<String> LIST_CLOSE = List.of("等共", "等", "共", "在内的", "在内");
  /** The stop a list after the count ends with. */
  private static final Pattern END = Pattern.compile("[。.!?]+$");
  /** More parts than this is not a report's outline: "分为32个部分" is something else. */
  private static final int MOST_PARTS = 10;
  /** What names the report before its count of parts: 本报告, 年报, or 本文 (this text), not 本文件 (a document). */
  private static final Pattern NAMES_REPORT = Pattern.compile("报告|年报|本文(?!件)");
  /** The template's number of parts. */
  private static final int TEMPLATE_PARTS = 6;
  /**
   * Words by which an outline names a part that its heading's words miss: an outline shortens
   * "收到和处理政府信息公开申请情况" to "收到处理政府信息公开申请情况", a heading hardly ever does.
   */
  private static final Map<Integer, List<String>> OUTLINE_WORDS = Map.of(3, List.of("处理政府信息公开申请"));

  @Override
  public Rule rule() {
    return Rule.DOC_SECTIONS;
  }

  @Override
  public void check(TextCheck check) {
    List<Narrative.Section> headings = check.report.narrative().sections();
    boolean[] present = new boolean[7];
    int highest = 0;
    for (Narrative.Section heading : headings) {
      int section = Sections.sectionOf(heading.heading());
      if (section == 0) {
        continue;
      }
      Sentence at = Sentence.of(heading.line() == null ? 0 : heading.line(), section, heading.heading());
      present[section] = true;
      if (section < highest) {
        check.add(rule(), "doc.sections.order", at, List.of(), null, null, heading.heading());
      }
      highest = Math.max(highest, section);
      int number = Sections.numberOf(heading.heading());
      if (number != 0 && number != section) {
        check.add(rule(), "doc.sections.number", at, List.of(), null, null, heading.heading(),
            Sections.CANONICAL.get(section));
      }
    }
    int found = 0;
    for (int section = 1; section <= 6; section++) {
      if (present[section]) {
        found++;
      } else {
        boolean table = section >= 2 && section <= 4;
        check.add(rule(), table ? Severity.ERROR : Severity.WARNING, "doc.sections.missing", null, List.of(), null,
            null, Sections.CANONICAL.get(section));
      }
    }
    statedParts(check, found);
  }

  /**
   * The opening's "共N部分" against the parts its sentence lists, or else against the headings
   * found. Six stated against fewer headings is left to {@code doc.sections.missing}, which names
   * the part missing; a text that stops early has fewer headings, which the engine accounts for
   * by dropping {@code doc.sections.stated_headings} after a cut.
   */
  private void statedParts(TextCheck check, int headingsFound) {
    for (Sentence s : check.sentences) {
      check.deadline.check();
      if (s.section() > 1) {
        return; // the outline is stated before or in 总体情况
      }
      Stated stated = stated(s);
      if (stated == null) {
        continue;
      }
      if (stated.listDisagrees()) {
        check.add(rule(), "doc.sections.stated", s, List.of(), null, null, Integer.toString(stated.parts),
            Integer.toString(stated.listed));
      } else if (stated.parts != TEMPLATE_PARTS && stated.parts != headingsFound && headingsFound > 0) {
        check.add(rule(), "doc.sections.stated_headings", s, List.of(), null, null, Integer.toString(stated.parts),
            Integer.toString(headingsFound));
      }
      return;
    }
  }

  /**
   * What a sentence says of the report's outline: the number of parts, and how many of the
   * template's parts it lists with it (0 when it lists none, or lists something that is not a
   * part of the template, so that the list cannot be counted). Null when the sentence states no
   * number of the report's parts.
   */
  static Stated stated(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token count = tokens.get(i);
      Token after = tokens.get(i + 1);
      if (count.kind() != Kind.COUNT || after.kind() != Kind.WORD || !isParts(count, after)
          || count.value().scale() > 0 || count.value().intValue() > MOST_PARTS || count.value().signum() <= 0) {
        continue;
      }
      String before = s.compact().substring(0, count.start());
      if (!NAMES_REPORT.matcher(before).find()) {
        continue; // the parts of something else: a plan, a campaign
      }
      String list = listBefore(before);
      if (list.isEmpty()) { // "本报告分为六个部分：…": the list follows
        list = listAfter(s, tokens, i + 1);
      }
      return counted(count.value().intValue(), list);
    }
    return null;
  }

  /** 六部分, 六个部分: the tokenizer reads 六部 or 六个 as a count; the rest of 部分 follows. */
  private static boolean isParts(Token count, Token after) {
    return count.unit().equals("部") && after.text().startsWith("分")
        || count.unit().equals("个") && after.text().startsWith("部分");
  }

  /** "本报告由…组成": what stands between the last word opening a list and the count; "" when none does. */
  private static String listBefore(String before) {
    int from = -1;
    for (String word : LIST_BEFORE) {
      int at = before.lastIndexOf(word);
      if (at >= 0) {
        from = Math.max(from, at + word.length());
      }
    }
    return from < 0 ? "" : before.substring(from);
  }

  /** "共分六部分：总体情况、…" or "…六个部分，即…": the list after the count, to the sentence's end; or "". */
  private static String listAfter(Sentence s, List<Token> tokens, int partsWord) {
    Token word = tokens.get(partsWord);
    if (!word.text().equals("分") && !word.text().equals("部分") || partsWord + 2 >= tokens.size()) {
      return ""; // "六部分组成：…" is not a list of them
    }
    Token mark = tokens.get(partsWord + 1);
    Token next = tokens.get(partsWord + 2);
    if (mark.kind() == Kind.COLON) {
      return s.compact().substring(mark.end());
    }
    String opener = LIST_AFTER.stream().filter(next.text()::startsWith).findFirst().orElse(null);
    if (mark.kind() != Kind.COMMA || next.kind() != Kind.WORD || opener == null) {
      return "";
    }
    return s.compact().substring(next.start() + opener.length());
  }

  /**
   * How many of the template's parts a list names: each item must name at least one ("存在问题及
   * 改进情况" names 五), an item may name two ("…改进情况和其他需要报告的事项"), and a part split over
   * two items ("行政复议、行政诉讼情况") counts once. 0 when an item names none (or there is no list):
   * such a list is not the outline, or not one that can be counted.
   */
  static Stated counted(int parts, String list) {
    String items = END.matcher(list).replaceFirst("");
    boolean etc = false;
    for (String close : LIST_CLOSE) {
      if (items.endsWith(close)) {
        etc = close.startsWith("等");
        items = items.substring(0, items.length() - close.length());
        break;
      }
    }
    Set<Integer> named = new TreeSet<>();
    for (String item : items.split("[、,;]", -1)) {
      Set<Integer> inItem = new TreeSet<>();
      for (Template.Section section : Template.of(Edition.E2021).sections()) {
        List<String> outline = OUTLINE_WORDS.getOrDefault(section.number(), List.of());
        if (section.words().stream().anyMatch(item::contains) || outline.stream().anyMatch(item::contains)) {
          inItem.add(section.number());
        }
      }
      if (inItem.isEmpty()) {
        return new Stated(parts, 0, false);
      }
      named.addAll(inItem);
    }
    return new Stated(parts, named.size(), etc);
  }

  /**
   * The number of parts stated, and the number listed with it.
   *
   * @param listed the parts the list names; 0 when there is no list that can be counted
   * @param etc whether the list ends in 等 before the count: "A、B等六部分" may mean "A, B and the rest"
   */
  record Stated(int parts, int listed, boolean etc) {
    /**
     * Whether the list contradicts the count: more parts than stated, or fewer in a list that
     * claims to be whole. A list ending in 等 that falls one short ("…等六部分" naming five) meant to
     * name them all; one that falls further short reads as "and so on".
     */
    boolean listDisagrees() {
      if (listed < 2) {
        return false; // "由总体情况等六部分组成": one example is no list
      }
      return listed > parts || listed < parts && (!etc || listed == parts - 1);
    }
  }
}
