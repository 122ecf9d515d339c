package org.nianbao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a report.
 *
 * @param rule the rule that found it
 * @param severity how much it matters
 * @param message what is wrong, in the validator's language, citing the regulation
 * @param cells the cells involved, in table order (empty for findings on the document as a whole)
 * @param expected what a violated sum should come to, or {@code null}
 * @param actual what it comes to, or {@code null}
 * @param fix the change of this finding's cell that would make every sum hold, when the smallest
 *     such change is unique, or {@code null}
 * @param candidates when several smallest changes tie: each of them (a list of cell changes), at
 *     most a few; otherwise empty
 * @param location where in the input the finding points, or {@code null} when the input is canonical JSON
 */
public record Finding(
    Rule rule,
    Severity severity,
    String message,
    List<CellReference> cells,
    BigDecimal expected,
    BigDecimal actual,
    Fix fix,
    List<List<Fix>> candidates,
    Location location) {

  /**
   * A finding; its lists are copied, and {@code null} candidates become an empty list.
   *
   * @param rule the rule that found it
   * @param severity how much it matters
   * @param message what is wrong
   * @param cells the cells involved
   * @param expected what a violated sum should come to, or {@code null}
   * @param actual what it comes to, or {@code null}
   * @param fix the unique smallest change, or {@code null}
   * @param candidates the tied smallest changes, or {@code null}
   * @param location where in the input the finding points, or {@code null}
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    cells = List.copyOf(cells);
    candidates = candidates == null ? List.of() : candidates.stream().map(List::copyOf).toList();
  }

  /**
   * This finding with another severity: what a validator configured to override its rule's gives.
   *
   * @param other the severity to give it
   * @return a copy with that severity
   */
  public Finding withSeverity(Severity other) {
    return new Finding(rule, Objects.requireNonNull(other, "severity"), message, cells, expected, actual, fix,
        candidates, location);
  }

  /**
   * The same finding pointing at another place.
   *
   * @param place where in the input it points
   * @return a copy with that location
   */
  public Finding at(Location place) {
    return new Finding(rule, severity, message, cells, expected, actual, fix, candidates, place);
  }

  /**
   * The change that would make every sum hold, when it is unique.
   *
   * @return {@link #fix()}, or empty when there is none
   */
  public Optional<Fix> optionalFix() {
    return Optional.ofNullable(fix);
  }

  /**
   * The pointers of the cells involved.
   *
   * @return the JSON Pointers, in table order
   */
  public List<String> pointers() {
    return cells.stream().map(CellReference::pointer).toList();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(severity).append(' ').append(rule.id());
    if (!cells.isEmpty()) {
      s.append(' ').append(pointers());
    }
    if (expected != null || actual != null) {
      s.append(" expected=").append(plain(expected)).append(" actual=").append(plain(actual));
    }
    if (fix != null) {
      s.append(" fix=").append(fix);
    }
    return s.append(": ").append(message).toString();
  }

  private static String plain(BigDecimal n) {
    return n == null ? "-" : org.nianbao.internal.Numbers.plain(n);
  }

  /**
   * A cell named in a finding.
   *
   * @param pointer its JSON Pointer in the canonical report
   * @param label its table, row and column as printed on the template
   * @param value its content
   */
  public record CellReference(String pointer, String label, Cell value) {
    /**
     * A cell reference; every part is required.
     *
     * @param pointer its JSON Pointer in the canonical report
     * @param label its table, row and column as printed on the template
     * @param value its content
     */
    public CellReference {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The change of one cell that makes the violated rules hold.
   *
   * @param pointer the cell
   * @param from its content now
   * @param to the number it should hold
   */
  public record Fix(String pointer, Cell from, BigDecimal to) {
    /**
     * A fix; every part is required.
     *
     * @param pointer the cell
     * @param from its content now
     * @param to the number it should hold
     */
    public Fix {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
      return pointer + ": " + from + " → " + org.nianbao.internal.Numbers.plain(to);
    }
  }

  /**
   * Where a finding points in the input: a line of a text, a page of a PDF, a table cell or a
   * paragraph of a document. Every part is optional.
   *
   * @param line the 1-based line
   * @param column the 1-based column on that line
   * @param page the 1-based page
   * @param table the 1-based table of a document
   * @param row the 1-based row of that table
   * @param cell the 1-based cell of that row
   * @param paragraph the 1-based paragraph of a document
   * @param text the text pointed at, quoted
   */
  public record Location(
      Integer line, Integer column, Integer page, Integer table, Integer row, Integer cell,
      Integer paragraph, String text) {

    /**
     * A line of a text, and nothing more.
     *
     * @param line the 1-based line
     * @return the location
     */
    public static Location ofLine(int line) {
      return new Location(line, null, null, null, null, null, null, null);
    }
  }
}
