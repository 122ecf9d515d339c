package org.nianbao;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nianbao.internal.Messages;

/**
 * The rule catalog. Each rule is defined once, here: its stable id, its default severity and the
 * editions it applies to. Its title, its messages and the regulation it rests on are in the
 * message bundles under the same id; the evaluation, the fix search and {@code nianbao rules} all
 * read this definition.
 */
public enum Rule {
  DOC_EDITION("doc.edition", Severity.WARNING),
  DOC_YEAR("doc.year", Severity.WARNING),
  DOC_PERIOD("doc.period", Severity.ERROR),
  DOC_SECTIONS("doc.sections", Severity.WARNING, Severity.ERROR),
  DOC_TITLE("doc.title", Severity.INFO),
  DOC_TABLES_MISSING("doc.tables_missing", Severity.WARNING),
  DOC_TRUNCATED("doc.truncated", Severity.WARNING),
  CELL_INVALID("cell.invalid", Severity.ERROR),
  CELL_BLANK("cell.blank", Severity.WARNING),
  CELL_UNIT("cell.unit", Severity.WARNING),
  T2_CHANGE("t2.change", Severity.ERROR, Edition.E2019),
  T2_PUBLISHED("t2.published", Severity.WARNING, Edition.E2019),
  T2_RULES_LEVEL("t2.rules_level", Severity.WARNING),
  T3_ROW_TOTAL("t3.row_total", Severity.ERROR),
  T3_OUTCOME_TOTAL("t3.outcome_total", Severity.ERROR),
  T3_BALANCE("t3.balance", Severity.ERROR),
  T4_TOTAL("t4.total", Severity.ERROR),
  TEXT_BREAKDOWN("text.breakdown", Severity.ERROR, Severity.WARNING),
  TEXT_APPLICATIONS("text.applications", Severity.WARNING),
  TEXT_NO_APPLICATIONS("text.no_applications", Severity.ERROR),
  TEXT_OUTCOMES("text.outcomes", Severity.WARNING),
  TEXT_REVIEW_LITIGATION("text.review_litigation", Severity.WARNING),
  TEXT_FEE("text.fee", Severity.INFO, Edition.E2021),
  TEXT_ACTIVE_DISCLOSURE("text.active_disclosure", Severity.WARNING),
  PREV_CARRY_OVER("prev.carry_over", Severity.ERROR),
  PREV_IN_FORCE("prev.in_force", Severity.WARNING, Edition.E2021),
  PREV_ITEMS("prev.items", Severity.WARNING, Edition.E2019),
  PREV_JUMP("prev.jump", Severity.WARNING),
  BATCH_OUTLIER("batch.outlier", Severity.INFO),
  BATCH_DUPLICATE("batch.duplicate", Severity.WARNING),
  DOC_PUBLISHED_LATE("doc.published_late", Severity.WARNING);

  private final String id;
  private final Severity severity;
  private final Severity otherSeverity;
  private final Set<Edition> editions;

  Rule(String id, Severity severity, Edition... editions) {
    this(id, severity, null, editions);
  }

  Rule(String id, Severity severity, Severity otherSeverity, Edition... editions) {
    this.id = id;
    this.severity = severity;
    this.otherSeverity = otherSeverity;
    this.editions = editions.length == 0 ? EnumSet.allOf(Edition.class) : EnumSet.of(editions[0], editions);
  }

  /** The stable id, e.g. {@code t3.balance}. */
  public String id() {
    return id;
  }

  /**
   * The severity of this rule's findings. A rule with an {@link #otherSeverity() other severity}
   * gives that one in the one case its catalog entry names ({@code nianbao rules} says when).
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The second severity of a rule that has two, and only in the case its catalog entry names:
   * {@code doc.sections} is an error when a section holding a table is missing; {@code
   * text.breakdown} is a warning when the parts fall short of a total whose list does not claim
   * to be complete. Empty for every other rule.
   */
  public Optional<Severity> otherSeverity() {
    return Optional.ofNullable(otherSeverity);
  }

  /** The severities this rule's findings may have: {@link #severity()}, and the other one if any. */
  public Set<Severity> severities() {
    return otherSeverity == null ? EnumSet.of(severity) : EnumSet.of(severity, otherSeverity);
  }

  /** When this rule's findings have its other severity, in the given language; empty when it has one. */
  public Optional<String> otherSeverityWhen(Locale locale) {
    return otherSeverity == null ? Optional.empty()
        : Optional.of(Messages.forLocale(locale).text("rule." + id + ".other_severity"));
  }

  /** The editions whose reports this rule checks. */
  public Set<Edition> editions() {
    return EnumSet.copyOf(editions);
  }

  public boolean appliesTo(Edition edition) {
    return editions.contains(edition);
  }

  /** Whether this rule needs last year's report. */
  public boolean needsPreviousYear() {
    return id.startsWith("prev.");
  }

  /** Whether this rule compares reports of a batch with each other ({@code nianbao batch}). */
  public boolean needsBatch() {
    return id.startsWith("batch.");
  }

  /** A one-line description in the given language (Chinese unless English is asked for). */
  public String title(Locale locale) {
    return Messages.forLocale(locale).text("rule." + id + ".title");
  }

  /** The regulation or notice this rule rests on, as it is cited. */
  public String basis(Locale locale) {
    return Messages.forLocale(locale).text("rule." + id + ".basis");
  }

  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
