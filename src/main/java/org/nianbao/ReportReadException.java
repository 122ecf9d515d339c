package org.nianbao;

/**
 * A report could not be read: the file is missing or unreadable, or its content is not a report.
 * The message is one line that names the source and, where known, the place in it (a JSON
 * Pointer, a line and column).
 */
public final class ReportReadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;

  public ReportReadException(String source, String problem) {
    super(source + ": " + problem);
    this.source = source;
  }

  public ReportReadException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
    this.source = source;
  }

  /** The file or name the report was read from. */
  public String source() {
    return source;
  }
}
