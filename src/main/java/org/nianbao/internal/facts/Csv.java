package org.nianbao.internal.facts;

import java.util.List;

/**
 * RFC 4180 rows. A field holding a comma, a quote or a line break is quoted (quotes doubled), and
 * records end in CRLF as the RFC says. For a spreadsheet, a text field that a spreadsheet would
 * take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, and the tab and carriage return
 * that some spreadsheets skip before one) gets a leading {@code '}: a body name or a cell's text is
 * data, never a command. Numbers are written as they are, so {@code -3} stays a number.
 */
public final class Csv {
  /** The byte order mark, so that Excel reads the file as UTF-8 rather than the system's code page. */
  public static final String BOM = "\uFEFF";

  private Csv() {}

  /** A field of a row: text, or a number written as it is. */
  public record Field(String text, boolean number) {
    public static Field text(String text) {
      return new Field(text, false);
    }

    public static Field number(String number) {
      return new Field(number, true);
    }
  }

  /** One record, its line break included. */
  public static String row(List<Field> fields, boolean guard) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      Field f = fields.get(i);
      field(b, f.text() == null ? "" : guard && !f.number() ? guarded(f.text()) : f.text());
    }
    return b.append("\r\n").toString();
  }

  /** The header row of these columns. */
  public static String header(List<String> columns) {
    return row(columns.stream().map(Field::text).toList(), false);
  }

  static String guarded(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
  }

  private static void field(StringBuilder b, String text) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      b.append(text);
      return;
    }
    b.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c);
      if (c == '"') {
        b.append('"');
      }
    }
    b.append('"');
  }
}
