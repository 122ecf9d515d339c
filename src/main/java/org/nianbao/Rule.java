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
 * read this definition. An application adds rules of its own as {@link LocalRule}s.
 */
public enum Rule implements RuleDefinition {
  /** The tables' edition does not fit the report year. */
  DOC_EDITION("doc.edition", Severity.WARNING),
  /** The report year is missing, or the title, the statistics period and the text disagree on it. */
  DOC_YEAR("doc.year", Severity.WARNING),
  /** The stated statistics period is not 1 January to 31 December of the report year. */
  DOC_PERIOD("doc.period", Severity.ERROR),
  /** One of the six sections is missing or out of order. */
  DOC_SECTIONS("doc.sections", Severity.WARNING, Severity.ERROR),
  /** No title line: the body and the year were taken from the text or given by the caller. */
  DOC_TITLE("doc.title", Severity.INFO),
  /** The text has the report's sections but none of its tables. */
  DOC_TABLES_MISSING("doc.tables_missing", Severity.WARNING),
  /** The text stops inside a table or a section. */
  DOC_TRUNCATED("doc.truncated", Severity.WARNING),
  /** A cell is not a valid value: text, a negative count, a fraction or an impossibly large number. */
  CELL_INVALID("cell.invalid", Severity.ERROR),
  /** A cell is blank; blank is not 0. */
  CELL_BLANK("cell.blank", Severity.WARNING),
  /** A cell printed with a unit its column does not use (元 in the 万元 column of fees). */
  CELL_UNIT("cell.unit", Severity.WARNING),
  /** Table 2: previous-year items plus this year's change are below 0. */
  T2_CHANGE("t2.change", Severity.ERROR, Edition.E2019),
  /** Table 2: documents newly published this year exceed the total published. */
  T2_PUBLISHED("t2.published", Severity.WARNING, Edition.E2019),
  /** Table 2: a body of a level that cannot make rules (规章) reports some. */
  T2_RULES_LEVEL("t2.rules_level", Severity.WARNING),
  /** Table 3: a row's total is not the sum of its applicant columns. */
  T3_ROW_TOTAL("t3.row_total", Severity.ERROR),
  /** Table 3: a column's （七）总计 is not the sum of outcomes （一） to （六）. */
  T3_OUTCOME_TOTAL("t3.outcome_total", Severity.ERROR),
  /** Table 3: in a column, item 1 plus item 2 is not item 3 plus item 4. */
  T3_BALANCE("t3.balance", Severity.ERROR),
  /** Table 4: a group's total is not upheld + corrected + other + pending. */
  T4_TOTAL("t4.total", Severity.ERROR),
  /** A total in the text whose itemised parts do not add up to it. */
  TEXT_BREAKDOWN("text.breakdown", Severity.ERROR, Severity.WARNING),
  /** The applications received in the text match neither table 3 item 1 nor items 1 + 2. */
  TEXT_APPLICATIONS("text.applications", Severity.WARNING),
  /** The text says no applications were received while table 3 item 1 is above 0, or the reverse. */
  TEXT_NO_APPLICATIONS("text.no_applications", Severity.ERROR),
  /** Counts of applications closed, carried or disclosed in the text disagree with table 3. */
  TEXT_OUTCOMES("text.outcomes", Severity.WARNING),
  /** Counts of reviews and lawsuits in the text disagree with table 4. */
  TEXT_REVIEW_LITIGATION("text.review_litigation", Severity.WARNING),
  /** Edition 2021: "other matters" says nothing on information processing fees. */
  TEXT_FEE("text.fee", Severity.INFO, Edition.E2021),
  /** The text's counts of rules and normative documents disagree with table 2. */
  TEXT_ACTIVE_DISCLOSURE("text.active_disclosure", Severity.WARNING),
  /** Across years: this year's carried-over applications are not last year's carried-forward ones. */
  PREV_CARRY_OVER("prev.carry_over", Severity.ERROR),
  /** Across years: documents in force are not last year's in force plus issued minus repealed. */
  PREV_IN_FORCE("prev.in_force", Severity.WARNING, Edition.E2021),
  /** Across years: previous-year items are not last year's previous-year items plus last year's change. */
  PREV_ITEMS("prev.items", Severity.WARNING, Edition.E2019),
  /** Across years: a key figure grew more than 5 times or fell below a fifth. */
  PREV_JUMP("prev.jump", Severity.WARNING),
  /** In a batch: a key figure far from the median of peers of the same level. */
  BATCH_OUTLIER("batch.outlier", Severity.INFO),
  /** In a batch: the text is nearly the same as another report's. */
  BATCH_DUPLICATE("batch.duplicate", Severity.WARNING),
  /** The publication date the page shows is after the deadline for the body's level. */
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

  /**
   * The stable id.
   *
   * @return the id, e.g. {@code t3.balance}
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * The severity of this rule's findings. A rule with an {@link #otherSeverity() other severity}
   * gives that one in the one case its catalog entry names ({@code nianbao rules} says when).
   *
   * @return the usual severity
   */
  @Override
  public Severity severity() {
    return severity;
  }

  /**
   * The second severity of a rule that has two, and only in the case its catalog entry names:
   * {@code doc.sections} is an error when a section holding a table is missing; {@code
   * text.breakdown} is a warning when the parts fall short of a total whose list does not claim
   * to be complete. Empty for every other rule.
   *
   * @return the second severity, or empty
   */
  public Optional<Severity> otherSeverity() {
    return Optional.ofNullable(otherSeverity);
  }

  /**
   * The severities this rule's findings may have.
   *
   * @return {@link #severity()}, and the other one if any
   */
  @Override
  public Set<Severity> severities() {
    return otherSeverity == null ? EnumSet.of(severity) : EnumSet.of(severity, otherSeverity);
  }

  /**
   * When this rule's findings have its other severity.
   *
   * @param locale the language of the text
   * @return the case, in that language; empty when the rule has one severity
   */
  public Optional<String> otherSeverityWhen(Locale locale) {
    return otherSeverity == null ? Optional.empty()
        : Optional.of(Messages.forLocale(locale).text("rule." + id + ".other_severity"));
  }

  /**
   * The editions whose reports this rule checks.
   *
   * @return the editions
   */
  @Override
  public Set<Edition> editions() {
    return EnumSet.copyOf(editions);
  }

  /**
   * Whether this rule checks reports of an edition.
   *
   * @param edition the edition of the report's tables
   * @return whether {@link #editions()} holds it
   */
  @Override
  public boolean appliesTo(Edition edition) {
    return editions.contains(edition);
  }

  /**
   * Whether this rule needs last year's report.
   *
   * @return true for the {@code prev.*} rules
   */
  public boolean needsPreviousYear() {
    return id.startsWith("prev.");
  }

  /**
   * Whether this rule compares reports of a batch with each other ({@code nianbao batch}).
   *
   * @return true for the {@code batch.*} rules
   */
  public boolean needsBatch() {
    return id.startsWith("batch.");
  }

  /**
   * A one-line description.
   *
   * @param locale the language: Chinese unless English is asked for
   * @return the description
   */
  @Override
  public String title(Locale locale) {
    return Messages.forLocale(locale).text("rule." + id + ".title");
  }

  /**
   * The regulation or notice this rule rests on, as it is cited.
   *
   * @param locale the language: Chinese unless English is asked for
   * @return the citation
   */
  @Override
  public String basis(Locale locale) {
    return Messages.forLocale(locale).text("rule." + id + ".basis");
  }

  /**
   * The wording of a message in nianbao's bundles, where the built-in rules' messages, and the
   * labels, names and phrases they use, are.
   *
   * @param key a message key, e.g. {@code t4.total}
   * @param locale the language: Chinese unless English is asked for
   * @return the pattern, or empty when the bundles have no message with that key
   */
  @Override
  public Optional<String> message(String key, Locale locale) {
    Messages messages = Messages.forLocale(locale);
    return messages.has(key) ? Optional.of(messages.text(key)) : Optional.empty();
  }

  /**
   * The rule with a stable id.
   *
   * @param id a stable id, e.g. {@code t3.balance}
   * @return the rule, or empty when no rule has that id
   */
  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * The stable id, so that a rule prints as it is written in findings and on the command line.
   *
   * @return {@link #id()}
   */
  @Override
  public String toString() {
    return id;
  }
}
