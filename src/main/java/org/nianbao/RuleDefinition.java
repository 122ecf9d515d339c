package org.nianbao;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule is in the catalog: its id, severity, the editions it checks, its title, the
 * regulation it rests on, and the wording of its messages. The built-in rules are the constants of
 * {@link Rule}; an application adds its own as {@link LocalRule}s. {@link Finding#rule()} is one of
 * these, so {@code finding.rule() == Rule.T4_TOTAL} tells a built-in rule's findings.
 */
public interface RuleDefinition {
  /**
   * The stable id: lower-case words of letters, digits and {@code _}, joined by dots, with at least
   * one dot ({@code t3.balance}, {@code js.t2.rules_township}).
   *
   * @return the id
   */
  String id();

  /**
   * The severity of this rule's findings, unless a validator is configured to give another.
   *
   * @return the usual severity
   */
  Severity severity();

  /**
   * The severities this rule's findings may have.
   *
   * @return {@link #severity()} by default
   */
  default Set<Severity> severities() {
    return EnumSet.of(severity());
  }

  /**
   * The editions whose reports this rule checks.
   *
   * @return the editions, not empty
   */
  Set<Edition> editions();

  /**
   * Whether this rule checks reports of an edition.
   *
   * @param edition the edition of the report's tables
   * @return whether {@link #editions()} holds it
   */
  default boolean appliesTo(Edition edition) {
    return editions().contains(edition);
  }

  /**
   * A one-line description.
   *
   * @param locale the language: Chinese unless English is asked for
   * @return the description
   */
  String title(Locale locale);

  /**
   * The regulation or notice this rule rests on, as every message of the rule cites it.
   *
   * @param locale the language: Chinese unless English is asked for
   * @return the citation
   */
  String basis(Locale locale);

  /**
   * The wording of one of this rule's messages, as a {@link java.text.MessageFormat} pattern whose
   * {@code {0}}, {@code {1}}, … are a finding's {@link Finding#arguments() arguments}. A finding's
   * message is this pattern filled in, followed by the {@link #basis(Locale) basis}. Keys this
   * rule does not word (the labels of cells, say) are looked up in nianbao's own bundles.
   *
   * @param key a message key, e.g. {@code t4.total}
   * @param locale the language: Chinese unless English is asked for
   * @return the pattern, or empty when this rule has no message with that key
   */
  Optional<String> message(String key, Locale locale);
}
