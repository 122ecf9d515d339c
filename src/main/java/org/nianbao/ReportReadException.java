package org.nianbao;

/**
 * A report could not be read: the file is missing or unreadable, or its content is not a report.
 * The message is one line that names the source and, where known, the place in it (a JSON
 * Pointer, a line and column).
 */
public final class ReportReadException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The file or name the report was read from. */
  private final String source;
  /** What is wrong, in one line. */
  private final String problem;

  /**
   * A report that could not be read.
   *
   * @param source the file or name the report was read from
   * @param problem what is wrong; control characters are escaped so that it stays one line
   */
  public ReportReadException(String source, String problem) {
    super(oneLine(source) + ": " + oneLine(problem));
    this.source = source;
    this.problem = oneLine(problem);
  }

  /**
   * A report that could not be read, because of an underlying error.
   *
   * @param source the file or name the report was read from
   * @param problem what is wrong; control characters are escaped so that it stays one line
   * @param cause the error that stopped the reading
   */
  public ReportReadException(String source, String problem, Throwable cause) {
    super(oneLine(source) + ": " + oneLine(problem), cause);
    this.source = source;
    this.problem = oneLine(problem);
  }

  /** A message is one line, whatever the input it quotes holds: control characters are escaped. */
  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * What is wrong, without the source: for lists that name the source already.
   *
   * @return the problem, in one line
   */
  public String problem() {
    return problem;
  }

  /**
   * The file or name the report was read from.
   *
   * @return the source
   */
  public String source() {
    return source;
  }
}
