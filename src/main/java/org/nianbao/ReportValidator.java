package org.nianbao;

import java.util.Locale;
import org.nianbao.internal.Messages;
import java.util.Objects;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Limits;
import org.nianbao.internal.rules.Engine;

/**
 * Checks reports against the rule catalog. Build one and reuse it: it is immutable and
 * thread-safe, keeps no state between calls and writes nothing to the console.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.create();          // messages in Chinese
 * ValidationResult result = validator.validate(Reports.load(path)); // findings point into the file
 * if (!result.isValid()) result.findings().forEach(f -> log.warn(f.message()));
 * }</pre>
 */
public final class ReportValidator {
  private final Locale locale;
  private final java.util.List<LocalRule> localRules;
  private final java.util.Set<RuleDefinition> disabled;
  private final java.util.Map<RuleDefinition, Severity> severities;
  private final Engine engine;

  private ReportValidator(Builder builder) {
    // the language actually written, not the one asked for: only zh and en have bundles
    this.locale = Messages.forLocale(builder.locale).locale();
    this.localRules = java.util.List.copyOf(builder.added.values());
    java.util.Map<String, RuleDefinition> byId = new java.util.HashMap<>(builder.added);
    for (Rule rule : Rule.values()) {
      byId.put(rule.id(), rule);
    }
    java.util.Set<RuleDefinition> off = new java.util.LinkedHashSet<>();
    builder.disabled.forEach(id -> off.add(defined(byId, id)));
    java.util.Map<RuleDefinition, Severity> overrides = new java.util.LinkedHashMap<>();
    builder.severities.forEach((id, severity) -> overrides.put(defined(byId, id), severity));
    this.disabled = java.util.Collections.unmodifiableSet(off);
    this.severities = java.util.Collections.unmodifiableMap(overrides);
    this.engine = new Engine(locale, localRules);
  }

  private static RuleDefinition defined(java.util.Map<String, RuleDefinition> byId, String id) {
    RuleDefinition rule = byId.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("no rule has the id " + id + ": it is neither in the catalog"
          + " (nianbao rules lists the ids) nor added to this builder");
    }
    return rule;
  }

  /**
   * A validator with the defaults.
   *
   * @return a validator writing its messages in Chinese
   */
  public static ReportValidator create() {
    return builder().build();
  }

  /**
   * Settings for a validator other than the defaults.
   *
   * @return a builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The language the findings' messages and labels are written in: {@link Locale#ENGLISH} or
   * {@link Locale#CHINESE}, whichever the locale given to the builder chose (a French locale gives
   * Chinese, and this says so).
   *
   * @return {@link Locale#ENGLISH} or {@link Locale#CHINESE}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Checks a report on its own: every rule except the cross-year {@code prev.*} rules.
   *
   * <p>This is for a report built in code or bound from JSON. A report read from a file is
   * checked as its {@link ReportDocument}, with {@link #validate(ReportDocument)}: the {@code
   * Report} alone ({@link ReportDocument#report()}) no longer says where its cells were read nor
   * what reading noticed: a row whose values could not be placed in its cells (six values for
   * seven cells, digits run together), a table missing from the text, a text that stops early, a
   * cell printed in another unit, a missing title. Checked alone, such cells are reported as the
   * report holds them (cells reading left blank as {@code cell.blank}, not as the row that was
   * read, nor as {@code doc.truncated} or {@code doc.tables_missing}). And findings on the tables
   * have no location; those on the narrative keep the line numbers the narrative holds, lines of
   * the text read, which in a Word document, web page or PDF are not mapped to its paragraphs or
   * pages. For a report with nothing of the kind, the findings are those of the document, on the
   * same cells with the same rules, severities and messages.
   *
   * @param report the report
   * @return its findings
   * @throws TimeLimitExceededException when the check takes longer than {@link
   *     Reports#TIME_PER_REPORT} (not seen with any real report)
   */
  public ValidationResult validate(Report report) {
    Objects.requireNonNull(report, "report");
    return new ValidationResult(report, configured(engine.check(report, null)));
  }

  /**
   * Checks a report together with the same body's report of the year before, which enables the
   * {@code prev.*} rules.
   *
   * @param report the report
   * @param previousYear the same body's report of {@code report.year() - 1}
   * @return the findings on {@code report}
   * @throws IllegalArgumentException when {@code previousYear} is not of the year before
   */
  public ValidationResult validate(Report report, Report previousYear) {
    Objects.requireNonNull(report, "report");
    requireYearBefore(report, previousYear);
    return new ValidationResult(report, configured(engine.check(report, previousYear)));
  }

  /**
   * Checks a report read from a file: findings point at the lines (or places) of the input, and
   * what the reader could not settle (e.g. digits that cannot be split into cells) is reported as
   * such, in the finding on the cells it left blank. This is the check for anything read by
   * {@link Reports#load(java.nio.file.Path)} and its siblings.
   *
   * @param document the report as read
   * @return its findings, located in the input
   * @throws TimeLimitExceededException naming the document, when reading and the check together
   *     take longer than {@link Reports#TIME_PER_REPORT}
   */
  public ValidationResult validate(ReportDocument document) {
    Objects.requireNonNull(document, "document");
    return placed(document, checked(document, null));
  }

  /**
   * Checks a report read from a file together with the same body's report of the year before.
   *
   * @param document the report as read
   * @param previousYear the same body's report of the year before
   * @return the findings on the document's report, located in the input
   * @throws IllegalArgumentException when {@code previousYear} is not of the year before
   */
  public ValidationResult validate(ReportDocument document, Report previousYear) {
    Objects.requireNonNull(document, "document");
    requireYearBefore(document.report(), previousYear);
    return placed(document, checked(document, previousYear));
  }

  /** The rest of the time per report, after reading, is the check's. */
  private java.util.List<Finding> checked(ReportDocument document, Report previousYear) {
    try {
      return configured(engine.check(document.report(), previousYear, document.locations(), document.issues(),
          Deadline.after(Limits.TIME_PER_REPORT, document.reading())));
    } catch (TimeLimitExceededException e) {
      throw e.of(document.source());
    }
  }

  /** The findings as this validator is configured: disabled rules left out, severities overridden. */
  java.util.List<Finding> configured(java.util.List<Finding> findings) {
    if (disabled.isEmpty() && severities.isEmpty()) {
      return findings;
    }
    return findings.stream().filter(f -> !disabled.contains(f.rule()))
        .map(f -> severities.containsKey(f.rule()) ? f.withSeverity(severities.get(f.rule())) : f)
        .toList();
  }

  /**
   * The rules this validator leaves out.
   *
   * @return the rules disabled on the builder, built-in or added; empty by default
   */
  public java.util.Set<RuleDefinition> disabledRules() {
    return disabled;
  }

  /**
   * The severities this validator gives instead of the catalog's, by rule.
   *
   * @return the overrides set on the builder, for built-in or added rules; empty by default
   */
  public java.util.Map<RuleDefinition, Severity> severityOverrides() {
    return severities;
  }

  /**
   * The rules added to the catalog on the builder, which this validator checks beside the
   * built-in ones (unless disabled).
   *
   * @return the added rules, in the order they were added; empty by default
   */
  public java.util.List<LocalRule> localRules() {
    return localRules;
  }

  /** Findings on the text of a document point at their places in the document. */
  private static ValidationResult placed(ReportDocument document, java.util.List<Finding> findings) {
    return new ValidationResult(document.report(), findings.stream()
        .map(f -> f.location() == null ? f : f.at(document.place(f.location())))
        .toList());
  }

  static void requireYearBefore(Report report, Report previousYear) {
    Objects.requireNonNull(previousYear, "previousYear");
    if (previousYear.year() != report.year() - 1) {
      throw new IllegalArgumentException("last year's report is for " + previousYear.year()
          + ", not for " + (report.year() - 1) + ", the year before " + report.year());
    }
  }

  /** Settings of a validator; every setting has a documented default. */
  public static final class Builder {
    /** A rule id: lower-case words joined by dots, as {@code schema/findings.schema.json} takes it. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(\\.[a-z0-9_]+)+");

    private Locale locale = Locale.CHINESE;
    private final java.util.Map<String, LocalRule> added = new java.util.LinkedHashMap<>();
    private final java.util.Set<String> disabled = new java.util.LinkedHashSet<>();
    private final java.util.Map<String, Severity> severities = new java.util.LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a rule of the application's own to the catalog: the validator checks it beside the
     * built-in rules, and its findings are like theirs (see {@link LocalRule}).
     *
     * @param rule the rule; its id must be a valid rule id ({@code js.t2.new_media}: lower-case
     *     letters, digits and {@code _}, with at least one dot), neither a built-in rule's id nor
     *     the id of a rule added before
     * @return this builder
     * @throws IllegalArgumentException naming the id, when it is malformed or taken, or when the
     *     rule has no editions or its severity is not among its severities
     */
    public Builder add(LocalRule rule) {
      Objects.requireNonNull(rule, "rule");
      String id = rule.id();
      if (id == null || !ID.matcher(id).matches()) {
        throw new IllegalArgumentException("local rule id " + id + " is not a rule id: lower-case letters,"
            + " digits and _ in words joined by dots, e.g. js.t2.new_media");
      }
      if (Rule.byId(id).isPresent()) {
        throw new IllegalArgumentException("local rule id " + id + " is the id of a built-in rule");
      }
      if (added.containsKey(id)) {
        throw new IllegalArgumentException("local rule id " + id + " is the id of a rule added before");
      }
      if (rule.editions() == null || rule.editions().isEmpty()) {
        throw new IllegalArgumentException("local rule " + id + " applies to no edition");
      }
      if (rule.severity() == null || !rule.severities().contains(rule.severity())) {
        throw new IllegalArgumentException("local rule " + id + " has no severity among its severities");
      }
      added.put(id, rule);
      return this;
    }

    /**
     * Adds every rule of a pack, in its order, as {@link #add(LocalRule)} adds one.
     *
     * @param pack the pack
     * @return this builder
     * @throws IllegalArgumentException naming the id, when a rule's id is taken by a built-in rule
     *     or by a rule added before (another pack's, say)
     */
    public Builder rules(RulePack pack) {
      Objects.requireNonNull(pack, "pack").rules().forEach(this::add);
      return this;
    }

    /**
     * Leaves a rule out: its findings are not reported (a reviewing body that does not ask for
     * it, say {@code text.fee}). By default every rule of the catalog runs.
     *
     * @param rule the rule to leave out
     * @return this builder
     */
    public Builder disable(Rule rule) {
      return disable(Objects.requireNonNull(rule, "rule").id());
    }

    /**
     * Leaves a rule out, built in or {@link #add(LocalRule) added}.
     *
     * @param rule the rule to leave out
     * @return this builder
     */
    public Builder disable(RuleDefinition rule) {
      return disable(Objects.requireNonNull(rule, "rule").id());
    }

    /**
     * Leaves a rule out by its id, as {@code nianbao check --disable} does. The id must name a
     * built-in rule or one added on this builder, before or after this call.
     *
     * @param id the rule's id, e.g. {@code text.fee}
     * @return this builder
     */
    public Builder disable(String id) {
      disabled.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /**
     * Gives every finding of a rule this severity instead of the catalog's (both of a rule's
     * severities, where it has two): a body that treats {@code text.breakdown} as a warning
     * only, say. {@link ValidationResult#isValid()} then follows the new severity.
     *
     * @param rule the rule
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(Rule rule, Severity severity) {
      return severity(Objects.requireNonNull(rule, "rule").id(), severity);
    }

    /**
     * Gives every finding of a rule, built in or {@link #add(LocalRule) added}, this severity
     * instead of its own.
     *
     * @param rule the rule
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(RuleDefinition rule, Severity severity) {
      return severity(Objects.requireNonNull(rule, "rule").id(), severity);
    }

    /**
     * Gives every finding of a rule, named by its id, this severity instead of its own, as {@code
     * nianbao check --severity} does. The id must name a built-in rule or one added on this
     * builder, before or after this call.
     *
     * @param id the rule's id, e.g. {@code text.breakdown}
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(String id, Severity severity) {
      severities.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * The language of messages and labels: English for any English locale, Chinese (the default)
     * otherwise.
     *
     * @param locale the language asked for, not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * A validator with these settings.
     *
     * @return the validator
     * @throws IllegalArgumentException when a rule disabled or given a severity by id is neither
     *     built in nor added
     */
    public ReportValidator build() {
      return new ReportValidator(this);
    }
  }
}
