package org.nianbao.internal.layout;

import java.math.BigDecimal;
import java.util.Optional;
import org.nianbao.Amount;
import org.nianbao.Cell;
import org.nianbao.Change;
import org.nianbao.Count;

/**
 * What a cell holds, as its constraint annotation on the model says: a count, a signed change in
 * a count, or an amount of money. Both the Bean Validation constraints and the {@code
 * cell.invalid} rule call {@link #check}, so they cannot disagree.
 */
public enum CellKind {
  COUNT(false, false),
  CHANGE(true, false),
  AMOUNT(false, true);

  /**
   * Larger than any real count (the largest seen, 行政处罚 decisions of a province, has 8 digits):
   * a longer number is a typing or extraction error, not a count.
   */
  static final BigDecimal MAX_MAGNITUDE = new BigDecimal("999999999999");

  /** Why a cell is invalid; the name (lower case) is the message key suffix. */
  public enum Problem {
    NOT_A_NUMBER,
    NEGATIVE,
    FRACTION,
    TOO_LARGE,
    /** More digits than a number may have written plainly, e.g. 0.000…1 with a hundred zeros. */
    TOO_LONG;

    public String key() {
      return "cell.invalid." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final boolean signed;
  private final boolean decimal;

  CellKind(boolean signed, boolean decimal) {
    this.signed = signed;
    this.decimal = decimal;
  }

  public boolean signed() {
    return signed;
  }

  /** The problem with a cell's content, if any. Blank and not-applicable cells have none. */
  public Optional<Problem> check(Cell cell) {
    if (cell instanceof Cell.Unreadable u) {
      // digits past the number length limit are kept as text: a number, too long to be a count.
      // Fewer digits as text are a JSON string ("12"), not a number: saying they are too long is false
      boolean tooLong = u.text().length() > org.nianbao.internal.Limits.MAX_NUMBER_LENGTH
          && u.text().chars().allMatch(c -> c >= '0' && c <= '9');
      return Optional.of(tooLong ? Problem.TOO_LONG : Problem.NOT_A_NUMBER);
    }
    BigDecimal number = cell.numberOrNull();
    if (number == null) {
      return Optional.empty();
    }
    if (number.abs().compareTo(MAX_MAGNITUDE) > 0) {
      return Optional.of(Problem.TOO_LARGE);
    }
    if (!org.nianbao.internal.Limits.fitsNumberLength(number)) {
      return Optional.of(Problem.TOO_LONG); // its arithmetic would take gigabytes
    }
    if (!signed && number.signum() < 0) {
      return Optional.of(Problem.NEGATIVE);
    }
    if (!decimal && number.stripTrailingZeros().scale() > 0) {
      return Optional.of(Problem.FRACTION);
    }
    return Optional.empty();
  }

  /**
   * Refuses a number this kind of cell cannot hold, naming the cell. Blank, not-applicable and
   * unreadable cells pass: text is kept as given, and the validator reports it.
   *
   * @throws IllegalArgumentException e.g. "/applications/newRequests/total holds a count: 1.5 is a fraction"
   */
  public void require(String pointer, Cell cell) {
    if (cell == null) {
      throw new IllegalArgumentException(pointer + ": the cell is null (Cell.BLANK is a blank cell; "
          + "Cell.ofNullable makes a database NULL blank)");
    }
    if (!(cell instanceof Cell.Value)) {
      return;
    }
    check(cell).ifPresent(problem -> {
      throw new IllegalArgumentException(pointer + " holds " + description() + ": " + cell + " is "
          + switch (problem) {
            case NEGATIVE -> "negative";
            case FRACTION -> "a fraction";
            case TOO_LARGE -> "larger than " + MAX_MAGNITUDE.toPlainString();
            case TOO_LONG -> "longer than a number may be";
            case NOT_A_NUMBER -> "not a number";
          });
    });
  }

  private String description() {
    return switch (this) {
      case COUNT -> "a count";
      case CHANGE -> "a change in a count";
      case AMOUNT -> "an amount of money, zero or more";
    };
  }

  /** The kind a model field declares by its constraint annotation. */
  static CellKind of(java.lang.reflect.Field field) {
    if (field.isAnnotationPresent(Count.class)) {
      return COUNT;
    }
    if (field.isAnnotationPresent(Change.class)) {
      return CHANGE;
    }
    if (field.isAnnotationPresent(Amount.class)) {
      return AMOUNT;
    }
    throw new IllegalStateException(field + " is a cell without @Count, @Change or @Amount");
  }
}
