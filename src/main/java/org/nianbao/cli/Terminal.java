package org.nianbao.cli;

/**
 * Text bound for a terminal, made harmless: what comes from a report or a file name may hold
 * control characters that move the cursor, clear the screen, reverse the direction of the line
 * (U+202E) or start a new line, and so forge or hide output. Every text the command line prints,
 * on stdout and in its one-line errors, goes through {@link #escape}.
 */
final class Terminal {
  private Terminal() {}

  /**
   * Escapes C0 and C1 controls, DEL, line and paragraph separators, bidirectional controls and
   * lone surrogates as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}; everything
   * else, Chinese included, is printed as it is.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    // by code point: a pair of surrogates is one character, a lone one comes out as itself
    text.codePoints().forEach(c -> {
      String replacement = replacement(c);
      if (replacement == null) {
        out.appendCodePoint(c);
      } else {
        out.append(replacement);
      }
    });
    return out.toString();
  }

  private static String replacement(int c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    boolean unsafe = c < 0x20 || c >= 0x7f && c <= 0x9f
        || c == 0x2028 || c == 0x2029
        // bidirectional controls: marks, embeddings, overrides, isolates
        || c == 0x061c || c == 0x200e || c == 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
        // half of a UTF-16 pair with no other half: no character at all, printed as what it is
        || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    return unsafe ? String.format("\\u%04x", c) : null;
  }
}
