package org.nianbao.internal.narrative;

import java.util.List;
import org.nianbao.internal.text.Normalize;

/**
 * A sentence of the report's text, as every rule on the text reads it.
 *
 * @param line the line it starts on (1-based), 0 when not known
 * @param section the section it is in (1 to 6), 0 before the first heading
 * @param text the sentence as written
 * @param compact the sentence in the reader's compact form: no spaces, ASCII digits and punctuation
 * @param tokens the compact form's pieces, from {@link Tokens}
 */
record Sentence(int line, int section, String text, String compact, List<Token> tokens) {
  static Sentence of(int line, int section, String text) {
    String compact = Normalize.compact(text);
    return new Sentence(line, section, text, compact, Tokens.of(compact));
  }
}
