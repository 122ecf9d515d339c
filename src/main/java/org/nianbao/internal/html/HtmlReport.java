package org.nianbao.internal.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Finding;
import org.nianbao.Report;
import org.nianbao.Severity;
import org.nianbao.ValidationResult;
import org.nianbao.internal.Messages;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.Wording;
import org.nianbao.internal.json.FindingsJson;
import org.nianbao.internal.layout.Labels;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.rules.Engine;
import org.nianbao.internal.template.Template;

/**
 * A checked report as HTML: its header, tables 二, 三 and 四 laid out as the template prints them
 * (merged heads included), each cell in a finding marked, and the findings listed below. One
 * renderer for {@code check --format html}, {@code batch --html} and the clerk's page, so that the
 * three never show a report differently.
 *
 * <p>The document is self-contained: inline CSS, no script, nothing fetched, and a Content
 * Security Policy that forbids scripts in case a browser ever found one. Every text from the
 * report or the input's name is escaped; it is also well-formed XML (void elements closed), so
 * that an XML parser can check it.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * A whole self-contained page for one report.
   *
   * @param source the input's name as the user gave it (shown, escaped)
   */
  public static String document(ValidationResult result, String source, Locale locale) {
    return document(List.of(new FindingsJson.Entry(source, null, result)), locale);
  }

  /**
   * The {@code <section>}s of one report (header, tables 二 三 四, findings), for a page that has its
   * own head and styles; ids start with {@code r1-}.
   */
  public static String fragment(ValidationResult result, String source, Locale locale) {
    StringBuilder out = new StringBuilder();
    new Render(out, new FindingsJson.Entry(source, null, result), locale, "r1").sections();
    return out.toString();
  }

  /**
   * One page for several reports, an {@code <article>} each, in the given order: what {@code check
   * --format html} prints for several files, so that one file holds the whole check.
   */
  public static String document(List<FindingsJson.Entry> entries, Locale locale) {
    Messages m = Messages.forLocale(locale);
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(m.locale().getLanguage().equals("en") ? "en" : "zh-CN")
        .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        // defence in depth: even a script that escaped the escaping would not run, nor anything be fetched
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
        .append("<meta name=\"generator\" content=\"nianbao\"/>\n<title>");
    if (entries.size() == 1) {
      out.append(esc(title(entries.get(0).result().report(), m)));
    } else {
      out.append(esc(m.format("html.title.several", Integer.toString(entries.size()))));
    }
    out.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    for (int i = 0; i < entries.size(); i++) {
      String id = "r" + (i + 1);
      out.append("<article class=\"nb-report\" id=\"").append(id).append("\">\n");
      new Render(out, entries.get(i), locale, id).sections();
      out.append("</article>\n");
    }
    out.append("<footer class=\"nb-footer\"><p>").append(esc(m.text("html.generated"))).append("</p></footer>\n");
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  static String title(Report report, Messages m) {
    return m.format("html.title", unit(report, m), year(report, m));
  }

  private static String unit(Report report, Messages m) {
    return report.unit().isEmpty() ? m.text("cli.unit_unknown") : report.unit();
  }

  private static String year(Report report, Messages m) {
    return report.year() == 0 ? m.text("cli.year_unknown") : Integer.toString(report.year());
  }

  /** The style sheet, read once from the jar: screen, and A4 portrait for print. */
  private static final String CSS = css();

  /**
   * The style sheet the document inlines, for a page that shows {@link #fragment}s: apart from
   * {@code body}, {@code main} and {@code @page}, its rules are scoped to the {@code nb-} sections.
   */
  public static String styles() {
    return CSS;
  }

  private static String css() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("org/nianbao/internal/html/report.css is missing from nianbao's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Text as HTML character data or attribute value. Besides the five markup characters, controls,
   * bidirectional overrides and lone surrogates are shown as {@code \}{@code uXXXX}: they cannot
   * then hide or reorder what a reviewer reads (or break the UTF-8 of the page).
   */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append('\n');
        default -> {
          boolean unsafe = c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029
              || c == 0x061c || c == 0x200e || c == 0x200f || c >= 0x202a && c <= 0x202e
              || c >= 0x2066 && c <= 0x2069 || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
              || c == 0xfffe || c == 0xffff;
          if (unsafe) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** The template prints its words with full-width brackets; Template keeps them normalised for matching. */
  static String printed(String normalised) {
    return normalised.replace('(', '（').replace(')', '）').replace(':', '：').replace(',', '，');
  }

  /** One report's sections, written into {@code out}. */
  private static final class Render {
    private final StringBuilder out;
    private final FindingsJson.Entry entry;
    private final Report report;
    private final Edition edition;
    private final Layout layout;
    private final Template template;
    private final Cell[] cells;
    private final Messages m;
    private final Messages zh = Messages.forLocale(Locale.CHINESE);
    private final boolean english;
    private final Locale locale;
    private final String id;
    private final List<Finding> findings;
    /** The findings on each cell, by index into {@link #findings}, in the result's order. */
    private final Map<String, List<Integer>> onCell = new LinkedHashMap<>();

    Render(StringBuilder out, FindingsJson.Entry entry, Locale locale, String id) {
      this.out = out;
      this.entry = entry;
      this.report = entry.result().report();
      this.edition = report.edition();
      this.layout = Layout.of(edition);
      this.template = Template.of(edition);
      this.cells = layout.cells(report);
      this.m = Messages.forLocale(locale);
      this.locale = m.locale();
      this.english = "en".equals(this.locale.getLanguage());
      this.id = id;
      this.findings = entry.result().findings();
      for (int i = 0; i < findings.size(); i++) {
        for (String pointer : pointers(findings.get(i))) {
          onCell.computeIfAbsent(pointer, p -> new ArrayList<>()).add(i);
        }
      }
    }

    /** The cells a finding marks: those it names, and the one its fix changes. */
    private static Set<String> pointers(Finding f) {
      Set<String> pointers = new LinkedHashSet<>(f.pointers());
      if (f.fix() != null) {
        pointers.add(f.fix().pointer());
      }
      return pointers;
    }

    void sections() {
      header();
      for (Template.Table table : template.tables()) {
        out.append("<section class=\"nb-table\" id=\"").append(id).append("-t").append(table.section())
            .append("\">\n<h2>").append(esc(printed(template.sections().get(table.section() - 1).printed())))
            .append("</h2>\n");
        switch (table.section()) {
          case 2 -> table2(table);
          case 3 -> table3(table);
          default -> table4();
        }
        out.append("</section>\n");
      }
      findingsList();
    }

    // ---- header ----

    private void header() {
      ValidationResult result = entry.result();
      out.append("<section class=\"nb-header\" id=\"").append(id).append("-header\">\n<h1>")
          .append(esc(title(report, m))).append("</h1>\n<dl class=\"nb-facts\">\n");
      fact("html.unit", unit(report, m));
      fact("html.year", year(report, m));
      fact("html.edition", m.format("html.edition.value", edition.id(), edition.notice()));
      fact("html.source", entry.source());
      if (entry.previous() != null) {
        fact("html.previous", entry.previous());
      }
      out.append("</dl>\n<p class=\"nb-verdict ").append(result.isValid() ? "valid" : "invalid").append("\">")
          .append("<span class=\"mark\" aria-hidden=\"true\">").append(result.isValid() ? "✓" : "✕").append("</span> ")
          .append(esc(m.format(result.isValid() ? "cli.summary.valid" : "cli.summary.invalid",
              Long.toString(result.count(Severity.ERROR)), Long.toString(result.count(Severity.WARNING)),
              Long.toString(result.count(Severity.INFO)))))
          .append("</p>\n<ul class=\"nb-counts\">");
      for (Severity s : Severity.values()) {
        out.append("<li class=\"").append(s.id()).append("\" data-severity=\"").append(s.id()).append("\">")
            .append(markSpan(s)).append(' ').append(esc(m.text("cli.severity." + s.id()))).append(' ')
            .append("<span class=\"count\">").append(result.count(s)).append("</span></li>");
      }
      out.append("</ul>\n<p class=\"nb-legend\">").append(esc(m.text("html.legend"))).append("</p>\n</section>\n");
    }

    private void fact(String key, String value) {
      out.append("<dt>").append(esc(m.text(key))).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    // ---- tables ----

    /**
     * Table 二: each paragraph of article 20 as a band of its own (its heading, 信息内容 and the
     * column heads, then its rows), all as wide as the widest band; a band with fewer columns
     * stretches its last one, as the template does.
     */
    private void table2(Template.Table table) {
      List<String> rows = layout.rows(table.pointer());
      int width = 1 + rows.stream().mapToInt(r -> layout.row(r).size()).max().orElse(1);
      // the template lists the paragraphs' headings first, in order, then 信息内容 and the column heads
      List<String> paragraphs = table.headings().stream().filter(h -> h.startsWith("第二十条")).toList();
      String itemHead = table.headings().get(paragraphs.size());
      Map<String, List<String>> bands = new LinkedHashMap<>();
      rows.forEach(r -> bands.computeIfAbsent(parent(r), p -> new ArrayList<>()).add(r));
      out.append("<table class=\"nb-t2\">\n<colgroup><col class=\"label\"/>");
      for (int i = 1; i < width; i++) {
        out.append("<col/>");
      }
      out.append("</colgroup>\n<tbody>\n");
      int band = 0;
      for (Map.Entry<String, List<String>> e : bands.entrySet()) {
        String first = e.getValue().get(0);
        out.append("<tr class=\"band\"><th colspan=\"").append(width).append("\" scope=\"colgroup\">")
            .append(label(printed(paragraphs.get(band++)), english ? part(enRow(first), 2) : null)).append("</th></tr>\n");
        List<Layout.Slot> columns = layout.row(first);
        out.append("<tr class=\"heads\"><th scope=\"col\">").append(label(itemHead, english ? m.text("html.head.item") : null))
            .append("</th>");
        for (int i = 0; i < columns.size(); i++) {
          String column = columns.get(i).column();
          out.append("<th scope=\"col\"").append(span("colspan", i == columns.size() - 1 ? width - 1 - i : 1)).append('>')
              .append(label(word(Labels.column(edition, "activeDisclosure", column), zh),
                  english ? word(Labels.column(edition, "activeDisclosure", column), m) : null))
              .append("</th>");
        }
        out.append("</tr>\n");
        for (String row : e.getValue()) {
          out.append("<tr><th scope=\"row\">").append(label(rowPrinted(table, row), english ? part(enRow(row), 1) : null))
              .append("</th>");
          List<Layout.Slot> slots = layout.row(row);
          for (int i = 0; i < slots.size(); i++) {
            cell(slots.get(i), i == slots.size() - 1 ? width - 1 - i : 1, 1);
          }
          out.append("</tr>\n");
        }
      }
      out.append("</tbody>\n</table>\n");
    }

    /** The template's headings of table 三, in the order it prints them (see Template.TABLE_3_HEADINGS). */
    private static final int NOTE = 0;
    private static final int APPLICANTS = 1;
    private static final int NATURAL_PERSON = 2;
    private static final int ORGANISATIONS = 3;
    private static final int FIRST_ORGANISATION = 4;
    private static final int TOTAL = 9;
    private static final int OUTCOMES = 10;
    private static final int FIRST_GROUP = 11;

    /**
     * Table 三: a three-row header (the balance note over the row heads; 申请人情况 over 自然人,
     * 法人或其他组织 with its five kinds, and 总计), then the rows, with 三、本年度办理结果 and the
     * groups （三） to （六） spanning the rows they head.
     */
    private void table3(Template.Table table) {
      List<String> h = table.headings();
      if (h.size() != FIRST_GROUP + 4) {
        throw new IllegalStateException("table 三's headings changed: " + h.size() + ", the renderer expects 15");
      }
      List<Layout.Slot> columns = layout.row(table.rows().get(0).pointer());
      out.append("<table class=\"nb-t3\">\n<colgroup><col class=\"outcomes\"/><col class=\"group\"/><col class=\"label\"/>");
      columns.forEach(c -> out.append("<col/>"));
      out.append("</colgroup>\n<thead>\n<tr><th rowspan=\"3\" colspan=\"3\" class=\"note\">")
          .append(label(printed(h.get(NOTE)), english ? m.text("html.head.balance") : null))
          .append("</th><th colspan=\"").append(columns.size()).append("\" scope=\"colgroup\">")
          .append(label(h.get(APPLICANTS), english ? m.text("html.head.applicants") : null)).append("</th></tr>\n");
      out.append("<tr><th rowspan=\"2\" scope=\"col\">").append(columnHead(h.get(NATURAL_PERSON), columns.get(0)))
          .append("</th><th colspan=\"").append(columns.size() - 2).append("\" scope=\"colgroup\">")
          .append(label(h.get(ORGANISATIONS), english ? m.text("html.head.organisations") : null))
          .append("</th><th rowspan=\"2\" scope=\"col\">").append(columnHead(h.get(TOTAL), columns.get(columns.size() - 1)))
          .append("</th></tr>\n<tr>");
      for (int i = 1; i < columns.size() - 1; i++) {
        out.append("<th scope=\"col\">").append(columnHead(h.get(FIRST_ORGANISATION + i - 1), columns.get(i))).append("</th>");
      }
      out.append("</tr>\n</thead>\n<tbody>\n");
      String outcomes = table.pointer() + "/outcomes/";
      List<Template.Row> rows = table.rows();
      long outcomeRows = rows.stream().filter(r -> r.pointer().startsWith(outcomes)).count();
      // the groups (三) to (六), in order: rows one level deeper than the outcomes
      List<String> groups = rows.stream().map(Template.Row::pointer)
          .filter(p -> p.startsWith(outcomes) && p.indexOf('/', outcomes.length()) > 0)
          .map(HtmlReport::parent).distinct().toList();
      boolean firstOutcome = true;
      for (Template.Row row : rows) {
        out.append("<tr>");
        String pointer = row.pointer();
        if (!pointer.startsWith(outcomes)) {
          out.append("<th colspan=\"3\" scope=\"row\">");
        } else {
          if (firstOutcome) {
            out.append("<th rowspan=\"").append(outcomeRows).append("\" scope=\"rowgroup\" class=\"outcomes\">")
                .append(label(h.get(OUTCOMES), english ? m.text("html.head.outcomes") : null)).append("</th>");
            firstOutcome = false;
          }
          String group = parent(pointer);
          int g = groups.indexOf(group);
          if (g < 0) {
            out.append("<th colspan=\"2\" scope=\"row\">");
          } else {
            List<String> members = rows.stream().map(Template.Row::pointer).filter(p -> parent(p).equals(group)).toList();
            if (members.get(0).equals(pointer)) {
              out.append("<th rowspan=\"").append(members.size()).append("\" scope=\"rowgroup\" class=\"group\">")
                  .append(label(printed(h.get(FIRST_GROUP + g)), english ? part(enRow(pointer), 2) : null)).append("</th>");
            }
            out.append("<th scope=\"row\">");
          }
        }
        out.append(label(printed(row.printed()), english ? part(enRow(pointer), 1) : null)).append("</th>");
        layout.row(pointer).forEach(slot -> cell(slot, 1, 1));
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    private String columnHead(String printed, Layout.Slot column) {
      return label(printed, english ? word(Labels.column(edition, column.table(), column.column()), m) : null);
    }

    /** Table 四: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉) over their five results, one row of fifteen values. */
    private void table4() {
      List<String> h = Template.TABLE_4_HEADINGS;
      List<String> groups = layout.rows("/reviewLitigation");
      List<Layout.Slot> results = layout.row(groups.get(0));
      int n = results.size();
      out.append("<table class=\"nb-t4\">\n<colgroup>");
      for (int i = 0; i < n * groups.size(); i++) {
        out.append("<col/>");
      }
      out.append("</colgroup>\n<thead>\n<tr><th colspan=\"").append(n).append("\" scope=\"colgroup\">")
          .append(label(h.get(0), english ? part(enRow(groups.get(0)), 1) : null))
          .append("</th><th colspan=\"").append(n * (groups.size() - 1)).append("\" scope=\"colgroup\">")
          .append(label(h.get(1), english ? m.text("html.head.litigation") : null)).append("</th></tr>\n<tr>");
      for (Layout.Slot r : results) {
        out.append("<th rowspan=\"2\" scope=\"col\">").append(resultHead(r)).append("</th>");
      }
      for (int g = 1; g < groups.size(); g++) {
        out.append("<th colspan=\"").append(n).append("\" scope=\"colgroup\">")
            .append(label(h.get(1 + g), english ? part(enRow(groups.get(g)), 1) : null)).append("</th>");
      }
      out.append("</tr>\n<tr>");
      for (int g = 1; g < groups.size(); g++) {
        results.forEach(r -> out.append("<th scope=\"col\">").append(resultHead(r)).append("</th>"));
      }
      out.append("</tr>\n</thead>\n<tbody>\n<tr>");
      groups.forEach(g -> layout.row(g).forEach(slot -> cell(slot, 1, 1)));
      out.append("</tr>\n</tbody>\n</table>\n");
    }

    /** A result's head: the template's word after the three group heads and 复议后起诉. */
    private String resultHead(Layout.Slot result) {
      int i = layout.row(result.row()).indexOf(result);
      return label(Template.TABLE_4_HEADINGS.get(4 + i),
          english ? word(Labels.column(edition, "reviewLitigation", result.column()), m) : null);
    }

    private String rowPrinted(Template.Table table, String pointer) {
      return table.rows().stream().filter(r -> r.pointer().equals(pointer)).map(r -> printed(r.printed()))
          .findFirst().orElse(pointer);
    }

    /** A row's English name, e.g. "Table 3, (3) withheld, 1. state secret". */
    private String enRow(String pointer) {
      return word(Labels.row(edition, pointer), m);
    }

    /**
     * A part of an English row name, counted from its end and without its Chinese gloss: 1 gives
     * "1. state secret", 2 gives "(3) withheld". The bundles name each row from the table down, so
     * the layout's spanning heads take the upper parts.
     */
    private static String part(String name, int fromEnd) {
      String[] parts = name.split(", ");
      String p = parts[Math.max(0, parts.length - fromEnd)];
      return p.replaceFirst("\\s*\\([^()]*\\p{IsHan}[^()]*\\)$", "");
    }

    private static String word(Finding.Phrase phrase, Messages language) {
      return Wording.phrase(phrase, language.locale());
    }

    /** A label: the template's words, and in English its English name under them. */
    private static String label(String printed, String english) {
      if (english == null) {
        return esc(printed);
      }
      return "<span lang=\"zh-CN\">" + esc(printed) + "</span> <span class=\"gloss\">" + esc(english) + "</span>";
    }

    private static String span(String attribute, int n) {
      return n > 1 ? " " + attribute + "=\"" + n + "\"" : "";
    }

    /** A value cell: as printed, and marked when findings name it. */
    private void cell(Layout.Slot slot, int colspan, int rowspan) {
      Cell cell = cells[slot.index()];
      out.append("<td data-pointer=\"").append(esc(slot.pointer())).append('"')
          .append(span("colspan", colspan)).append(span("rowspan", rowspan));
      // gravest first (stable, so in the result's order within a severity): its rule, title and fix lead
      List<Integer> on = new ArrayList<>(onCell.getOrDefault(slot.pointer(), List.of()));
      on.sort(java.util.Comparator.comparing(i -> findings.get(i).severity()));
      Severity gravest = null;
      Finding.Fix fix = null;
      Severity fixSeverity = null;
      Set<String> rules = new LinkedHashSet<>();
      StringJoiner titles = new StringJoiner("\n");
      StringJoiner described = new StringJoiner(" ");
      for (int i : on) {
        Finding f = findings.get(i);
        if (gravest == null || f.severity().ordinal() < gravest.ordinal()) {
          gravest = f.severity();
        }
        // the gravest finding's fix of this cell is the one shown (findings of one slip share it)
        if (f.fix() != null && f.fix().pointer().equals(slot.pointer())
            && (fix == null || f.severity().ordinal() < fixSeverity.ordinal())) {
          fix = f.fix();
          fixSeverity = f.severity();
        }
        rules.add(f.rule().id());
        titles.add("[" + m.text("cli.severity." + f.severity().id()) + "] " + f.rule().id() + ": " + message(f));
        described.add(findingId(i));
      }
      String kind = cell instanceof Cell.Blank ? "blank" : cell instanceof Cell.NotApplicable ? "na"
          : cell instanceof Cell.Unreadable ? "unreadable" : "number";
      if (gravest == null) {
        out.append(" class=\"").append(kind).append("\">");
      } else {
        if (fix != null) {
          titles.add(m.format("cli.fix", label(slot), show(fix.from()), Numbers.plain(fix.to())));
        }
        out.append(" class=\"").append(kind).append(" finding ").append(gravest.id()).append('"')
            .append(" data-rule=\"").append(esc(String.join(" ", rules))).append('"');
        if (fix != null) {
          out.append(" data-fix=\"").append(esc(Numbers.plain(fix.to()))).append('"');
        }
        // focusable, so that a keyboard reaches what a mouse shows on hover (the CSS shows the title on focus)
        out.append(" tabindex=\"0\" title=\"").append(esc(titles.toString())).append('"')
            .append(" aria-describedby=\"").append(described).append("\">");
      }
      out.append("<span class=\"v\">").append(value(cell)).append("</span>");
      if (gravest != null) {
        out.append(markSpan(gravest)).append("<span class=\"vh\">").append(esc(m.text("cli.severity." + gravest.id())))
            .append("</span>");
        if (fix != null) {
          out.append("<span class=\"fix\"><span aria-hidden=\"true\">→ </span><span class=\"vh\">")
              .append(esc(m.text("html.suggested"))).append(" </span>").append(esc(Numbers.plain(fix.to()))).append("</span>");
        }
      }
      out.append("</td>");
    }

    /** A cell as printed: its number, "/" for not applicable, its text, or nothing for blank (said to a screen reader). */
    private String value(Cell cell) {
      if (cell instanceof Cell.Blank) {
        return "<span class=\"vh\">" + esc(m.text("cli.blank")) + "</span>";
      }
      if (cell instanceof Cell.Unreadable u) {
        return esc(Engine.abbreviated(u.text()));
      }
      return esc(cell instanceof Cell.Value v ? Numbers.plain(v.number()) : Cell.NOT_APPLICABLE_MARK);
    }

    /** A cell's content in a sentence: "空白" for blank. */
    private String show(Cell cell) {
      if (cell instanceof Cell.Blank) {
        return m.text("cli.blank");
      }
      return cell instanceof Cell.Unreadable u ? "“" + Engine.abbreviated(u.text()) + "”"
          : Engine.abbreviated(cell.toString());
    }

    private String label(Layout.Slot slot) {
      return word(Labels.cell(edition, slot), m);
    }

    private String label(Finding.CellReference reference) {
      Layout.Slot slot = layout.slot(reference.pointer());
      return slot == null ? reference.label() : label(slot);
    }

    // ---- findings ----

    private String findingId(int i) {
      return id + "-f" + (i + 1);
    }

    /** The message in the report's language; a local rule worded in one language only keeps its own. */
    private String message(Finding f) {
      try {
        return f.message(locale);
      } catch (IllegalStateException e) {
        return f.message();
      }
    }

    private String ruleTitle(Finding f) {
      try {
        return f.rule().title(locale);
      } catch (RuntimeException e) {
        return ""; // a local rule without a title in this language: its id says which it is
      }
    }

    /** Findings on the tables first, then on the text and the document as a whole, each in the result's order. */
    private void findingsList() {
      out.append("<section class=\"nb-findings\" id=\"").append(id).append("-findings\">\n<h2>")
          .append(esc(m.text("html.findings"))).append("</h2>\n");
      if (findings.isEmpty()) {
        out.append("<p class=\"none\">").append(esc(m.text("html.findings.none"))).append("</p>\n");
      }
      List<Integer> onTables = new ArrayList<>();
      List<Integer> onText = new ArrayList<>();
      for (int i = 0; i < findings.size(); i++) {
        (pointers(findings.get(i)).isEmpty() ? onText : onTables).add(i);
      }
      list("html.findings.tables", onTables);
      list("html.findings.text", onText);
      out.append("</section>\n");
    }

    private void list(String headingKey, List<Integer> indices) {
      if (indices.isEmpty()) {
        return;
      }
      out.append("<h3>").append(esc(m.text(headingKey))).append("</h3>\n<ol class=\"nb-finding-list\">\n");
      for (int i : indices) {
        item(i);
      }
      out.append("</ol>\n");
    }

    private void item(int i) {
      Finding f = findings.get(i);
      Finding.Location where = f.location();
      out.append("<li id=\"").append(findingId(i)).append("\" class=\"").append(f.severity().id())
          .append("\" data-rule=\"").append(esc(f.rule().id())).append("\" data-severity=\"").append(f.severity().id())
          .append("\" data-pointers=\"").append(esc(String.join(" ", f.pointers()))).append('"');
      if (where != null && where.line() != null) {
        out.append(" data-line=\"").append(where.line()).append('"');
      }
      out.append(">\n<p class=\"head\"><span class=\"sev\">").append(markSpan(f.severity())).append(' ')
          .append(esc(m.text("cli.severity." + f.severity().id()))).append("</span> <code class=\"rule\">")
          .append(esc(f.rule().id())).append("</code> <span class=\"rule-title\">").append(esc(ruleTitle(f)))
          .append("</span></p>\n<p class=\"message\">").append(esc(message(f))).append("</p>\n");
      String reviewed = entry.reviewed(i);
      if (reviewed != null) {
        // accepted in the batch's baseline: still shown, marked, with the reviewer's note
        out.append("<p class=\"reviewed\" data-reviewed=\"").append(esc(reviewed)).append("\">")
            .append(esc(m.text("dashboard.reviewed") + (reviewed.isEmpty() ? "" : m.text("html.reviewed.note") + reviewed)))
            .append("</p>\n");
      }
      if (f.expected() != null && f.actual() != null) {
        out.append("<p class=\"expected\">").append(esc(m.format("cli.expected_actual", Numbers.plain(f.expected()),
            Numbers.plain(f.actual())))).append("</p>\n");
      }
      if (f.fix() != null) {
        String cell = f.cells().stream().filter(c -> c.pointer().equals(f.fix().pointer())).map(this::label)
            .findFirst().orElseGet(() -> {
              Layout.Slot slot = layout.slot(f.fix().pointer());
              return slot == null ? f.fix().pointer() : label(slot);
            });
        out.append("<p class=\"fix\" data-pointer=\"").append(esc(f.fix().pointer())).append("\" data-fix=\"")
            .append(esc(Numbers.plain(f.fix().to()))).append("\">")
            .append(esc(m.format("cli.fix", cell, show(f.fix().from()), Numbers.plain(f.fix().to())))).append("</p>\n");
      }
      if (!f.candidates().isEmpty()) {
        out.append("<p class=\"candidates\">").append(esc(m.text("html.candidates"))).append("</p>\n<ul class=\"candidates\">");
        for (List<Finding.Fix> change : f.candidates()) {
          StringJoiner s = new StringJoiner(m.text("fix.and"));
          for (Finding.Fix fix : change) {
            Layout.Slot slot = layout.slot(fix.pointer());
            s.add(m.format("cli.fix", slot == null ? fix.pointer() : label(slot), show(fix.from()), Numbers.plain(fix.to())));
          }
          out.append("<li>").append(esc(s.toString())).append("</li>");
        }
        out.append("</ul>\n");
      }
      if (!f.cells().isEmpty()) {
        out.append("<details class=\"cells\"").append(f.cells().size() <= 8 ? " open=\"open\"" : "").append("><summary>")
            .append(esc(m.format("html.cells", Integer.toString(f.cells().size())))).append("</summary><ul>");
        for (Finding.CellReference c : f.cells()) {
          out.append("<li><span class=\"label\">").append(esc(label(c))).append("</span> = <span class=\"value\">")
              .append(esc(show(c.value()))).append("</span> <code>").append(esc(c.pointer())).append("</code></li>");
        }
        out.append("</ul></details>\n");
      }
      if (where != null) {
        location(where);
      }
      out.append("</li>\n");
    }

    /** Where in the input: line, page, table cell or paragraph, and the text there quoted. */
    private void location(Finding.Location where) {
      List<String> place = new ArrayList<>();
      if (where.page() != null) {
        place.add(m.format("html.where.page", where.page().toString()));
      }
      if (where.line() != null) {
        place.add(m.format("html.where.line", where.line().toString()));
      }
      if (where.table() != null) {
        place.add(m.format("html.where.table", where.table().toString(),
            where.row() == null ? "?" : where.row().toString(), where.cell() == null ? "?" : where.cell().toString()));
      }
      if (where.paragraph() != null) {
        place.add(m.format("html.where.paragraph", where.paragraph().toString()));
      }
      if (place.isEmpty() && where.text() == null) {
        return;
      }
      out.append("<p class=\"where\">");
      if (!place.isEmpty()) {
        out.append("<span class=\"place\">").append(esc(String.join(m.text("html.where.separator"), place))).append("</span>");
      }
      if (where.text() != null) {
        // a long line comes quoted by its start and length already (Finding.Location)
        out.append("<q class=\"quote\">").append(esc(where.text())).append("</q>");
      }
      out.append("</p>\n");
    }
  }

  /** A severity's icon: a shape per severity, so that the mark does not rest on colour alone. */
  private static String markSpan(Severity severity) {
    String icon = switch (severity) {
      case ERROR -> "✕";
      case WARNING -> "!";
      case INFO -> "i";
    };
    return "<span class=\"mark " + severity.id() + "\" aria-hidden=\"true\">" + icon + "</span>";
  }

  /** A pointer's parent: the row record of a cell, the group of a row. */
  static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }
}
