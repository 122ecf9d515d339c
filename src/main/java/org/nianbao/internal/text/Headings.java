package org.nianbao.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.Edition;
import org.nianbao.internal.template.Template;

/**
 * The six section headings, wherever they stand: on a line of their own, or in the middle of a
 * line of scraped page text ({@code …等文件要求。 一、总体情况 2022年，…}). A heading is its number
 * (一 to 八, then 、) followed closely by the words of one section; the words say which section
 * it is even when the number is wrong, which {@code doc.sections} reports.
 */
final class Headings {

  /**
   * A heading found.
   *
   * @param section 1 to 6
   * @param start where it starts in the compact text
   * @param end where it ends in the compact text
   */
  record Heading(int section, int start, int end) {}

  /** How far after its number a heading's words may start: "四、政府信息公开行政复议…". */
  private static final int WORDS_WITHIN = 12;
  /** A heading on a line of its own is at most this long; longer lines hold text after it. */
  private static final int OWN_LINE = 40;
  /** Headings of one section considered at most: text that repeats them endlessly is not a report. */
  private static final int MAX_CANDIDATES = 32;
  private static final String NUMERALS = "一二三四五六七八";
  private static final String AFTER_NUMERAL = "、.,";

  private Headings() {}

  /**
   * The headings in the order they stand, at most one per section: the longest run of sections in
   * their order (so that headings repeated later, e.g. in an appendix, are not taken), and then any
   * section that only stands out of order.
   */
  static List<Heading> find(FlatText text, int compactEnd) {
    List<Template.Section> sections = Template.of(Edition.E2021).sections();
    String c = text.compact;
    List<Heading> candidates = new ArrayList<>();
    int[] perSection = new int[7];
    for (int i = 0; i + 2 < compactEnd; i++) {
      if (NUMERALS.indexOf(c.charAt(i)) < 0 || AFTER_NUMERAL.indexOf(c.charAt(i + 1)) < 0
          || i > 0 && NUMERALS.indexOf(c.charAt(i - 1)) >= 0) {
        continue;
      }
      int limit = Math.min(compactEnd, i + 2 + WORDS_WITHIN + 16);
      String after = c.substring(i + 2, limit);
      for (Template.Section section : sections) {
        int best = -1;
        int bestEnd = -1;
        for (String word : section.words()) {
          int at = after.indexOf(word);
          if (at >= 0 && at <= WORDS_WITHIN && (best < 0 || at < best)) {
            best = at;
            bestEnd = at + word.length();
          }
        }
        if (best >= 0 && perSection[section.number()]++ < MAX_CANDIDATES) {
          candidates.add(new Heading(section.number(), i, end(text, i, i + 2 + bestEnd, compactEnd)));
          break;
        }
      }
    }
    return choose(candidates);
  }

  /** A heading ends with its line when the line is short, else after its closing 情况 or 事项. */
  private static int end(FlatText text, int start, int wordsEnd, int compactEnd) {
    int line = text.lineOf(text.flat(start));
    String own = text.flat.substring(text.lineStart(line), text.lineEnd(line)).strip();
    int lineEndCompact = text.compact(text.lineEnd(line));
    if (own.length() <= OWN_LINE && text.compact(text.lineStart(line)) == start) {
      return Math.min(lineEndCompact, compactEnd);
    }
    String c = text.compact;
    if (c.startsWith("情况", wordsEnd - 2) || c.startsWith("事项", wordsEnd - 2)) {
      return wordsEnd;
    }
    int limit = Math.min(compactEnd, wordsEnd + 8);
    for (int i = wordsEnd; i + 2 <= limit; i++) {
      if (c.startsWith("情况", i) || c.startsWith("事项", i)) {
        return i + 2;
      }
    }
    return wordsEnd;
  }

  private static List<Heading> choose(List<Heading> candidates) {
    List<Heading> chosen = new ArrayList<>(Chain.longest(candidates,
        (a, b) -> a.section() < b.section() && a.end() <= b.start(), (a, b) -> false));
    for (Heading candidate : candidates) {
      if (chosen.stream().noneMatch(h -> h.section() == candidate.section())
          && chosen.stream().noneMatch(h -> h.start() <= candidate.start() && candidate.start() < h.end())) {
        chosen.add(candidate); // out of order: doc.sections says so
      }
    }
    chosen.sort(Comparator.comparingInt(Heading::start));
    return chosen;
  }
}
