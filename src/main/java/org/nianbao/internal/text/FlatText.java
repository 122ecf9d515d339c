package org.nianbao.internal.text;

import java.util.Arrays;

/**
 * The whole text folded ({@link Normalize#fold}: widths, ideographic spaces) character for
 * character, so that an offset in it is an offset in the text as printed, and a second copy
 * without white space for finding labels whose characters were spaced out or wrapped over lines.
 *
 * <p>A report may be tens of megabytes: the text is not split into line strings, and the map from
 * the copy without white space back to the text keeps one offset in {@link #STRIDE}.
 */
final class FlatText {
  /**
   * One offset kept per this many characters of {@link #compact}: a label's place is looked up many
   * times per row, each walking up to this many characters; 4 bytes per 16 characters is a quarter
   * of the 64 bytes the text itself takes in its three copies.
   */
  private static final int STRIDE = 16;

  /** The text as printed. */
  private final String printed;
  /** The text folded, as long as {@link #printed}. */
  final String flat;
  /** Offset of each line's first character. */
  private final int[] lineStart;
  /** Offset just after each line's last character, before its line break. */
  private final int[] lineEnd;
  /** {@link #flat} without white space. */
  final String compact;
  /** For every {@link #STRIDE}th character of {@link #compact}, its offset in {@link #flat}. */
  private final int[] checkpoints;

  FlatText(String text) {
    this.printed = text;
    this.flat = Normalize.fold(text);
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        lines++;
      }
    }
    lineStart = new int[lines];
    lineEnd = new int[lines];
    int line = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lineEnd[line] = i;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart[++line] = i + 1;
      }
    }
    lineEnd[line] = text.length();
    StringBuilder compact = new StringBuilder();
    int[] marks = new int[flat.length() / STRIDE + 2];
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        if (compact.length() % STRIDE == 0) {
          marks[compact.length() / STRIDE] = i;
        }
        compact.append(c);
      }
    }
    this.compact = compact.toString();
    this.checkpoints = Arrays.copyOf(marks, Math.max(1, (this.compact.length() + STRIDE - 1) / STRIDE));
  }

  int lineCount() {
    return lineStart.length;
  }

  /** The 0-based line of an offset in {@link #flat}. */
  int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStart, offset);
    return i >= 0 ? i : -i - 2;
  }

  int lineStart(int line) {
    return lineStart[line];
  }

  int lineEnd(int line) {
    return lineEnd[line];
  }

  /** The offset in {@link #flat} of a position in {@link #compact} (its length maps to the end). */
  int flat(int compactIndex) {
    if (compactIndex >= compact.length()) {
      return flat.length();
    }
    int k = compactIndex / STRIDE;
    int offset = checkpoints[k];
    for (int n = k * STRIDE; n < compactIndex; n++) {
      offset = nextNonSpace(offset + 1);
    }
    return offset;
  }

  private int nextNonSpace(int from) {
    int i = from;
    while (i < flat.length() && (Character.isWhitespace(flat.charAt(i)) || flat.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  /**
   * The offset in {@link #flat} just after the character before a position in {@link #compact}:
   * where a label ending there ends, white space after it (a tab before a blank cell) not skipped.
   */
  int flatEnd(int compactEnd) {
    return compactEnd == 0 ? 0 : flat(compactEnd - 1) + 1;
  }

  /** The first position in {@link #compact} at or after an offset in {@link #flat}. */
  int compact(int flatOffset) {
    int lo = 0;
    int hi = checkpoints.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (checkpoints[mid] <= flatOffset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int index = lo * STRIDE;
    if (index >= compact.length()) {
      return compact.length();
    }
    int offset = checkpoints[lo];
    while (offset < flatOffset && index < compact.length()) {
      index++;
      offset = index < compact.length() ? nextNonSpace(offset + 1) : flat.length();
    }
    return index;
  }

  /** A line as printed. */
  String line(int line) {
    return printed.substring(lineStart[line], lineEnd[line]);
  }

  /** Part of a line as printed, by offsets within it. */
  String line(int line, int from, int to) {
    return printed.substring(lineStart[line] + from, lineStart[line] + to);
  }

  /** A line as printed, trimmed: for quoting in findings. */
  String quote(int line) {
    return line(line).strip();
  }
}
