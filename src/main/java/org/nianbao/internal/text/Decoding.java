package org.nianbao.internal.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.nianbao.ReportReadException;

/**
 * Bytes to text: UTF-8 (a byte order mark is dropped), UTF-16 with a byte order mark, or
 * GB18030 (which reads GBK and GB2312), as many government pages and Word exports still are.
 * Binary content is refused rather than read as mojibake.
 */
public final class Decoding {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private Decoding() {}

  public static String decode(byte[] bytes, String source) throws ReportReadException {
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
        || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      return checked(strict(StandardCharsets.UTF_16, bytes, source, "UTF-16"), source);
    }
    int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    if (looksBinary(bytes)) {
      throw new ReportReadException(source, "is a binary file, not a report (expected JSON or text)");
    }
    try {
      return checked(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString(), source);
    } catch (CharacterCodingException notUtf8) {
      return checked(strict(GB18030, bytes, source, "UTF-8 or GBK/GB18030"), source);
    }
  }

  private static String strict(Charset charset, byte[] bytes, String source, String expected)
      throws ReportReadException {
    try {
      return decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ReportReadException(source, "is not " + expected + " text");
    }
  }

  /** Text full of control characters is binary, whatever it decodes to. */
  private static String checked(String text, String source) throws ReportReadException {
    long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
    if (control > text.length() / 100 + 2) {
      throw new ReportReadException(source, "is a binary file, not a report (expected JSON or text)");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
