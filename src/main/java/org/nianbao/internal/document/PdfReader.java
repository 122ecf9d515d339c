package org.nianbao.internal.document;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.nianbao.Finding;
import org.nianbao.ReportReadException;
import org.nianbao.internal.Deadline;

/** A PDF to lines, page by page, each line keeping its page (text extraction sorted by position). */
final class PdfReader {
  private PdfReader() {}

  static Lines read(byte[] bytes, String source, Deadline deadline) throws IOException, ReportReadException {
    Lines lines = new Lines();
    try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "",
        null, null, MemoryUsageSetting.setupMainMemoryOnly(64L * 1024 * 1024).streamCache)) {
      PDFTextStripper stripper = new Stripper(deadline);
      stripper.setSortByPosition(true);
      stripper.setWordSeparator(" ");
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        deadline.check();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        int line = 0;
        for (String text : stripper.getText(document).split("\\R")) {
          line++;
          if (!text.isBlank()) {
            lines.add(text.strip(), new Finding.Location(line, null, page, null, null, null, null, null));
          }
        }
      }
    } catch (InvalidPasswordException e) {
      throw new ReportReadException(source, "is an encrypted PDF; save it without a password and try again");
    }
    return lines;
  }

  /** One page can hold millions of operators: the deadline is checked as they run, not only per page. */
  private static final class Stripper extends PDFTextStripper {
    private final Deadline deadline;
    private int operators;

    Stripper(Deadline deadline) {
      this.deadline = deadline;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      if ((++operators & 0x3FF) == 0) {
        deadline.check();
      }
      super.processOperator(operator, operands);
    }
  }
}
