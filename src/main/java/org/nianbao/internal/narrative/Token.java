package org.nianbao.internal.narrative;

import java.math.BigDecimal;

/**
 * One piece of a sentence as the rules on the text see it: a number with what it is (a count with
 * its unit, a year, a date, a percentage…), a bracket or a separator, or a run of words between
 * them. Positions are in the sentence's compact text.
 *
 * @param kind what the piece is
 * @param start where it starts in the compact text
 * @param end where it ends (exclusive)
 * @param text the piece as written
 * @param value the number, for the number kinds; null otherwise
 * @param unit the unit the number is written with (条, 件, 万元, %, 年…), or "" for a bare number
 */
public record Token(Kind kind, int start, int end, String text, BigDecimal value, String unit) {

  /** What a piece of a sentence is. */
  public enum Kind {
    /** A number of things: 615条, 一百零八件, 3个. Only these are compared with totals and cells. */
    COUNT,
    /** A sum of money: 12.5万元, 300元. */
    AMOUNT,
    /** 17.46%. */
    PERCENT,
    /** 2021年, 2021年度: a year, never a count. */
    YEAR,
    /** 1月, 31日, 12月31日's parts: never a count. */
    DATE,
    /** 第3条, 第二十条: a place in a list or a law, never a count. */
    ORDINAL,
    /** 各1条, 每2件: a count per item, not a part of a sum. */
    EACH,
    /** A number with no unit, or with a unit the rules do not count in (人, 万人…). */
    NUMBER,
    /** A run of words between the other pieces. */
    WORD,
    /** （ ( 【 [ “ 「. */
    OPEN,
    /** ） ) 】 ] ” 」. */
    CLOSE,
    /** ，, between clauses or list items. */
    COMMA,
    /** 、 between list items. */
    ENUMERATION,
    /** ；; */
    SEMICOLON,
    /** ：: */
    COLON,
    /** 。！？ */
    STOP
  }

  /** Whether this is a number of any kind. */
  public boolean isNumber() {
    return value != null;
  }

  /** Whether the piece is a separator of clauses or items: ， 、 ； ： 。. */
  public boolean isSeparator() {
    return kind == Kind.COMMA || kind == Kind.ENUMERATION || kind == Kind.SEMICOLON || kind == Kind.COLON
        || kind == Kind.STOP;
  }
}
