package org.nianbao.internal.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.ReportReadException;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Limits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document to lines: paragraphs as lines, tables row by row, cells apart by tabs. A
 * horizontally merged cell ({@code gridSpan}) is one cell: an empty one after it would read as a
 * blank cell. The cells a vertical merge continues into are empty, as in a copied table.
 */
final class DocxReader {
  static {
    // zip bombs: refuse entries that inflate more than 100 times or past 64 MB
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
  }

  private DocxReader() {}

  static Lines read(byte[] bytes, String source, Deadline deadline) throws IOException, ReportReadException {
    requireSmallXml(bytes, source);
    Lines lines = new Lines();
    CellBudget budget = new CellBudget(source);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      int paragraphs = 0;
      int tables = 0;
      for (IBodyElement element : document.getBodyElements()) {
        deadline.check();
        if (element instanceof XWPFParagraph paragraph) {
          paragraphs++;
          String text = paragraph.getText();
          if (!text.isBlank()) {
            lines.add(text.strip(), Lines.paragraph(paragraphs));
          }
        } else if (element instanceof XWPFTable table) {
          tables++;
          budget.table(tables, cells(table));
          int row = 0;
          for (XWPFTableRow tableRow : table.getRows()) {
            deadline.check();
            row++;
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : tableRow.getTableCells()) {
              CTTcPr properties = cell.getCTTc().getTcPr();
              boolean continued = properties != null && properties.isSetVMerge()
                  && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
              cells.add(continued ? "" : cell.getText().replaceAll("\\s+", " ").strip());
            }
            if (cells.stream().anyMatch(s -> !s.isBlank())) {
              lines.add(String.join("\t", cells), Lines.tableRow(tables, row));
            }
          }
        }
      }
    }
    return lines;
  }

  /** The cells a table spreads over, counted before any is laid out: each row's cells and their spans. */
  private static long cells(XWPFTable table) {
    long cells = 0;
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        cells += span(cell.getCTTc().getTcPr());
        if (cells > Limits.MAX_TABLE_CELLS) {
          return cells;
        }
      }
    }
    return cells;
  }

  /** A cell's {@code gridSpan}, at least 1; a value past any table (2147483647) counts as such. */
  private static long span(CTTcPr properties) {
    if (properties == null || !properties.isSetGridSpan()) {
      return 1;
    }
    BigInteger span = properties.getGridSpan().getVal();
    if (span == null || span.signum() <= 0) {
      return 1;
    }
    return span.bitLength() > 31 ? Integer.MAX_VALUE : span.longValue();
  }

  /**
   * POI holds a document's XML in memory many times over: the XML parts are measured, inflating
   * them once and keeping nothing, before POI opens them.
   */
  private static void requireSmallXml(byte[] bytes, String source) throws IOException, ReportReadException {
    long xml = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      byte[] buffer = new byte[64 * 1024];
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
          continue;
        }
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          xml += n;
          if (xml > Limits.MAX_WORD_XML_BYTES) {
            throw new ReportReadException(source, "holds more than " + Limits.MAX_WORD_XML_BYTES
                + " bytes of XML (Word XML size limit); refused");
          }
        }
      }
    } catch (java.util.zip.ZipException e) {
      return; // POI says what is wrong with the archive, in its own words
    }
  }
}
