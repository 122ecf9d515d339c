package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.Rule;
import org.nianbao.Severity;

/**
 * Something the text says that a rule finds wrong, before it is worded: the message key and its
 * arguments, the sentence and its line, and the table cells it disagrees with.
 *
 * @param rule the rule
 * @param severity the severity
 * @param key the message key
 * @param arguments the message's arguments, formatted (a row or cell pointer is turned into its label)
 * @param line the sentence's line, or null
 * @param sentence the sentence quoted, or null
 * @param pointers the cells of the tables the text disagrees with
 * @param expected what the tables say, or null
 * @param actual what the text says, or null
 */
public record Observation(Rule rule, Severity severity, String key, List<String> arguments, Integer line,
    String sentence, List<String> pointers, BigDecimal expected, BigDecimal actual) {
  public Observation {
    arguments = List.copyOf(arguments);
    pointers = List.copyOf(pointers);
  }
}
