package org.nianbao.internal;

import java.time.Duration;

/**
 * Every bound on what one report may cost, in one place: each keeps a hostile or broken input
 * from taking the memory or the time of the reports checked with it. The README's "Limits" table
 * lists them by the names their messages use.
 */
public final class Limits {
  private Limits() {}

  /** "input size": inputs larger than this are refused; no real report comes near it. */
  public static final long MAX_INPUT_BYTES = 32L * 1024 * 1024;

  /**
   * "time per report": reading, rules and localization of one report together. The system
   * property {@code nianbao.time-per-report} (an ISO-8601 duration, e.g. {@code PT2M}) changes it
   * for a slow machine, and lets tests reach it.
   */
  public static final Duration TIME_PER_REPORT = timePerReport();

  /**
   * "number length": characters of a number as written plainly (sign, digits, point). The JSON
   * reader refuses longer numbers, so a cell read from text is a number only within it: what
   * {@code extract} writes, {@code check} reads back.
   */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** "line length": characters of one line of text; as long as a JSON string may be. */
  public static final int MAX_LINE_CHARS = 1_000_000;

  /**
   * "sentence length": the rules on the text read sentences up to this long; a longer one is not
   * a sentence of a report (a table or a run of characters) and is left alone.
   */
  public static final int MAX_SENTENCE_CHARS = 2_000;

  /** "table size": cells of one document table once merged cells are spread over the grid. */
  public static final int MAX_TABLE_CELLS = 100_000;

  /** "document cells": cells of all the tables of one document together, spread as above. */
  public static final int MAX_DOCUMENT_CELLS = 250_000;

  /** "Word XML size": the uncompressed main part of a Word document (word/document.xml). */
  public static final long MAX_WORD_XML_BYTES = 8L * 1024 * 1024;

  /**
   * "quote length": characters of a source line or sentence a finding's location quotes. A report
   * run together on one line is one line: without it, each of its findings would carry the whole
   * report, and a 30 MB line with many findings would give gigabytes of JSON or HTML.
   */
  public static final int MAX_QUOTED_CHARS = 300;

  /** Characters of a cell a message quotes: a million digits are quoted by their start. */
  public static final int MAX_QUOTED_CELL_CHARS = 40;

  /**
   * A text as a finding quotes it: whole when it has at most {@code max} characters, else its start
   * (never half a surrogate pair), "…" and its length in characters, e.g. {@code 一、本年新收…（30000000）}.
   */
  public static String quoted(String text, int max) {
    if (text == null || text.length() <= max || isQuotation(text, max)) {
      return text; // a quotation quoted again keeps the length of the text it quotes
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "…（" + text.length() + "）";
  }

  /** Whether a text is what {@link #quoted} makes of a longer one: its start, "…" and a length over {@code max}. */
  private static boolean isQuotation(String text, int max) {
    for (int end = max - 1; end <= max; end++) {
      int digits = text.length() - end - 3;
      if (digits < 1 || digits > 10 || text.charAt(end) != '…' || text.charAt(end + 1) != '（'
          || text.charAt(text.length() - 1) != '）') {
        continue;
      }
      String length = text.substring(end + 2, text.length() - 1);
      if (length.chars().allMatch(c -> c >= '0' && c <= '9') && Long.parseLong(length) > max) {
        return true;
      }
    }
    return false;
  }

  /**
   * The characters of a number written plainly ({@code 1E+3} as {@code 1000}), worked out from
   * its precision and scale without writing it: {@code 1E+999999999} would take gigabytes.
   */
  public static long plainLength(java.math.BigDecimal n) {
    long precision = n.precision();
    long scale = n.scale();
    long sign = n.signum() < 0 ? 1 : 0;
    if (scale <= 0) {
      return n.signum() == 0 ? 1 : sign + precision - scale;
    }
    return sign + (precision > scale ? precision + 1 : scale + 2);
  }

  /** Whether a number fits the number length limit when written plainly. */
  public static boolean fitsNumberLength(java.math.BigDecimal n) {
    return plainLength(n) <= MAX_NUMBER_LENGTH;
  }

  private static Duration timePerReport() {
    String set = System.getProperty("nianbao.time-per-report");
    try {
      return set == null || Duration.parse(set).isNegative() ? Duration.ofSeconds(30) : Duration.parse(set);
    } catch (java.time.format.DateTimeParseException e) {
      return Duration.ofSeconds(30); // a broken setting must not leave the check unbounded
    }
  }

  /** A limit for messages: 30 s, 2,000 characters. */
  public static String seconds(Duration limit) {
    long millis = limit.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
  }
}
