package org.nianbao.internal.document;

import org.nianbao.ReportReadException;
import org.nianbao.internal.Limits;

/**
 * The cells a document's tables may spread into. Merged cells ({@code gridSpan}, {@code rowspan},
 * {@code colspan}) multiply a few bytes into many cells, so the grid is counted before it is
 * allocated and refused past {@link Limits#MAX_TABLE_CELLS} per table or {@link
 * Limits#MAX_DOCUMENT_CELLS} per document.
 */
final class CellBudget {
  private final String source;
  private long document;

  CellBudget(String source) {
    this.source = source;
  }

  /** A table of {@code cells} cells (rows × columns, merged cells spread), about to be laid out. */
  void table(int table, long cells) throws ReportReadException {
    if (cells > Limits.MAX_TABLE_CELLS) {
      throw new ReportReadException(source, "table " + table + " spreads over more than " + Limits.MAX_TABLE_CELLS
          + " cells (table size limit; merged cells counted as the cells they cover); refused");
    }
    document += cells;
    if (document > Limits.MAX_DOCUMENT_CELLS) {
      throw new ReportReadException(source, "its tables spread over more than " + Limits.MAX_DOCUMENT_CELLS
          + " cells (document cells limit; merged cells counted as the cells they cover); refused");
    }
  }
}
