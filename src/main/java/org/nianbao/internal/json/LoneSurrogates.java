package org.nianbao.internal.json;

/**
 * JSON may spell half a character: {@code "\ud800"} is valid JSON, yet no text, and written out
 * as UTF-8 it silently becomes {@code ?}. A report holding one is refused, naming where, rather
 * than read and altered.
 */
final class LoneSurrogates {
  private LoneSurrogates() {}

  /**
   * Where the first {@code \}{@code uXXXX} escape of half a UTF-16 pair without its other half is,
   * or null. Linear, and only escapes count: a raw lone surrogate cannot come from decoded UTF-8.
   */
  static String find(String json) {
    boolean afterHigh = false; // the previous token was an escaped high surrogate
    int highAt = -1;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c != '\\' || i + 1 >= json.length()) {
        if (afterHigh) {
          return at(json, highAt);
        }
        continue;
      }
      char escaped = json.charAt(i + 1);
      if (escaped != 'u' || i + 6 > json.length()) {
        if (afterHigh) {
          return at(json, highAt);
        }
        i++; // \\ \" \n …: the next character is escaped, not the start of another escape
        continue;
      }
      int unit;
      try {
        unit = Integer.parseInt(json.substring(i + 2, i + 6), 16);
      } catch (NumberFormatException e) {
        return null; // malformed: the parser has said so already
      }
      if (afterHigh && Character.isLowSurrogate((char) unit)) {
        afterHigh = false;
      } else if (afterHigh || Character.isLowSurrogate((char) unit)) {
        return at(json, afterHigh ? highAt : i);
      } else if (Character.isHighSurrogate((char) unit)) {
        afterHigh = true;
        highAt = i;
      }
      i += 5;
    }
    return afterHigh ? at(json, highAt) : null;
  }

  private static String at(String json, int escape) {
    int l = 1;
    int start = 0;
    for (int i = 0; i < escape; i++) {
      if (json.charAt(i) == '\n') {
        l++;
        start = i + 1;
      }
    }
    return "unreadable character (line " + l + ", column " + (escape - start + 1) + "): "
        + json.substring(escape, escape + 6) + " is half of a UTF-16 pair, not a character";
  }
}
