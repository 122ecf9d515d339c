package org.nianbao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.nianbao.internal.Wording;

/**
 * One thing wrong with a report.
 *
 * <p>A finding is worded once, in the validator's language, as {@link #message()}; it also keeps
 * what the wording is made of, its {@link #messageKey()} and {@link #arguments()}, so that it can be
 * worded again in the other language ({@link #message(Locale)}) or by an application in its own
 * words.
 *
 * @param rule the rule that found it: a {@link Rule} or a {@link LocalRule}
 * @param severity how much it matters
 * @param messageKey the key of its message in the rule's wording, e.g. {@code t4.total} or {@code
 *     sum.blank_infeasible}
 * @param arguments the message's arguments, in the order of its placeholders; each is a {@link
 *     String}, a {@link Number} (written as {@link BigDecimal#toPlainString()}, never with digit
 *     grouping), a {@link Phrase} or a {@link PhraseList}; empty when the message has none
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
    RuleDefinition rule,
    Severity severity,
    String messageKey,
    List<Object> arguments,
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
   * @param messageKey the key of its message
   * @param arguments the message's arguments, of the types listed above
   * @param message what is wrong, worded
   * @param cells the cells involved
   * @param expected what a violated sum should come to, or {@code null}
   * @param actual what it comes to, or {@code null}
   * @param fix the unique smallest change, or {@code null}
   * @param candidates the tied smallest changes, or {@code null}
   * @param location where in the input the finding points, or {@code null}
   * @throws IllegalArgumentException when an argument is of another type
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = checkedArguments(arguments);
    Objects.requireNonNull(message, "message");
    cells = List.copyOf(cells);
    candidates = candidates == null ? List.of() : candidates.stream().map(List::copyOf).toList();
  }

  /**
   * The message worded in a language: the rule's wording of {@link #messageKey()} filled in with
   * {@link #arguments()} (phrases worded in that language too), citing the rule's basis. The cells'
   * {@link CellReference#label() labels} stay in the validator's language.
   *
   * @param locale the language: English for any English locale, Chinese otherwise
   * @return the message in that language; for the validator's language, {@link #message()}
   * @throws IllegalStateException when the rule has no wording of the key in that language
   */
  public String message(Locale locale) {
    return Wording.message(rule, messageKey, arguments, locale);
  }

  /**
   * This finding with another severity: what a validator configured to override its rule's gives.
   *
   * @param other the severity to give it
   * @return a copy with that severity
   */
  public Finding withSeverity(Severity other) {
    return new Finding(rule, Objects.requireNonNull(other, "severity"), messageKey, arguments, message, cells,
        expected, actual, fix, candidates, location);
  }

  /**
   * The same finding pointing at another place.
   *
   * @param place where in the input it points
   * @return a copy with that location
   */
  public Finding at(Location place) {
    return new Finding(rule, severity, messageKey, arguments, message, cells, expected, actual, fix, candidates,
        place);
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

  /** The arguments of a message, copied, when each is of a type the wording knows. */
  static List<Object> checkedArguments(List<Object> arguments) {
    List<Object> copy = List.copyOf(arguments);
    for (Object argument : copy) {
      if (!(argument instanceof String || argument instanceof Number || argument instanceof Phrase
          || argument instanceof PhraseList)) {
        throw new IllegalArgumentException("a message argument is a String, a Number, a Phrase or a PhraseList, not "
            + argument.getClass().getName());
      }
    }
    return copy;
  }

  /**
   * A part of a message that is worded in the message's language: a cell's label, a table's name,
   * a rule's title, a suggested fix. Its key is looked up in the finding's rule's wording, then in
   * nianbao's own bundles.
   *
   * @param key the key of its wording, e.g. {@code label.cell} or {@code table.reviewLitigation}
   * @param arguments its arguments, of the types {@link Finding#arguments()} allows; without any,
   *     the wording is taken as written, otherwise as a {@link java.text.MessageFormat} pattern
   */
  public record Phrase(String key, List<Object> arguments) {
    /**
     * A phrase; its arguments are copied.
     *
     * @param key the key of its wording
     * @param arguments its arguments
     * @throws IllegalArgumentException when an argument is of another type
     */
    public Phrase {
      Objects.requireNonNull(key, "key");
      arguments = checkedArguments(arguments);
    }

    /**
     * A phrase.
     *
     * @param key the key of its wording
     * @param arguments its arguments, of the types {@link Finding#arguments()} allows
     * @return the phrase
     */
    public static Phrase of(String key, Object... arguments) {
      return new Phrase(key, List.of(arguments));
    }
  }

  /**
   * A list in a message, worded item by item and joined by a separator worded in the message's
   * language ({@code 、} or {@code ", "}).
   *
   * @param separatorKey the key of the separator's wording, e.g. {@code list.and}
   * @param items the items, of the types {@link Finding#arguments()} allows
   */
  public record PhraseList(String separatorKey, List<Object> items) {
    /**
     * A list; its items are copied.
     *
     * @param separatorKey the key of the separator's wording
     * @param items the items
     * @throws IllegalArgumentException when an item is of another type
     */
    public PhraseList {
      Objects.requireNonNull(separatorKey, "separatorKey");
      items = checkedArguments(items);
    }
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
   * paragraph of a document. Each part is {@code null} when the input does not give it (a text has
   * no pages, a document no lines).
   *
   * @param line the 1-based line, or {@code null}
   * @param column the 1-based column on that line, or {@code null}
   * @param page the 1-based page, or {@code null}
   * @param table the 1-based table of a document, or {@code null}
   * @param row the 1-based row of that table, or {@code null}
   * @param cell the 1-based cell of that row, or {@code null}
   * @param paragraph the 1-based paragraph of a document, or {@code null}
   * @param text the text pointed at, quoted, or {@code null}: at most 300 characters, a longer one
   *     by its start, "…" and its length ({@code …（30000000）}), so that a report run together on one
   *     line does not repeat itself in every finding
   */
  public record Location(
      Integer line, Integer column, Integer page, Integer table, Integer row, Integer cell,
      Integer paragraph, String text) {

    /**
     * A location; a long text is quoted by its start and length.
     *
     * @param line the 1-based line, or {@code null}
     * @param column the 1-based column on that line, or {@code null}
     * @param page the 1-based page, or {@code null}
     * @param table the 1-based table of a document, or {@code null}
     * @param row the 1-based row of that table, or {@code null}
     * @param cell the 1-based cell of that row, or {@code null}
     * @param paragraph the 1-based paragraph of a document, or {@code null}
     * @param text the text pointed at, or {@code null}
     */
    public Location {
      text = org.nianbao.internal.Limits.quoted(text, org.nianbao.internal.Limits.MAX_QUOTED_CHARS);
    }

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
