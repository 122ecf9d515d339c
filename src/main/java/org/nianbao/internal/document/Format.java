package org.nianbao.internal.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of input, told by their content first and their name second. */
public enum Format {
  JSON, TEXT, HTML, DOCX, PDF, OTHER_ZIP;

  public static Format of(byte[] bytes, String name) {
    if (startsWith(bytes, "%PDF")) {
      return PDF;
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return contains(bytes, "word/document.xml") ? DOCX : OTHER_ZIP;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT).stripLeading();
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3);
    }
    return ofHead(head, name);
  }

  /**
   * The format of a text already decoded: canonical JSON, a web page or a text layout, told as
   * {@link #of(byte[], String)} tells them (a Word document or PDF is not text).
   */
  public static Format ofText(String text, String name) {
    String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
    return ofHead(head.startsWith("\ufeff") ? head.substring(1) : head, name);
  }

  private static Format ofHead(String start, String name) {
    String head = start.stripLeading();
    if (head.startsWith("{") || head.startsWith("[")) {
      return JSON;
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || head.contains("<table") || head.startsWith("<?xml") && head.contains("<html")
        || name.toLowerCase(Locale.ROOT).matches(".*\\.x?html?$") && head.startsWith("<")) {
      return HTML;
    }
    return TEXT;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (bytes[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Zip entry names are stored uncompressed in the local and central headers. */
  private static boolean contains(byte[] bytes, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
