package org.nianbao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A text report as a PDF, as an office printer makes one: table rows with their cells spaced
 * apart, long paragraphs wrapped, several pages. The Chinese font is the subset in
 * src/test/resources/fonts, so no system font is needed.
 */
public final class PdfRendering {
  private static final float SIZE = 8;
  private static final float LEADING = 11;
  private static final int WRAP = 90;

  private PdfRendering() {}

  public static byte[] render(String text, String ownerPassword, String userPassword) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream fontFile = PdfRendering.class.getResourceAsStream("/fonts/DroidSansFallback-subset.ttf")) {
      PDType0Font font = PDType0Font.load(document, fontFile);
      PDType1Font latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      List<String> lines = lines(text);
      int perPage = (int) ((landscape.getHeight() - 80) / LEADING);
      for (int start = 0; start < lines.size(); start += perPage) {
        PDPage page = new PDPage(landscape);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, SIZE);
          content.setLeading(LEADING);
          content.newLineAtOffset(40, landscape.getHeight() - 40);
          for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
            show(content, line, font, latin);
            content.newLine();
          }
          content.endText();
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Chinese font has no Latin letters, digits or curly quotes: those are set in Helvetica, run
   * by run; a character neither has becomes "?".
   */
  private static void show(PDPageContentStream content, String line, PDType0Font font, PDType1Font latin)
      throws IOException {
    StringBuilder run = new StringBuilder();
    Boolean chinese = null;
    for (int i = 0; i < line.length(); i++) {
      String c = String.valueOf(line.charAt(i));
      boolean inChinese = c.charAt(0) >= 0x80 && encodes(font, c);
      if (!inChinese && !encodes(latin, c)) {
        c = "?";
      }
      if (chinese != null && inChinese != chinese) {
        content.setFont(chinese ? font : latin, SIZE);
        content.showText(run.toString());
        run.setLength(0);
      }
      chinese = inChinese;
      run.append(c);
    }
    if (run.length() > 0) {
      content.setFont(chinese ? font : latin, SIZE);
      content.showText(run.toString());
    }
  }

  private static boolean encodes(org.apache.pdfbox.pdmodel.font.PDFont font, String c) {
    try {
      font.encode(c);
      return true;
    } catch (IllegalArgumentException | IllegalStateException | IOException e) {
      return false;
    }
  }

  /** Cells spaced apart (a PDF has no tabs), paragraphs wrapped, blank lines kept. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      boolean row = line.contains("\t") || line.contains("|");
      String spaced = row ? String.join("   ", java.util.Arrays.stream(line.split("[\t|]"))
          .map(String::strip).filter(s -> !s.isEmpty()).toList()) : line.strip();
      if (row || spaced.length() <= WRAP) {
        out.add(spaced);
        continue;
      }
      for (int i = 0; i < spaced.length(); i += WRAP) {
        out.add(spaced.substring(i, Math.min(spaced.length(), i + WRAP)));
      }
    }
    return out;
  }
}
