package org.nianbao.internal.text;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.Finding;

/**
 * What the reader observed and could not settle, e.g. digits that cannot be cut into cells in one
 * way only. The reader decides no rule or severity: the rules engine turns each kind into a
 * finding. The cells it names, and the cells it silences, are not reported again by the engine.
 *
 * @param kind what was observed
 * @param pointers the cells the observation is about (named in the finding)
 * @param silenced further cells it accounts for, e.g. those after the point where a text stops
 * @param arguments the message's arguments, formatted
 * @param location where in the text
 * @param value a value the observation proposes, e.g. a cell converted to its column's unit
 * @param section for a text that stops, the section (1 to 6, 0 before the first) it stops in:
 *     what the rules on the text say of later sections is not reported; else 0
 */
public record ReadIssue(Kind kind, List<String> pointers, List<String> silenced, List<String> arguments,
    Finding.Location location, BigDecimal value, int section) {

  /** The kinds of observation, each with its message key. */
  public enum Kind {
    /** A row of a table whose label is not in the text although rows after it are. */
    ROW_NOT_FOUND("read.row_missing"),
    /** More or fewer values after a label than the row has cells. */
    CELL_COUNT("read.cell_count"),
    /** Digits run together that no cut makes add up. */
    DIGITS_NO_CUT("read.digits_no_cut"),
    /** Digits run together that several cuts make add up. */
    DIGITS_AMBIGUOUS("read.digits_ambiguous"),
    /** A cell printed with a unit its column does not use. */
    UNIT("read.unit"),
    /** The text stops before the report ends. */
    TRUNCATED("read.truncated"),
    /** The report's sections are there but none of its tables. */
    TABLES_MISSING("read.tables_missing"),
    /** One of the tables is not in the text. */
    TABLE_MISSING("read.table_missing"),
    /** No title line: the body and year came from elsewhere. */
    NO_TITLE("read.no_title"),
    /** A row of the other edition's table. */
    OTHER_EDITION_ROW("read.other_edition_row");

    private final String messageKey;

    Kind(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  public ReadIssue {
    pointers = List.copyOf(pointers);
    silenced = List.copyOf(silenced);
    arguments = List.copyOf(arguments);
  }
}
