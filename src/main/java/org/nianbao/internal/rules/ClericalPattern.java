package org.nianbao.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.Cell;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.layout.Layout.Slot;

/**
 * The clerical slips a fix looks like: two digits swapped (1362 for 1326), a digit dropped or
 * doubled (136 or 13662 for 1362), a number typed into the neighbouring column. The name is the
 * message key's suffix.
 */
final class ClericalPattern {
  private ClericalPattern() {}

  static Optional<String> of(Map<Slot, BigDecimal> change, Cell[] cells) {
    List<Map.Entry<Slot, BigDecimal>> entries = new ArrayList<>(change.entrySet());
    if (entries.size() == 1) {
      BigDecimal from = cells[entries.get(0).getKey().index()].numberOrNull();
      return from == null ? Optional.empty() : digits(Numbers.plain(from), Numbers.plain(entries.get(0).getValue()));
    }
    if (entries.size() == 2) {
      Slot a = entries.get(0).getKey();
      Slot b = entries.get(1).getKey();
      BigDecimal fromA = cells[a.index()].numberOrNull();
      BigDecimal fromB = cells[b.index()].numberOrNull();
      boolean neighbours = a.row().equals(b.row()) && Math.abs(a.index() - b.index()) == 1;
      // the two cells still add up to what they should: a swap of their numbers, or part of one typed
      // one column over
      if (neighbours && fromA != null && fromB != null
          && fromA.add(fromB).compareTo(entries.get(0).getValue().add(entries.get(1).getValue())) == 0) {
        return Optional.of("neighbour");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> digits(String from, String to) {
    if (from.length() == to.length() && from.length() >= 2) {
      for (int i = 0; i + 1 < from.length(); i++) {
        String swapped = from.substring(0, i) + from.charAt(i + 1) + from.charAt(i) + from.substring(i + 2);
        if (swapped.equals(to)) {
          return Optional.of("swapped");
        }
      }
    }
    if (to.length() == from.length() + 1 && dropsOne(to, from)) {
      return Optional.of("dropped");
    }
    if (from.length() == to.length() + 1 && dropsOne(from, to)) {
      return Optional.of("extra");
    }
    return Optional.empty();
  }

  /** Whether deleting one digit of {@code longer} gives {@code shorter}. */
  private static boolean dropsOne(String longer, String shorter) {
    for (int i = 0; i < longer.length(); i++) {
      if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
        return true;
      }
    }
    return false;
  }
}
