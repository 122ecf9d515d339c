package org.nianbao.internal.text;

/**
 * Folds the typographic variants that copies of the same report differ in, for matching only:
 * the text kept in the report is never altered.
 */
public final class Normalize {
  private Normalize() {}

  /** Full-width ASCII to ASCII (digits, letters, brackets, commas), ideographic and no-break spaces to space. */
  static String fold(String s) {
    int first = 0;
    while (first < s.length() && narrow(s.charAt(first)) == s.charAt(first) && s.charAt(first) != '\u3000'
        && s.charAt(first) != '\u00A0') {
      first++;
    }
    if (first == s.length()) {
      return s; // nothing to fold: no copy of a long text
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = narrow(s.charAt(i));
      out.append(c == '\u3000' || c == '\u00A0' ? ' ' : c);
    }
    return out.toString();
  }

  /** {@link #fold} and without white space: for comparing labels whose characters are spaced out. */
  public static String compact(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = narrow(s.charAt(i));
      if (c != '\u00A0' && !Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.length() == s.length() && out.toString().equals(s) ? s : out.toString();
  }

  private static char narrow(char c) {
    return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
  }

  static boolean isCjk(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
