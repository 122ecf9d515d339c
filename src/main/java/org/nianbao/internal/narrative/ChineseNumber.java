package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers as the text writes them: Arabic digits (full-width too, with thousands separators),
 * with 万 or 亿 ({@code 1.2万}), or in Chinese numerals ({@code 一百零八}, {@code 两千三百}).
 */
final class ChineseNumber {
  private ChineseNumber() {}

  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");

  /** The value of a number token, or null when it is not one. */
  static BigDecimal parse(String token) {
    String t = token.strip();
    BigDecimal scale = BigDecimal.ONE;
    if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
      if (t.endsWith("万")) {
        scale = BigDecimal.valueOf(10_000);
        t = t.substring(0, t.length() - 1);
      } else if (t.endsWith("亿")) {
        scale = BigDecimal.valueOf(100_000_000);
        t = t.substring(0, t.length() - 1);
      }
    }
    StringBuilder ascii = new StringBuilder();
    for (char c : t.toCharArray()) {
      if (c >= '０' && c <= '９') {
        ascii.append((char) (c - '０' + '0'));
      } else if (c == '．') {
        ascii.append('.');
      } else if (c != ',' && c != '，') {
        ascii.append(c);
      }
    }
    String digits = ascii.toString();
    if (DECIMAL.matcher(digits).matches()) {
      return new BigDecimal(digits).multiply(scale).stripTrailingZeros();
    }
    BigInteger value = chinese(digits);
    return value == null ? null : new BigDecimal(value);
  }

  private static final BigInteger TEN = BigInteger.TEN;
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final BigInteger THOUSAND = BigInteger.valueOf(1000);
  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
  private static final BigInteger HUNDRED_MILLION = BigInteger.valueOf(100_000_000);

  /**
   * 一百零八 → 108, 两千三百 → 2300, 十二 → 12, 二〇二〇 → 2020 (digit by digit). Exact at any length:
   * a numeral longer than a long (一八四四六七四四零七三七零九五五一六一七) must not wrap to a small number.
   */
  private static BigInteger chinese(String s) {
    if (s.isEmpty()) {
      return null;
    }
    if (s.chars().allMatch(c -> digit((char) c) >= 0)) {
      StringBuilder digits = new StringBuilder(s.length());
      for (char c : s.toCharArray()) {
        digits.append((char) ('0' + digit(c)));
      }
      return new BigInteger(digits.toString());
    }
    BigInteger total = BigInteger.ZERO;
    BigInteger section = BigInteger.ZERO;
    BigInteger number = BigInteger.ZERO;
    char previous = 0;
    // within a 万-section the multipliers fall (千 then 百 then 十): 二十三十 or 十百 is no numeral
    int lastMultiplier = Integer.MAX_VALUE;
    for (char c : s.toCharArray()) {
      int d = digit(c);
      if (d >= 0) {
        // two digits in a row only after 零 (一百零八): 十二三 is no numeral
        if (digit(previous) > 0) {
          return null;
        }
        number = BigInteger.valueOf(d);
        previous = c;
        continue;
      }
      int multiplier = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (multiplier > 0) {
        if (multiplier >= lastMultiplier) {
          return null;
        }
        lastMultiplier = multiplier;
      } else {
        lastMultiplier = Integer.MAX_VALUE;
      }
      // 十 alone is ten (十二), but 百, 千, 万 with nothing before them (上千条, 万余条) say no number
      if (c != '十' && digit(previous) < 0 && (c == '百' || c == '千' || section.signum() == 0)) {
        return null;
      }
      previous = c;
      switch (c) {
        case '十' -> {
          section = section.add((number.signum() == 0 ? BigInteger.ONE : number).multiply(TEN));
          number = BigInteger.ZERO;
        }
        case '百' -> {
          section = section.add(number.multiply(HUNDRED));
          number = BigInteger.ZERO;
        }
        case '千' -> {
          section = section.add(number.multiply(THOUSAND));
          number = BigInteger.ZERO;
        }
        case '万' -> {
          total = total.add(section.add(number).multiply(TEN_THOUSAND));
          section = BigInteger.ZERO;
          number = BigInteger.ZERO;
        }
        case '亿' -> {
          total = total.add(section.add(number).multiply(HUNDRED_MILLION));
          section = BigInteger.ZERO;
          number = BigInteger.ZERO;
        }
        default -> {
          return null;
        }
      }
    }
    return total.add(section).add(number);
  }

  private static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }
}
