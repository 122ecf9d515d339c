package org.nianbao.internal.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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

  static Lines read(byte[] bytes) throws IOException {
    Lines lines = new Lines();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      int paragraphs = 0;
      int tables = 0;
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          paragraphs++;
          String text = paragraph.getText();
          if (!text.isBlank()) {
            lines.add(text.strip(), Lines.paragraph(paragraphs));
          }
        } else if (element instanceof XWPFTable table) {
          tables++;
          int row = 0;
          for (XWPFTableRow tableRow : table.getRows()) {
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
}
