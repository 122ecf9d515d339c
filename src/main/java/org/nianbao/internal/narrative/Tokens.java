package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.internal.narrative.Token.Kind;

/**
 * The one tokenizer every rule on the text reads a sentence with: numbers with what they are and
 * their unit, brackets, separators, and the words between. It decides what a number is from the
 * characters around it only (第 before it, 年 after it…); what a count belongs to is the parser's
 * and the rules' business.
 */
public final class Tokens {
  private Tokens() {}

  /** Units of things counted: a total and its parts agree in one of these. Longest first. */
  private static final List<String> COUNT_UNITS = List.of("人次", "条", "件", "个", "次", "篇", "期", "起", "项", "家",
      "场", "份", "批", "部", "宗", "例");
  private static final List<String> AMOUNT_UNITS = List.of("万元", "亿元", "元");
  /** What a 个 of time is followed by: "15个工作日" is a span, not 15 things. */
  private static final List<String> SPANS = List.of("工作日", "月", "小时", "季度", "自然日");
  private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万亿";
  /** A Chinese numeral glued to one of these is part of a word (统一, 唯一, 是一件, 届三中), not a number. */
  private static final String WORD_BEFORE_NUMERAL = "每各是届中统唯之单同逐";
  private static final String OPENING = "([【";
  private static final String CLOSING = ")]】";

  /** The pieces of {@code compact}, a sentence in the reader's compact form (no spaces, ASCII punctuation). */
  public static List<Token> of(String compact) {
    List<Token> tokens = new ArrayList<>();
    int wordStart = -1;
    int i = 0;
    int n = compact.length();
    while (i < n) {
      char c = compact.charAt(i);
      Token token = null;
      if (isDigit(c)) {
        token = arabic(compact, i);
      } else if (CHINESE_DIGITS.indexOf(c) >= 0) {
        token = chinese(compact, i);
      } else {
        Kind mark = mark(c);
        if (mark != null) {
          token = new Token(mark, i, i + 1, String.valueOf(c), null, "");
        }
      }
      if (token == null) {
        if (wordStart < 0) {
          wordStart = i;
        }
        // a numeral that is not a number stays in its word, whole: "十九届三…" is not read again from 九
        i = CHINESE_DIGITS.indexOf(c) >= 0 ? skipNumeral(compact, i) : i + 1; // digits are always a token
        continue;
      }
      if (wordStart >= 0) {
        tokens.add(word(compact, wordStart, token.start()));
        wordStart = -1;
      }
      tokens.add(token);
      i = token.end();
    }
    if (wordStart >= 0) {
      tokens.add(word(compact, wordStart, n));
    }
    return List.copyOf(tokens);
  }

  private static Token word(String s, int start, int end) {
    return new Token(Kind.WORD, start, end, s.substring(start, end), null, "");
  }

  private static Kind mark(char c) {
    if (OPENING.indexOf(c) >= 0) {
      return Kind.OPEN;
    }
    if (CLOSING.indexOf(c) >= 0) {
      return Kind.CLOSE;
    }
    return switch (c) {
      case ',' -> Kind.COMMA;
      case '、' -> Kind.ENUMERATION;
      case ';' -> Kind.SEMICOLON;
      case ':' -> Kind.COLON;
      case '。', '!', '?' -> Kind.STOP;
      default -> null;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int skipDigits(String s, int i) {
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** 615, 3,119, 1.5, 1.2万: thousands separators only between groups of three digits. */
  private static Token arabic(String s, int start) {
    int i = skipDigits(s, start);
    StringBuilder digits = new StringBuilder(s.substring(start, i));
    while (i + 4 <= s.length() && s.charAt(i) == ',' && allDigits(s, i + 1, i + 4)
        && (i + 4 == s.length() || !isDigit(s.charAt(i + 4)))) {
      digits.append(s, i + 1, i + 4);
      i += 4;
    }
    if (i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
      int end = skipDigits(s, i + 1);
      digits.append(s, i, end);
      i = end;
    }
    BigDecimal value = new BigDecimal(digits.toString());
    return withUnit(s, start, i, value, digits.length() == 4 && digits.indexOf(".") < 0);
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int skipNumeral(String s, int i) {
    while (i < s.length() && CHINESE_DIGITS.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** 一百零八件: a Chinese numeral is a number only when a unit follows it and no word holds it. */
  private static Token chinese(String s, int start) {
    int i = skipNumeral(s, start);
    if (start > 0 && WORD_BEFORE_NUMERAL.indexOf(s.charAt(start - 1)) >= 0) {
      return null;
    }
    String numeral = s.substring(start, i);
    BigDecimal value = ChineseNumber.parse(numeral);
    // 零件 is a word: reports write no count as 0, not 零
    if (value == null || value.signum() == 0 || unitAt(s, i) == null) {
      return null;
    }
    // 二〇二〇年 is written digit by digit, as a year is
    Token token = withUnit(s, start, i, value, numeral.length() == 4 && numeral.chars().allMatch(ch -> "零〇一二三四五六七八九".indexOf(ch) >= 0));
    return token.kind() == Kind.NUMBER ? null : token;
  }

  private static String unitAt(String s, int at) {
    for (List<String> units : List.of(AMOUNT_UNITS, COUNT_UNITS)) {
      for (String unit : units) {
        if (s.startsWith(unit, at)) {
          return unit;
        }
      }
    }
    for (String unit : List.of("%", "‰", "年度", "年", "月", "日", "号")) {
      if (s.startsWith(unit, at)) {
        return unit;
      }
    }
    return null;
  }

  private static Token withUnit(String s, int start, int numberEnd, BigDecimal value, boolean fourDigits) {
    int end = numberEnd;
    // 1.2万条 is 12000 条; 12.5万元 is an amount in 万元
    if (end < s.length() && (s.charAt(end) == '万' || s.charAt(end) == '亿') && !s.startsWith("元", end + 1)) {
      value = value.multiply(s.charAt(end) == '万' ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
      end++;
    }
    String unit = unitAt(s, end);
    char before = start > 0 ? s.charAt(start - 1) : ' ';
    Kind kind;
    if (before == '第') {
      kind = Kind.ORDINAL;
    } else if (unit == null) {
      kind = Kind.NUMBER;
    } else if (unit.equals("%") || unit.equals("‰")) {
      kind = Kind.PERCENT;
    } else if (AMOUNT_UNITS.contains(unit)) {
      kind = Kind.AMOUNT;
    } else if (unit.startsWith("年")) {
      kind = fourDigits ? Kind.YEAR : Kind.NUMBER;
    } else if (unit.equals("月") || unit.equals("日") || unit.equals("号")) {
      kind = Kind.DATE;
    } else if (unit.equals("个") && SPANS.stream().anyMatch(span -> s.startsWith(span, numberEnd + 1))) {
      kind = Kind.NUMBER;
    } else if (before == '各' || before == '每') {
      kind = Kind.EACH;
    } else {
      kind = Kind.COUNT;
    }
    int tokenEnd = end + (unit == null ? 0 : unit.length());
    return new Token(kind, start, tokenEnd, s.substring(start, tokenEnd), value, unit == null ? "" : unit);
  }
}
