package org.nianbao.internal.text;

import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.Edition;
import org.nianbao.internal.template.Template;

/**
 * The six sections of a report, told by their headings' words (a heading's number may be wrong,
 * which {@code doc.sections} reports; its words say which section it is). The words are the
 * template's ({@link Template#sections()}).
 */
public final class Sections {
  private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八][、.,，．]");

  /** The canonical headings, by section number (index 0 unused). */
  public static final List<String> CANONICAL;

  static {
    List<String> headings = new java.util.ArrayList<>();
    headings.add("");
    Template.of(Edition.E2021).sections().forEach(s -> headings.add(s.printed()));
    CANONICAL = List.copyOf(headings);
  }

  private Sections() {}

  /** Which section a heading names by its words (1 to 6), or 0 when none. */
  public static int sectionOf(String heading) {
    String line = Normalize.compact(heading);
    for (Template.Section section : Template.of(Edition.E2021).sections()) {
      if (section.words().stream().anyMatch(line::contains)) {
        return section.number();
      }
    }
    return 0;
  }

  /** The number a heading is printed with (一 → 1 … 八 → 8), or 0. */
  public static int numberOf(String heading) {
    String line = Normalize.compact(heading);
    return NUMBERED.matcher(line).find() ? "一二三四五六七八".indexOf(line.charAt(0)) + 1 : 0;
  }
}
