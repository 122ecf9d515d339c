package org.nianbao.internal.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.layout.Layout.Slot;

/**
 * The figures that say how busy a body was, compared across years ({@code prev.jump}) and with
 * peers ({@code batch.outlier}). Each is a cell, or the sum of cells, that both editions have.
 */
public enum KeyFigure {
  NEW_REQUESTS("newRequests", "/applications/newRequests/total"),
  REVIEWS("reviews", "/reviewLitigation/review/total"),
  LAWSUITS("lawsuits", "/reviewLitigation/directLitigation/total", "/reviewLitigation/litigationAfterReview/total"),
  PENALTIES("penalties", "/activeDisclosure/enforcement/penalty/decisions"),
  LICENCES("licences", "/activeDisclosure/licensing/administrativeLicensing/decisions");

  /** Five times up, or down to a fifth, is a jump (SPEC, prev.jump). */
  static final BigDecimal JUMP = BigDecimal.valueOf(5);
  /** Small figures jump by chance: last year's must have been at least this. */
  static final BigDecimal FLOOR = BigDecimal.valueOf(20);

  private final String id;
  private final List<String> pointers;

  KeyFigure(String id, String... pointers) {
    this.id = id;
    this.pointers = List.of(pointers);
  }

  public String id() {
    return id;
  }

  public List<String> pointers() {
    return pointers;
  }

  /** The figure in a report, or null when a cell of it is blank or unreadable. */
  public BigDecimal value(Layout layout, Function<Slot, BigDecimal> cell) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String pointer : pointers) {
      BigDecimal v = cell.apply(layout.slot(pointer));
      if (v == null) {
        return null;
      }
      sum = sum.add(v);
    }
    return sum;
  }
}
