package org.nianbao.internal.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON as Jackson writes it escapes only the characters below U+0020; C1 controls, line and
 * paragraph separators and bidirectional controls (U+202E turns a line around) pass raw, and JSON
 * is often read on a terminal. Escaped as {@code \}{@code uXXXX}, they are the same strings to
 * any JSON reader and harmless on a screen.
 */
final class TerminalSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

  @Override
  public int[] getEscapeCodesForAscii() {
    int[] codes = ASCII.clone();
    codes[0x7f] = ESCAPE_STANDARD;
    return codes;
  }

  @Override
  public SerializableString getEscapeSequence(int c) {
    boolean unsafe = c >= 0x80 && c <= 0x9f || c == 0x2028 || c == 0x2029 || c == 0x061c || c == 0x200e
        || c == 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    return unsafe ? new SerializedString(String.format("\\u%04x", c)) : null;
  }
}
