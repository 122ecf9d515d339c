package org.nianbao.internal.document;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.nianbao.Finding;
import org.nianbao.ReportReadException;

/** A PDF to lines, page by page, each line keeping its page (text extraction sorted by position). */
final class PdfReader {
  private PdfReader() {}

  static Lines read(byte[] bytes, String source) throws IOException, ReportReadException {
    Lines lines = new Lines();
    try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "",
        null, null, MemoryUsageSetting.setupMainMemoryOnly(64L * 1024 * 1024).streamCache)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setWordSeparator(" ");
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
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
}
