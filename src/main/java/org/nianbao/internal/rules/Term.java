package org.nianbao.internal.rules;

import org.nianbao.internal.layout.Layout.Slot;

/**
 * One cell in a sum, with its sign, in this year's report or last year's.
 *
 * @param previousYear whether the cell is in last year's report
 * @param slot the cell
 * @param sign +1 or -1
 */
record Term(boolean previousYear, Slot slot, int sign) {
  static Term plus(Slot slot) {
    return new Term(false, slot, 1);
  }

  static Term minus(Slot slot) {
    return new Term(false, slot, -1);
  }

  static Term lastYear(Slot slot) {
    return new Term(true, slot, 1);
  }
}
