package org.nianbao.internal.text;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.Cell;
import org.nianbao.internal.Limits;

/** The content of one table cell as printed: a number, blank, not applicable, or other text. */
final class CellText {
  private CellText() {}

  /** The marks of SPEC, "Cell values", and the dashes copies turn them into. */
  private static final Set<String> NOT_APPLICABLE = Set.of("/", "—", "-", "无", "——", "–", "－", "―", "−", "\\");

  /** Digits with optional thousands separators and decimals, and a sign (only 本年增/减 may be negative). */
  private static final Pattern NUMBER = Pattern.compile("[-−+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

  static Cell parse(String raw) {
    String plain = raw.strip();
    if (isDigits(plain)) {
      return Cell.of(new BigDecimal(plain)); // the common case, without the regular expression
    }
    String text = Normalize.fold(raw).strip();
    if (text.isEmpty()) {
      return Cell.BLANK;
    }
    if (NOT_APPLICABLE.contains(text) || NOT_APPLICABLE.contains(raw.strip())) {
      return Cell.NOT_APPLICABLE;
    }
    String number = text.replace('，', ',').replace(" ", "");
    // bounded before any conversion: a million digits take minutes to convert and cannot be a count
    if (number.length() <= 2 * Limits.MAX_NUMBER_LENGTH && NUMBER.matcher(number).matches()) {
      BigDecimal value = new BigDecimal(number.replace(",", "").replace('−', '-').replace("+", ""));
      if (Limits.fitsNumberLength(value)) {
        return Cell.of(value); // what extract writes, check reads back
      }
    }
    return Cell.unreadable(raw.strip());
  }

  /** Whether a piece of a row is a value (a number or a not-applicable mark), not part of a label. */
  static boolean isValue(String raw) {
    String plain = raw.strip();
    if (plain.isEmpty()) {
      return false;
    }
    char first = plain.charAt(0);
    if (Normalize.isCjk(first) && !plain.equals("无")) {
      return false; // a label: values start with a digit, a sign or a mark
    }
    return isDigits(plain) || !(parse(raw) instanceof Cell.Unreadable);
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
