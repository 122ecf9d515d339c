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
 * ValidationResult result = validator.validate(Reports.readJson(path));
 * if (!result.isValid()) result.findings().forEach(f -> log.warn(f.message()));
 * }</pre>
 */
public final class ReportValidator {
  private final Locale locale;
  private final Engine engine;

  private ReportValidator(Builder builder) {
    // the language actually written, not the one asked for: only zh and en have bundles
    this.locale = Messages.forLocale(builder.locale).locale();
    this.engine = new Engine(locale);
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
   * @param report the report
   * @return its findings
   * @throws TimeLimitExceededException when the check takes longer than {@link
   *     Reports#TIME_PER_REPORT} (not seen with any real report)
   */
  public ValidationResult validate(Report report) {
    Objects.requireNonNull(report, "report");
    return new ValidationResult(report, engine.check(report, null));
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
    return new ValidationResult(report, engine.check(report, previousYear));
  }

  /**
   * Checks a report read from a file: findings point at the lines (or places) of the input, and
   * what the reader could not settle (e.g. digits that cannot be split into cells) is reported too.
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
      return engine.check(document.report(), previousYear, document.locations(), document.issues(),
          Deadline.after(Limits.TIME_PER_REPORT, document.reading()));
    } catch (TimeLimitExceededException e) {
      throw e.of(document.source());
    }
  }

  /** Findings on the text of a document point at their places in the document. */
  private static ValidationResult placed(ReportDocument document, java.util.List<Finding> findings) {
    return new ValidationResult(document.report(), findings.stream()
        .map(f -> f.location() == null ? f : f.at(document.place(f.location())))
        .toList());
  }

  private static void requireYearBefore(Report report, Report previousYear) {
    Objects.requireNonNull(previousYear, "previousYear");
    if (previousYear.year() != report.year() - 1) {
      throw new IllegalArgumentException("last year's report is for " + previousYear.year()
          + ", not for " + (report.year() - 1) + ", the year before " + report.year());
    }
  }

  /** Settings of a validator; every setting has a documented default. */
  public static final class Builder {
    private Locale locale = Locale.CHINESE;

    private Builder() {}

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
     */
    public ReportValidator build() {
      return new ReportValidator(this);
    }
  }
}
