package org.nianbao.internal.layout;

import java.util.Locale;
import org.nianbao.Edition;
import org.nianbao.Finding;
import org.nianbao.internal.Messages;

/**
 * The printed names of rows, columns and cells, as phrases a finding words in its language: keys
 * {@code row.<pointer>} (with an edition-specific {@code row.<edition>.<pointer>} where the
 * templates differ) and {@code column.<table>.<name>} (likewise with an edition).
 */
public final class Labels {
  private Labels() {}

  /** A row's name, to be worded in a finding's language. */
  public static Finding.Phrase row(Edition edition, String rowPointer) {
    String specific = "row." + edition.id() + "." + rowPointer;
    return Finding.Phrase.of(BASE.has(specific) ? specific : "row." + rowPointer);
  }

  /** A column's name, to be worded in a finding's language. */
  public static Finding.Phrase column(Edition edition, String table, String column) {
    String specific = "column." + edition.id() + "." + table + "." + column;
    return Finding.Phrase.of(BASE.has(specific) ? specific : "column." + table + "." + column);
  }

  /** A cell's label, to be worded in a finding's language. */
  public static Finding.Phrase cell(Edition edition, Layout.Slot slot) {
    return Finding.Phrase.of("label.cell", row(edition, slot.row()), column(edition, slot.table(), slot.column()));
  }

  /** The base bundle: every key of the translation is in it. */
  private static final Messages BASE = Messages.forLocale(Locale.CHINESE);
}
