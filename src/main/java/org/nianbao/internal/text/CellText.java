package org.nianbao.internal.text;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.Cell;

/** The content of one table cell as printed: a number, blank, not applicable, or other text. */
final class CellText {
  private CellText() {}

  /** The marks of SPEC, "Cell values", and the dashes copies turn them into. */
  private static final Set<String> NOT_APPLICABLE = Set.of("/", "—", "-", "无", "——", "–", "－", "―", "−", "\\");

  /** Digits with optional thousands separators and decimals, and a sign (only 本年增/减 may be negative). */
  private static final Pattern NUMBER = Pattern.compile("[-−+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

  static Cell parse(String raw) {
    String text = Normalize.fold(raw).strip();
    if (text.isEmpty()) {
      return Cell.BLANK;
    }
    if (NOT_APPLICABLE.contains(text) || NOT_APPLICABLE.contains(raw.strip())) {
      return Cell.NOT_APPLICABLE;
    }
    String number = text.replace('，', ',').replace(" ", "");
    if (NUMBER.matcher(number).matches()) {
      return Cell.of(new BigDecimal(number.replace(",", "").replace('−', '-').replace("+", "")));
    }
    return Cell.unreadable(raw.strip());
  }

  /** Whether a piece of a row is a value (a number or a not-applicable mark), not part of a label. */
  static boolean isValue(String raw) {
    String text = Normalize.fold(raw).strip();
    return !text.isEmpty() && !(parse(raw) instanceof Cell.Unreadable);
  }
}
