package org.nianbao.internal.text;

import java.util.List;
import org.nianbao.Finding;
import org.nianbao.Rule;
import org.nianbao.Severity;

/**
 * A problem met while reading that the reader reports as a finding, e.g. digits that cannot be
 * split into cells unambiguously. The cells it names are not reported again by the engine.
 *
 * @param rule the rule the finding belongs to
 * @param severity its severity
 * @param pointers the cells concerned
 * @param messageKey the message, in the bundles
 * @param arguments the message's arguments, formatted
 * @param location where in the text
 */
public record ReadIssue(Rule rule, Severity severity, List<String> pointers, String messageKey,
    List<String> arguments, Finding.Location location) {
  public ReadIssue {
    pointers = List.copyOf(pointers);
    arguments = List.copyOf(arguments);
  }
}
