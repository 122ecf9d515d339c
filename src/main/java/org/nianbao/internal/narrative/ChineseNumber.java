package org.nianbao.internal.narrative;

import java.math.BigDecimal;

/**
 * Numbers as the text writes them: Arabic digits (full-width too, with thousands separators),
 * with 万 or 亿 ({@code 1.2万}), or in Chinese numerals ({@code 一百零八}, {@code 两千三百}).
 */
final class ChineseNumber {
  private ChineseNumber() {}

  static final String ARABIC = "[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?";
  static final String CHINESE = "[零〇一二两三四五六七八九十百千万亿]+";
  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");

  /** The value of a number token, or null when it is not one. */
  static BigDecimal parse(String token) {
    String t = token.strip();
    if (t.isEmpty()) {
      return null;
    }
    BigDecimal scale = BigDecimal.ONE;
    if (t.length() > 1 && Character.isDigit(t.charAt(0))) {
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
    Long value = chinese(digits);
    return value == null ? null : BigDecimal.valueOf(value);
  }

  /** 一百零八 → 108, 两千三百 → 2300, 十二 → 12, 二〇二〇 → 2020 (digit by digit). */
  private static Long chinese(String s) {
    if (s.isEmpty()) {
      return null;
    }
    if (s.chars().allMatch(c -> digit((char) c) >= 0)) {
      long v = 0;
      for (char c : s.toCharArray()) {
        v = v * 10 + digit(c);
      }
      return v;
    }
    long total = 0;
    long section = 0;
    long number = 0;
    for (char c : s.toCharArray()) {
      int d = digit(c);
      if (d >= 0) {
        number = d;
        continue;
      }
      switch (c) {
        case '十' -> {
          section += (number == 0 ? 1 : number) * 10;
          number = 0;
        }
        case '百' -> {
          section += number * 100;
          number = 0;
        }
        case '千' -> {
          section += number * 1000;
          number = 0;
        }
        case '万' -> {
          total += (section + number) * 10_000;
          section = 0;
          number = 0;
        }
        case '亿' -> {
          total += (section + number) * 100_000_000;
          section = 0;
          number = 0;
        }
        default -> {
          return null;
        }
      }
    }
    return total + section + number;
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
