package org.nianbao.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The six sections of a report, found by their headings' words (a heading's number may be wrong,
 * which {@code doc.sections} reports; its words say which section it is).
 */
public record Sections(List<Heading> headings) {

  /**
   * @param section which of the six sections (1 to 6)
   * @param line the heading's 0-based line
   */
  record Heading(int section, int line) {}

  private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八][、.,，．]");

  /** The words that name each section, by section number (index 0 unused). */
  private static final List<List<String>> WORDS = List.of(
      List.of(),
      List.of("总体情况"),
      List.of("主动公开政府信息", "主动公开情况"),
      List.of("收到和处理政府信息公开申请", "依申请公开"),
      List.of("行政复议"),
      List.of("存在的主要问题", "问题及改进"),
      List.of("其他需要报告"));

  /** The canonical headings, by section number (index 0 unused). */
  public static final List<String> CANONICAL = List.of("", "一、总体情况", "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项");

  /** Which section a heading names by its words (1 to 6), or 0 when none. */
  public static int sectionOf(String heading) {
    String line = Normalize.compact(heading);
    for (int section = 1; section <= 6; section++) {
      if (WORDS.get(section).stream().anyMatch(line::contains)) {
        return section;
      }
    }
    return 0;
  }

  /** The number a heading is printed with (一 → 1 … 八 → 8), or 0. */
  public static int numberOf(String heading) {
    String line = Normalize.compact(heading);
    return NUMBERED.matcher(line).find() ? "一二三四五六七八".indexOf(line.charAt(0)) + 1 : 0;
  }

  /**
   * @param lines the text's lines
   * @param compact the same lines folded and without spaces (null for sentences)
   */
  static Sections find(String[] lines, String[] compact) {
    List<Heading> headings = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > 120 || compact[i] == null) {
        continue; // a paragraph, not a heading
      }
      String line = compact[i];
      if (line.length() > 40 || !NUMBERED.matcher(line).find() || line.indexOf('|') >= 0) {
        continue;
      }
      for (int section = 1; section <= 6; section++) {
        int s = section;
        if (WORDS.get(section).stream().anyMatch(line::contains)
            && headings.stream().noneMatch(h -> h.section() == s)) {
          headings.add(new Heading(section, i));
          break;
        }
      }
    }
    return new Sections(headings);
  }

  Heading heading(int section) {
    return headings.stream().filter(h -> h.section() == section).findFirst().orElse(null);
  }

  /**
   * Where to look for section {@code section}'s table: from its heading to the next heading; without
   * a heading, between the headings of the sections around it.
   */
  TextReader.Region region(int section, int lineCount) {
    Heading own = heading(section);
    if (own != null) {
      int end = headings.stream().mapToInt(Heading::line).filter(l -> l > own.line()).min().orElse(lineCount);
      return new TextReader.Region(own.line() + 1, end);
    }
    int start = headings.stream().filter(h -> h.section() < section).mapToInt(Heading::line).max().orElse(-1) + 1;
    int end = headings.stream().filter(h -> h.section() > section).mapToInt(Heading::line).min().orElse(lineCount);
    return new TextReader.Region(start, Math.max(start, end));
  }
}
