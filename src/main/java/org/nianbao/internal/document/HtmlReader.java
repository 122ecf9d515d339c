package org.nianbao.internal.document;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.nianbao.ReportReadException;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Limits;
import org.nianbao.internal.text.Decoding;

/**
 * A government web page to lines: the article only (menus, headers and footers around it are
 * left out), its paragraphs as lines, its data tables row by row with {@code rowspan} and {@code
 * colspan} spread over the cells they cover. Nothing is fetched: links, images and scripts are
 * never followed.
 */
final class HtmlReader {
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHROME = Pattern.compile("nav|menu|footer|header|breadcrumb|sidebar|crumb|topbar|share|copyright",
      Pattern.CASE_INSENSITIVE);
  private static final List<String> BLOCKS = List.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section",
      "article", "blockquote", "pre", "center", "td", "th", "tr", "dd", "dt", "body", "main", "font", "span");

  private final Lines lines = new Lines();
  private final Deadline deadline;
  private final CellBudget budget;
  private int tables;
  private int paragraphs;

  private HtmlReader(String source, Deadline deadline) {
    this.deadline = deadline;
    this.budget = new CellBudget(source);
  }

  static Lines read(byte[] bytes, String source, Deadline deadline) throws ReportReadException {
    return read(decode(bytes, source), source, deadline);
  }

  /** A page already decoded: a charset it declares is not applied again. */
  static Lines read(String html, String source, Deadline deadline) throws ReportReadException {
    Document page = Jsoup.parse(html, "", Parser.htmlParser());
    deadline.check();
    page.select("script, style, noscript, iframe, form, nav, header, footer, select, button, input, object, embed")
        .remove();
    for (Element e : new ArrayList<>(page.getAllElements())) {
      deadline.check();
      String marks = e.id() + " " + e.className();
      if (e != page.body() && e.parent() != null && CHROME.matcher(marks).find() && !containsReport(e)) {
        e.remove();
      }
    }
    Element article = article(page, deadline);
    HtmlReader reader = new HtmlReader(source, deadline);
    StringBuilder line = new StringBuilder();
    reader.walk(article, line);
    reader.flush(line);
    return reader.lines;
  }

  /** The declared charset (meta charset or http-equiv), GBK and GB2312 read as GB18030; else detected. */
  private static String decode(byte[] bytes, String source) throws ReportReadException {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = CHARSET.matcher(head);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (name.startsWith("gb") || name.equals("cp936")) {
        return new String(bytes, Charset.forName("GB18030"));
      }
      if (Charset.isSupported(name) && !name.startsWith("utf")) {
        return new String(bytes, Charset.forName(name));
      }
    }
    return Decoding.decode(bytes, source);
  }

  private static boolean containsReport(Element e) {
    String text = e.text();
    return text.contains("本年新收") || text.contains("总体情况");
  }

  /** The smallest element that holds both the overview and table 三: the article. */
  private static Element article(Document page, Deadline deadline) {
    Element best = page.body() == null ? page : page.body();
    int bestLength = best.text().length();
    for (Element e : page.getAllElements()) {
      deadline.check();
      String text = e.text();
      if (text.length() < bestLength && text.contains("本年新收") && (text.contains("总体情况") || text.contains("年度报告"))) {
        best = e;
        bestLength = text.length();
      }
    }
    return best;
  }

  private void walk(Node node, StringBuilder line) throws ReportReadException {
    if (node instanceof TextNode text) {
      line.append(text.text());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    deadline.check();
    String tag = e.normalName();
    if (tag.equals("table") && e.select("table table").isEmpty()) {
      flush(line);
      table(e);
      return;
    }
    if (tag.equals("br")) {
      flush(line);
      return;
    }
    boolean block = BLOCKS.contains(tag) && !tag.equals("font") && !tag.equals("span") || tag.equals("table");
    if (block) {
      flush(line);
    }
    for (Node child : e.childNodes()) {
      walk(child, line);
    }
    if (block) {
      flush(line);
    }
  }

  private void flush(StringBuilder line) {
    String text = line.toString().replace('\u00A0', ' ').strip();
    if (!text.isEmpty()) {
      lines.add(text, Lines.paragraph(++paragraphs));
    }
    line.setLength(0);
  }

  /** A data table: rowspan and colspan laid out on a grid, one tab-separated line per row. */
  private void table(Element table) throws ReportReadException {
    tables++;
    Map<Long, String> grid = new HashMap<>();
    Map<Long, Boolean> taken = new HashMap<>();
    int row = 0;
    int width = 0;
    List<Element> rows = table.select("tr");
    long spread = 0;
    for (Element tr : rows) {
      deadline.check();
      int column = 0;
      for (Element cell : tr.children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
          continue;
        }
        while (Boolean.TRUE.equals(taken.get(key(row, column)))) {
          column++;
        }
        int rowspan = span(cell.attr("rowspan"));
        int colspan = span(cell.attr("colspan"));
        spread += (long) rowspan * colspan;
        if (spread > Limits.MAX_TABLE_CELLS) {
          budget.table(tables, spread); // refused before the cells are laid out
        }
        String text = cellText(cell);
        for (int r = 0; r < rowspan; r++) {
          for (int c = 0; c < colspan; c++) {
            taken.put(key(row + r, column + c), true);
            // the text stands in the first cell it covers; the rows below it are empty, as in a
            // copy, and the columns it spans are no cells at all: an empty one would read as blank
            grid.put(key(row + r, column + c), r == 0 && c == 0 ? text : c == 0 ? "" : SPANNED);
          }
        }
        column += colspan;
        width = Math.max(width, column);
      }
      row++;
    }
    // rows a rowspan reaches past the last <tr> are not laid out, but a wide row widens them all
    budget.table(tables, (long) row * width);
    for (int r = 0; r < row; r++) {
      deadline.check();
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        String cell = grid.getOrDefault(key(r, c), "");
        if (cell != SPANNED) {
          cells.add(cell);
        }
      }
      if (cells.stream().anyMatch(s -> !s.isBlank())) {
        lines.add(String.join("\t", cells), Lines.tableRow(tables, r + 1));
      }
    }
  }

  /** A grid position a cell spans into from the left. */
  private static final String SPANNED = new String("\u0000");

  private static String cellText(Element cell) {
    // <br> and paragraphs inside a cell join its text with a space
    return cell.text().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static int span(String value) {
    try {
      return Math.max(1, Math.min(100, Integer.parseInt(value.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | column;
  }
}
