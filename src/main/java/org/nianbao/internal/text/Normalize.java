package org.nianbao.internal.text;

/**
 * Folds the typographic variants that copies of the same report differ in, for matching only:
 * the text kept in the report is never altered.
 */
final class Normalize {
  private Normalize() {}

  /** Full-width ASCII to ASCII, ideographic space to space, and Chinese brackets and commas to ASCII. */
  static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u3000' || c == '\u00A0') {
        c = ' ';
      } else if (c == '、') {
        c = '、';
      }
      out.append(c);
    }
    return out.toString();
  }

  /** {@link #fold} and without white space: for comparing labels whose characters are spaced out. */
  static String compact(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (c != '\u3000' && c != '\u00A0' && !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.length() == s.length() && out.toString().equals(s) ? s : out.toString();
  }

  static boolean isCjk(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
