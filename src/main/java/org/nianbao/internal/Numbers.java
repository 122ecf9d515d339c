package org.nianbao.internal;

import java.math.BigDecimal;
import org.nianbao.Cell;

/**
 * What a cell counts for and how a number is written: each meaning has its home here, so that the
 * rules, the narrative checks and the messages cannot come to disagree.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * A cell's value in the template's sums: the number as printed, 0 for "/" (the template counts
   * an item that does not apply as 0), and unknown ({@code null}) for a blank cell or text, which
   * are never 0.
   */
  public static BigDecimal inSums(Cell cell) {
    if (cell instanceof Cell.NotApplicable) {
      return BigDecimal.ZERO;
    }
    return cell.numberOrNull();
  }

  /**
   * A number as a table prints it: digits without an exponent, its scale kept ({@code 1.50} stays
   * {@code 1.50}, as a cell holds it). A number whose digits would pass the number length limit
   * ({@code 1E+999999999}) is written with its exponent instead of gigabytes of zeros.
   */
  public static String plain(BigDecimal n) {
    return Limits.fitsNumberLength(n) ? n.toPlainString() : n.toString();
  }

  /**
   * A number as a sentence says it: as {@link #plain} but without trailing zeros ({@code 96171.650}
   * is {@code 96171.65}, {@code 2024.0} is {@code 2024}), for figures that were computed or read
   * from words rather than printed in a cell.
   */
  public static String shortest(BigDecimal n) {
    return plain(n.stripTrailingZeros());
  }
}
