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

  /** "time per report": reading, rules and localization of one report together. */
  public static final Duration TIME_PER_REPORT = Duration.ofSeconds(30);

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
  public static final long MAX_WORD_XML_BYTES = 16L * 1024 * 1024;

  /** A limit for messages: 30 s, 2,000 characters. */
  public static String seconds(Duration limit) {
    long millis = limit.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
  }
}
