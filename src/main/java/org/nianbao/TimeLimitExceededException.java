package org.nianbao;

import java.time.Duration;

/**
 * The check of a report took longer than the time limit per report and was stopped: reading,
 * rules and localization together are bounded, so that one hostile or broken input cannot stall
 * the reports checked after it. The message is one line naming the report and the limit.
 */
public final class TimeLimitExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The report, or null. */
  private final String source;
  private final transient Duration limit;

  /**
   * @param source the report, or null while it is not known yet
   * @param limit the limit passed, or null when the work was stopped by its caller
   */
  public TimeLimitExceededException(String source, Duration limit) {
    super(message(source, limit));
    this.source = source;
    this.limit = limit;
  }

  private static String message(String source, Duration limit) {
    String problem = limit == null ? "checking was stopped"
        : "took longer than " + org.nianbao.internal.Limits.seconds(limit)
            + " (time per report) to check; refused";
    return source == null ? problem : source + ": " + problem;
  }

  /**
   * The same, naming the report.
   *
   * @param source the report
   * @return this exception when it names a report already, otherwise a copy naming this one
   */
  public TimeLimitExceededException of(String source) {
    return this.source != null ? this : new TimeLimitExceededException(source, limit);
  }

  /**
   * The report whose check was stopped.
   *
   * @return the report, or null
   */
  public String source() {
    return source;
  }

  /**
   * The time limit per report.
   *
   * @return the limit passed, or null when the check was stopped from outside
   */
  public Duration limit() {
    return limit;
  }
}
