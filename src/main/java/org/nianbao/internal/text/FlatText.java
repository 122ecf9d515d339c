package org.nianbao.internal.text;

import java.util.Arrays;

/**
 * The whole text as one string, folded ({@link Normalize#fold}: widths, ideographic spaces) with
 * its lines kept apart by {@code \n}, and a second copy without white space for finding labels
 * whose characters were spaced out or wrapped. Folding maps one character to one, so an offset
 * in the folded text is an offset in the line as printed.
 */
final class FlatText {
  /** The lines as printed. */
  final String[] lines;
  /** The folded lines joined by {@code \n}. */
  final String flat;
  /** Offset in {@link #flat} of each line's first character. */
  private final int[] lineStart;
  /** {@link #flat} without white space. */
  final String compact;
  /** For each character of {@link #compact}, its offset in {@link #flat}. */
  private final int[] toFlat;

  FlatText(String text) {
    this.lines = text.split("\r\n|\r|\n", -1);
    this.lineStart = new int[lines.length];
    StringBuilder flat = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        flat.append('\n');
      }
      lineStart[i] = flat.length();
      flat.append(Normalize.fold(lines[i]));
    }
    this.flat = flat.toString();
    StringBuilder compact = new StringBuilder(this.flat.length());
    int[] map = new int[this.flat.length() + 1];
    int n = 0;
    for (int i = 0; i < this.flat.length(); i++) {
      char c = this.flat.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        compact.append(c);
        map[n++] = i;
      }
    }
    map[n] = this.flat.length();
    this.compact = compact.toString();
    this.toFlat = Arrays.copyOf(map, n + 1);
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
    return line + 1 < lines.length ? lineStart[line + 1] - 1 : flat.length();
  }

  /** The offset in {@link #flat} of a position in {@link #compact} (its length maps to the end). */
  int flat(int compactIndex) {
    return toFlat[Math.min(compactIndex, toFlat.length - 1)];
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
    int i = Arrays.binarySearch(toFlat, flatOffset);
    return i >= 0 ? i : -i - 1;
  }

  /** The line as printed, 1-based, trimmed: for quoting in findings. */
  String quote(int line) {
    return lines[line].strip();
  }
}
