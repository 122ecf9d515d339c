package org.nianbao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.nianbao.Report;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A report as a Word document laid out like the official template: paragraphs, and tables whose
 * merged cells are Word's own merges ({@code gridSpan} across, {@code vMerge} down).
 */
public final class DocxRendering {
  private DocxRendering() {}

  public static byte[] render(Report report) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Object part : TemplateTables.content(report)) {
        if (part instanceof TemplateTables.Table table) {
          table(document, table);
        } else {
          document.createParagraph().createRun().setText((String) part);
        }
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(XWPFDocument document, TemplateTables.Table layout) {
    XWPFTable table = document.createTable();
    CTTbl tbl = table.getCTTbl();
    tbl.removeTr(0);
    // which grid positions a span from an earlier row covers, and with how many columns
    List<int[]> downward = new ArrayList<>(); // {fromRow, toRow, column, columns}
    int r = 0;
    for (List<TemplateTables.Span> spans : layout.rows()) {
      CTRow tr = tbl.addNewTr();
      int column = 0;
      int next = 0;
      while (next < spans.size() || covered(downward, r, column) != null) {
        int[] cover = covered(downward, r, column);
        if (cover != null) {
          CTTc tc = cell(tr, "", cover[3]);
          tc.getTcPr().addNewVMerge(); // continue
          column += cover[3];
          continue;
        }
        TemplateTables.Span span = spans.get(next++);
        CTTc tc = cell(tr, span.text(), span.columns());
        if (span.rows() > 1) {
          tc.getTcPr().addNewVMerge().setVal(STMerge.RESTART);
          downward.add(new int[] {r + 1, r + span.rows() - 1, column, span.columns()});
        }
        column += span.columns();
      }
      r++;
    }
  }

  private static int[] covered(List<int[]> downward, int row, int column) {
    for (int[] d : downward) {
      if (row >= d[0] && row <= d[1] && column == d[2]) {
        return d;
      }
    }
    return null;
  }

  private static CTTc cell(CTRow tr, String text, int columns) {
    CTTc tc = tr.addNewTc();
    CTTcPr properties = tc.addNewTcPr();
    if (columns > 1) {
      properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }
    tc.addNewP().addNewR().addNewT().setStringValue(text);
    return tc;
  }
}
