package org.nianbao;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of a report table, as printed: a number, blank, not applicable, or text that is not a
 * number.
 *
 * <p>Blank and not applicable are different things and neither is zero: a blank cell is one the
 * clerk left empty (its value is unknown), while "/" or "—" says the item does not apply, which
 * the template's sums count as 0. Text that cannot be read as a number is kept verbatim so that
 * nothing the user wrote is lost; the validator reports it as {@code cell.invalid}.
 */
public sealed interface Cell permits Cell.Value, Cell.Blank, Cell.NotApplicable, Cell.Unreadable {

  /** The canonical not-applicable mark, as written in canonical JSON. */
  String NOT_APPLICABLE_MARK = "/";

  /** A blank cell. */
  Cell BLANK = new Blank();

  /** A not-applicable cell ("/", "—", "-", "无"). */
  Cell NOT_APPLICABLE = new NotApplicable();

  /** A number as printed; {@code scale} is kept, so {@code 1.0} and {@code 1} stay distinct. */
  record Value(BigDecimal number) implements Cell {
    /** @param number the number, not null */
    public Value {
      Objects.requireNonNull(number, "number");
    }

    /** Plain, unless that is longer than a number may be ({@code 1E+999999999}). */
    @Override
    public String toString() {
      return org.nianbao.internal.Numbers.plain(number);
    }
  }

  /** A cell left empty. Never read as 0. */
  record Blank() implements Cell {
    @Override
    public String toString() {
      return "blank";
    }
  }

  /** A cell marked as not applicable; counts as 0 in sums. */
  record NotApplicable() implements Cell {
    @Override
    public String toString() {
      return NOT_APPLICABLE_MARK;
    }
  }

  /** Text in a cell that is not a number, kept as printed. */
  record Unreadable(String text) implements Cell {
    /** @param text the text as printed, not null */
    public Unreadable {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
      return '"' + text + '"';
    }
  }

  /**
   * A cell holding a whole number.
   *
   * @param number the number
   * @return the cell
   */
  static Cell of(long number) {
    return new Value(BigDecimal.valueOf(number));
  }

  /**
   * A cell holding a number, its scale kept.
   *
   * @param number the number, not null
   * @return the cell
   */
  static Cell of(BigDecimal number) {
    return new Value(number);
  }

  /**
   * A cell holding a number written in decimal, its scale kept.
   *
   * @param decimal the number, e.g. {@code "1.50"}
   * @return the cell
   * @throws NumberFormatException when the text is not a decimal number
   */
  static Cell of(String decimal) {
    return new Value(new BigDecimal(decimal));
  }

  /**
   * A cell from a database column that may be NULL: the number, or {@link #BLANK} for {@code null}
   * (a NULL is unknown, never 0).
   *
   * @param number the count or amount, or {@code null}
   * @return a {@link Value}, or {@link #BLANK}
   */
  static Cell ofNullable(Long number) {
    return number == null ? BLANK : of(number.longValue());
  }

  /**
   * A cell from a database column that may be NULL: the number as it is (scale kept), or {@link
   * #BLANK} for {@code null} (a NULL is unknown, never 0).
   *
   * @param number the count or amount, or {@code null}
   * @return a {@link Value}, or {@link #BLANK}
   */
  static Cell ofNullable(BigDecimal number) {
    return number == null ? BLANK : of(number);
  }

  /**
   * A cell holding text that is not a number.
   *
   * @param text the text as printed
   * @return the cell
   */
  static Cell unreadable(String text) {
    return new Unreadable(text);
  }

  /**
   * The number in a cell.
   *
   * @return the number, or {@code null} when the cell holds none
   */
  default BigDecimal numberOrNull() {
    return this instanceof Value v ? v.number() : null;
  }

  /**
   * Whether the cell was left empty.
   *
   * @return true for {@link #BLANK}; not for a not-applicable cell
   */
  default boolean isBlank() {
    return this instanceof Blank;
  }
}
