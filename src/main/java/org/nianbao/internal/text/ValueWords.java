package org.nianbao.internal.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The values in a stretch of a table's text: the cells between one row label and the next. The
 * stretch is cut into pieces at the separators copies use ({@code |}, tabs, line ends) and into
 * words at spaces; a word that is a number (with its unit), a not-applicable mark or nothing
 * between two separators is a cell, any other word is a piece of a label or a header and is left
 * out. Digits run together with the header that follows them ({@code 8855698第二十条…}) are a
 * value, but an ordinal before a label ({@code 6.属于…}) or a date in a sentence is not.
 */
final class ValueWords {

  /** What a value word holds. */
  enum Kind { NUMBER, NOT_APPLICABLE, BLANK }

  /**
   * One cell as printed.
   *
   * @param kind what it holds
   * @param text the number or mark as printed, without its unit
   * @param unit the unit printed after the number, or {@code null}
   * @param offset where it starts in the folded text
   * @param digitRun whether it is bare digits that may be several cells run together
   */
  record Word(Kind kind, String text, String unit, int offset, boolean digitRun) {
    /** Longest number taken as a term of a sum: past any count, it settles no sum. */
    static final int MAX_TERM = 24;

    static Word blank(int offset) {
      return new Word(Kind.BLANK, "", null, offset, false);
    }

    /**
     * The word's value in a sum, as {@link org.nianbao.internal.Numbers#inSums} is a cell's: 0
     * when not applicable, unknown ({@code null}) when blank, not a number or past any count
     * (cell.invalid names it).
     */
    BigDecimal inSums() {
      return switch (kind) {
        case NOT_APPLICABLE -> BigDecimal.ZERO;
        case BLANK -> null;
        case NUMBER -> {
          if (text.length() > MAX_TERM) {
            yield null;
          }
          try {
            yield new BigDecimal(text.replace(",", "").replace('−', '-'));
          } catch (NumberFormatException e) {
            yield null;
          }
        }
      };
    }
  }

  /** How a table's lines are framed by separators, as the copy laid them out. */
  record Style(boolean leadingPipe, boolean trailingPipe, boolean blankLinesAreCells) {}

  /** Units a count or an amount may be printed with, the longer first. */
  static final List<String> UNITS = List.of("万元", "元", "人次", "件", "个", "条", "项", "次", "家", "宗", "起");

  private static final String NOT_APPLICABLE_MARKS = "/—-–―−\\";
  /** Longest digit run considered as a value: longer ones are not a table's cells. */
  static final int MAX_RUN = 64;

  private ValueWords() {}

  /** The separator layout of a table's lines, judged on all of them at once. */
  static Style style(FlatText text, int from, int to) {
    int withPipe = 0;
    int leading = 0;
    int trailing = 0;
    int separated = 0;
    int single = 0;
    int words = 0;
    int blankAfterLine = 0;
    int values = 0;
    int nonBlank = 0;
    int first = text.lineOf(from);
    int last = text.lineOf(Math.max(from, to - 1));
    for (int line = first; line <= last; line++) {
      String s = text.flat.substring(text.lineStart(line), text.lineEnd(line)).strip();
      if (s.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (line + 1 <= last && text.flat.substring(text.lineStart(line + 1), text.lineEnd(line + 1)).isBlank()) {
        blankAfterLine++;
      }
      // a line of pipes alone is blank cells in any framing: it cannot tell the framing
      if (s.indexOf('|') >= 0 && !s.chars().allMatch(ch -> ch == '|' || ch == ' ')) {
        withPipe++;
        leading += s.charAt(0) == '|' ? 1 : 0;
        trailing += s.charAt(s.length() - 1) == '|' ? 1 : 0;
      }
      if (s.indexOf('|') >= 0 || s.indexOf('\t') >= 0) {
        separated++;
      } else {
        words++;
        single += s.indexOf(' ') < 0 ? 1 : 0;
        List<Word> probe = new ArrayList<>();
        values += s.indexOf(' ') < 0 && word(s, 0, probe) ? 1 : 0;
      }
    }
    // one cell per line: single words, a good share of them values alone (not labels with digits glued on)
    boolean oneCellPerLine = separated == 0 && words > 0 && single * 5 >= words * 4 && values * 4 > words
        && blankAfterLine * 5 < nonBlank * 4;
    return new Style(withPipe > 0 && leading * 2 > withPipe, withPipe > 0 && trailing * 2 > withPipe, oneCellPerLine);
  }

  /**
   * The value words between {@code from} and {@code to} in the folded text. {@code from} is just
   * after a row's label: the rest of the label's own piece is not a cell. Reading stops at the
   * first piece of label text after some value, when {@code stopAtText} is set.
   */
  static List<Word> read(FlatText text, int from, int to, Style style, boolean stopAtText) {
    return stretch(text, from, to, style, stopAtText).words();
  }

  /**
   * The words read and where reading stopped: {@code to}, or the line whose label text ended the
   * row's values.
   */
  record Stretch(List<Word> words, int stoppedAt) {}

  static Stretch stretch(FlatText text, int from, int to, Style style, boolean stopAtText) {
    List<Word> out = new ArrayList<>();
    if (from >= to) {
      return new Stretch(out, to);
    }
    int firstLine = text.lineOf(from);
    int lastLine = text.lineOf(to - 1);
    for (int line = firstLine; line <= lastLine; line++) {
      int start = text.lineStart(line);
      int end = text.lineEnd(line);
      String s = text.flat.substring(start, end);
      int a = Math.max(from, start) - start;
      int b = Math.min(to, end) - start;
      if (isPageNumber(s) || isMarkdownRule(s)) {
        continue;
      }
      if (s.isBlank()) {
        if (style.blankLinesAreCells()) {
          out.add(Word.blank(start));
        }
        continue;
      }
      boolean separated = s.indexOf('|') >= 0 || s.indexOf('\t') >= 0;
      if (!separated) {
        List<Word> lineWords = new ArrayList<>();
        boolean onlyValues = words(s, a, b, start, lineWords);
        if (!onlyValues && stopAtText && !out.isEmpty() && !opensWithValue(s, a, b)) {
          return new Stretch(out, endOf(out, from)); // a label or note line after the row's values
        }
        out.addAll(lineWords);
        if (!onlyValues && stopAtText && !out.isEmpty()) {
          return new Stretch(out, endOf(out, from));
        }
        continue;
      }
      // pieces of the whole line; the stretch may begin or end inside one
      List<int[]> pieces = new ArrayList<>();
      int p = 0;
      for (int i = 0; i <= s.length(); i++) {
        if (i == s.length() || s.charAt(i) == '|' || s.charAt(i) == '\t') {
          pieces.add(new int[] {p, i});
          p = i + 1;
        }
      }
      boolean lineHasLabelText = false;
      List<Word> lineWords = new ArrayList<>();
      for (int k = 0; k < pieces.size(); k++) {
        int ps = pieces.get(k)[0];
        int pe = pieces.get(k)[1];
        if (pe <= a && a > 0) {
          continue; // before the stretch: the label's own piece or what precedes it
        }
        if (ps > b || ps == b && pe > b) {
          break; // from here on the piece belongs to the next label
        }
        int cs = Math.max(ps, a);
        int ce = Math.min(pe, b);
        boolean cut = ps < a || pe > b;
        String piece = s.substring(cs, ce);
        if (piece.isBlank()) {
          // the frame of a row: nothing before a leading | or after a trailing |
          boolean outer = k == 0 && style.leadingPipe() || k == pieces.size() - 1 && style.trailingPipe();
          if (!cut && !outer) {
            lineWords.add(Word.blank(start + cs));
          }
          continue;
        }
        if (!words(s, cs, ce, start, lineWords)) {
          lineHasLabelText = true;
          if (stopAtText && !(out.isEmpty() && lineWords.isEmpty())) {
            break;
          }
        }
      }
      if (lineHasLabelText && line != firstLine && lineWords.stream().allMatch(w -> w.kind() == Kind.BLANK)) {
        // a header or label line without values: its empty merged cells are not blanks of this row
        lineWords.clear();
      }
      // between separators, digits are one cell as printed: only unseparated text runs cells together
      lineWords.replaceAll(w -> w.digitRun() ? new Word(w.kind(), w.text(), w.unit(), w.offset(), false) : w);
      out.addAll(lineWords);
      if (lineHasLabelText && stopAtText && out.stream().anyMatch(w -> w.kind() != Kind.BLANK)) {
        return new Stretch(out, endOf(out, from));
      }
    }
    return new Stretch(out, to);
  }

  /** Whether the first word of {@code s[from, to)} is a value. */
  private static boolean opensWithValue(String s, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    int end = i;
    while (end < to && !Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    List<Word> probe = new ArrayList<>();
    word(s.substring(i, end), 0, probe);
    return !probe.isEmpty();
  }

  /** "|---|:---:|", the line under a markdown table's header: not a row of "-" marks. */
  private static boolean isMarkdownRule(String line) {
    if (line.indexOf("---") < 0 || line.indexOf('|') < 0) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if ("|-: \t".indexOf(line.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** "- 4 -", a PDF's page number between the lines of a table. */
  private static boolean isPageNumber(String line) {
    String s = line.strip();
    if (s.length() < 3 || s.length() > 12 || "-—–".indexOf(s.charAt(0)) < 0 || "-—–".indexOf(s.charAt(s.length() - 1)) < 0) {
      return false;
    }
    String inner = s.substring(1, s.length() - 1).strip();
    return isDigits(inner);
  }

  /** Where the last value word ends: a stop after it. */
  private static int endOf(List<Word> words, int from) {
    int end = from;
    for (Word w : words) {
      end = Math.max(end, w.offset() + w.text().length() + (w.unit() == null ? 0 : w.unit().length()));
    }
    return end;
  }

  /**
   * Adds the value words of {@code s[from, to)} to {@code out}.
   *
   * @return false when the stretch holds label text (a word that is not a value)
   */
  private static boolean words(String s, int from, int to, int base, List<Word> out) {
    boolean onlyValues = true;
    int i = from;
    while (i < to) {
      while (i < to && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0')) {
        i++;
      }
      if (i >= to) {
        break;
      }
      int w = i;
      while (i < to && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        i++;
      }
      if (!word(s.substring(w, i), base + w, out)) {
        onlyValues = false;
      }
    }
    return onlyValues;
  }

  /** Reads one word; false when it is not (only) values. */
  static boolean word(String word, int offset, List<Word> out) {
    if (word.equals("无")) {
      out.add(new Word(Kind.NOT_APPLICABLE, word, null, offset, false));
      return true;
    }
    if (isMarks(word)) {
      if (word.chars().allMatch(c -> c == '/')) {
        for (int k = 0; k < word.length(); k++) {
          out.add(new Word(Kind.NOT_APPLICABLE, "/", null, offset + k, false));
        }
      } else {
        out.add(new Word(Kind.NOT_APPLICABLE, word, null, offset, false));
      }
      return true;
    }
    if (word.length() > MAX_RUN && isDigits(word)) {
      // too long for any cell, but a value as printed: cell.invalid names it, with the number length limit
      out.add(new Word(Kind.NUMBER, word, null, offset, false));
      return true;
    }
    if (number(word, 0) == 0 && word.charAt(0) != '/') {
      if (isUnit(word) && !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.NUMBER
          && out.get(out.size() - 1).unit() == null) {
        Word last = out.remove(out.size() - 1);
        out.add(new Word(last.kind(), last.text(), word, last.offset(), false));
        return true;
      }
      return false;
    }
    // numbers and "/" marks run together ("/010/105130", "0391.19"), perhaps into the text that follows
    List<Word> tokens = new ArrayList<>();
    int i = 0;
    String unit = null;
    while (i < word.length()) {
      char c = word.charAt(i);
      if (c == '/') {
        tokens.add(new Word(Kind.NOT_APPLICABLE, "/", null, offset + i, false));
        i++;
        continue;
      }
      if (c == ',' && !tokens.isEmpty() && i + 1 < word.length() && isAsciiDigit(word.charAt(i + 1))) {
        i++; // "2,1,0,0,0,0,3": commas that are not thousands separators part cells
        continue;
      }
      int n = number(word, i);
      if (n == 0) {
        break;
      }
      String number = word.substring(i, i + n);
      tokens.add(new Word(Kind.NUMBER, number, null, offset + i, runOf(number)));
      i += n;
      for (String u : UNITS) {
        if (word.startsWith(u, i)) {
          unit = u;
          break;
        }
      }
      if (unit != null) {
        Word last = tokens.remove(tokens.size() - 1);
        tokens.add(new Word(last.kind(), last.text(), unit, last.offset(), false));
        i += unit.length();
        break;
      }
    }
    String rest = word.substring(i);
    if (rest.isEmpty()) {
      out.addAll(tokens);
      return true;
    }
    char next = rest.charAt(0);
    Word last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    if (last != null && last.kind() == Kind.NUMBER && last.unit() == null) {
      boolean ordinal = (next == '.' || next == '、') && (rest.length() == 1 || !Character.isDigit(rest.charAt(1)));
      boolean date = "年月日号%时分".indexOf(next) >= 0;
      if (ordinal || date) {
        return false; // "6.属于…", "2023年…": not values
      }
    }
    if (unit == null && (Normalize.isCjk(next) || next == '(' || next == '[')) {
      out.addAll(tokens); // values run on into the header or label that follows them
    }
    return false;
  }

  /** Whether a number may be several cells run together: bare digits, or digits and a decimal tail. */
  private static boolean runOf(String number) {
    int point = number.indexOf('.');
    String whole = point < 0 ? number : number.substring(0, point);
    return whole.length() > 1 && isDigits(whole);
  }

  /** The length of the number at the start of {@code s}: sign, digits, thousands, decimals; 0 for none. */
  static int number(String s, int from) {
    int i = from;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+' || s.charAt(i) == '−')) {
      i++;
    }
    int digits = i;
    while (i < s.length() && isAsciiDigit(s.charAt(i))) {
      i++;
    }
    if (i == digits || i - digits > MAX_RUN) {
      return 0;
    }
    if (i - digits <= 3) {
      // thousands separators: 1,234,567, groups of exactly three
      while (i + 4 <= s.length() && s.charAt(i) == ',' && allDigits(s, i + 1, i + 4)
          && (i + 4 == s.length() || !isAsciiDigit(s.charAt(i + 4)))) {
        i += 4;
      }
    }
    if (i + 1 < s.length() && s.charAt(i) == '.' && isAsciiDigit(s.charAt(i + 1))) {
      int d = i + 1;
      while (d < s.length() && isAsciiDigit(s.charAt(d))) {
        d++;
      }
      if (d - i <= MAX_RUN) {
        i = d;
      }
    }
    return i - from;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String s, int from, int to) {
    if (to > s.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigits(String s) {
    return !s.isEmpty() && allDigits(s, 0, s.length());
  }

  private static boolean isMarks(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (NOT_APPLICABLE_MARKS.indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  private static boolean isUnit(String word) {
    return UNITS.contains(word);
  }
}
