package org.nianbao.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.internal.layout.Layout;

/**
 * A report rendered as text in the layouts real copies come in (see {@link TextLayout}), with a
 * short narrative around its tables, and with the place of every cell, table line, table and
 * section in the text, so that a test can say which cells lie before a cut and which after.
 *
 * <p>The wording is the notice's, from {@link NoticeTemplate}; nothing is taken from the reader.
 */
public final class LayoutRendering {
  /** How a copy lays out the tables. */
  public enum TextLayout {
    /** Cells separated by tabs, as copied from a web page or Word. */
    TAB,
    /** Cells separated by " | ". */
    PIPE,
    /** Markdown tables: {@code | a | b |}, with a {@code |---|} line under each table's first line. */
    MARKDOWN,
    /** Cells separated by runs of spaces: a blank cell leaves no trace. */
    SPACES,
    /** A copied web table: every label and every cell on its own line, a blank cell an empty line. */
    CELL_PER_LINE,
    /** The same, every line ending in " |", a blank cell a lone "|". */
    CELL_PER_LINE_PIPE,
    /** One row per line (tabs), a long label wrapped: its second half starts the next line, before the numbers. */
    LABEL_WRAPPED_BEFORE_NUMBERS,
    /** One row per line (tabs), a long label wrapped: its second half on the line after the numbers. */
    LABEL_WRAPPED_AFTER_NUMBERS,
    /** One row per line, its label and digits run together with no separators. */
    ROWS_RUN_TOGETHER,
    /** Scraped page text: the whole report on one line, no separators, digits run together. */
    ONE_LINE;

    /** Whether every cell's content can be told from the text without arithmetic. */
    public boolean keepsEveryCell(Report report) {
      return switch (this) {
        case ONE_LINE, ROWS_RUN_TOGETHER -> false;
        case SPACES -> !hasBlank(report);
        default -> true;
      };
    }
  }

  /** A stretch of the text, {@code [start, end)}; a cell printed as nothing is an empty stretch where it would be. */
  public record Span(int start, int end) {
    public boolean before(int cut) {
      return end <= cut;
    }

    public boolean from(int cut) {
      return start >= cut;
    }
  }

  /**
   * A rendered report.
   *
   * @param text the text
   * @param cells where each cell is printed, by pointer
   * @param lines where the table line holding each cell is printed (label and wrapped parts included), by cell pointer
   * @param printedLines the cells of each data line in printed order (the digits a run-together copy glues)
   * @param tables where tables 二, 三 and 四 are printed
   * @param sections where each of the six sections is printed, heading to the next heading
   */
  public record Rendered(String text, Map<String, Span> cells, Map<String, Span> lines,
      List<List<String>> printedLines, List<Span> tables, List<Span> sections) {}

  private static final int WRAP_FROM = 7;

  private LayoutRendering() {}

  public static boolean hasBlank(Report report) {
    for (Cell c : Layout.of(report.edition()).cells(report)) {
      if (c.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The title line of the rendered report. */
  public static String title(Report report) {
    return report.unit() + report.year() + "年政府信息公开工作年度报告";
  }

  /** The text of each section besides its table: a sentence or none, by section (index 0 = section 一). */
  public static List<List<String>> sentences(Report report) {
    String fee = report.edition() == Edition.E2019 ? "无。" : "本年度未收取信息处理费。";
    return List.of(List.of("本机关依照《中华人民共和国政府信息公开条例》做好政府信息公开工作。"), List.of(), List.of(),
        List.of(), List.of("政务公开工作仍有不足，下一步将加以改进。"), List.of(fee));
  }

  /** The report with the narrative the text renderings print, for the document renderers and for comparison. */
  public static Report withNarrative(Report report) {
    int line = 1;
    List<Narrative.TextLine> preamble = List.of(new Narrative.TextLine(line++, title(report)));
    List<Narrative.Section> sections = new ArrayList<>();
    List<List<String>> sentences = sentences(report);
    for (int i = 0; i < 6; i++) {
      int heading = line++;
      List<Narrative.TextLine> lines = new ArrayList<>();
      for (String s : sentences.get(i)) {
        lines.add(new Narrative.TextLine(line++, s));
      }
      sections.add(new Narrative.Section(NoticeTemplate.HEADINGS.get(i), heading, lines));
    }
    return new Report(report.unit(), report.year(), report.edition(), report.activeDisclosure(),
        report.applications(), report.reviewLitigation(), new Narrative(preamble, sections));
  }

  /** The text of a cell as printed: the number as written, "/" or nothing. */
  public static String printed(Cell cell) {
    if (cell instanceof Cell.Value v) {
      return v.number().toPlainString();
    }
    return cell instanceof Cell.NotApplicable ? "/" : cell instanceof Cell.Unreadable u ? u.text() : "";
  }

  public static Rendered render(Report report, TextLayout layout) {
    return new Writer(report, layout).write();
  }

  private static final class Writer {
    final Report report;
    final TextLayout layout;
    final Map<String, Cell> values = new HashMap<>();
    final StringBuilder out = new StringBuilder();
    final Map<String, Span> cells = new HashMap<>();
    final Map<String, Span> lines = new HashMap<>();
    final List<List<String>> printedLines = new ArrayList<>();
    final List<Span> tables = new ArrayList<>();
    final List<Span> sections = new ArrayList<>();

    Writer(Report report, TextLayout layout) {
      this.report = report;
      this.layout = layout;
      Layout l = Layout.of(report.edition());
      Cell[] all = l.cells(report);
      l.slots().forEach(s -> values.put(s.pointer(), all[s.index()]));
    }

    boolean oneLine() {
      return layout == TextLayout.ONE_LINE;
    }

    boolean cellPerLine() {
      return layout == TextLayout.CELL_PER_LINE || layout == TextLayout.CELL_PER_LINE_PIPE;
    }

    /** A paragraph: on its own line, followed by an empty one where the layout has room for it. */
    void paragraph(String text) {
      out.append(text);
      if (!oneLine()) {
        out.append(cellPerLine() ? "\n" : "\n\n");
      }
    }

    Rendered write() {
      List<NoticeTemplate.Table> templateTables = NoticeTemplate.tables(report.edition());
      List<List<String>> sentences = sentences(report);
      paragraph(title(report));
      int[] starts = new int[6];
      for (int i = 0; i < 6; i++) {
        starts[i] = out.length();
        String heading = NoticeTemplate.HEADINGS.get(i);
        out.append(heading);
        if (!oneLine()) {
          out.append('\n');
        }
        sentences.get(i).forEach(this::paragraph);
        for (NoticeTemplate.Table table : templateTables) {
          if (table.section() == i + 1) {
            table(table);
          }
        }
      }
      for (int i = 0; i < 6; i++) {
        sections.add(new Span(starts[i], i < 5 ? starts[i + 1] : out.length()));
      }
      return new Rendered(out.toString(), Map.copyOf(cells), Map.copyOf(lines), List.copyOf(printedLines),
          List.copyOf(tables), List.copyOf(sections));
    }

    void table(NoticeTemplate.Table table) {
      int start = out.length();
      boolean first = true;
      for (NoticeTemplate.Line line : table.lines()) {
        int lineStart = out.length();
        line(line);
        if (first && layout == TextLayout.MARKDOWN) {
          out.append("|").append("---|".repeat(line.labels().size() + line.cells().size())).append('\n');
        }
        first = false;
        if (!line.header()) {
          Span span = new Span(lineStart, out.length());
          line.cells().forEach(c -> lines.put(c, span));
          printedLines.add(line.cells());
        }
      }
      tables.add(new Span(start, out.length()));
      if (!oneLine() && !cellPerLine()) {
        out.append('\n');
      }
    }

    /** The pieces of a line: labels (pointer null) then cells. */
    void line(NoticeTemplate.Line line) {
      List<String> labels = new ArrayList<>(line.labels());
      String wrapped = null;
      boolean wraps = (layout == TextLayout.LABEL_WRAPPED_BEFORE_NUMBERS
          || layout == TextLayout.LABEL_WRAPPED_AFTER_NUMBERS) && !line.header() && !labels.isEmpty()
          && labels.get(labels.size() - 1).length() >= WRAP_FROM;
      if (wraps) {
        String last = labels.remove(labels.size() - 1);
        int half = last.length() / 2;
        labels.add(last.substring(0, half));
        wrapped = last.substring(half);
      }
      switch (layout) {
        case ONE_LINE -> {
          labels.forEach(out::append);
          line.cells().forEach(this::cell);
        }
        case CELL_PER_LINE, CELL_PER_LINE_PIPE -> {
          String end = layout == TextLayout.CELL_PER_LINE_PIPE ? " |" : "";
          for (String label : labels) {
            out.append(label).append(end).append('\n');
          }
          for (String c : line.cells()) {
            int before = out.length();
            cell(c);
            if (out.length() == before) {
              out.append(end.strip());
            } else {
              out.append(end);
            }
            out.append('\n');
          }
        }
        case LABEL_WRAPPED_BEFORE_NUMBERS -> {
          if (wrapped != null) {
            separated(labels, List.of(), "\t");
            out.append('\n');
            separated(List.of(wrapped), line.cells(), "\t");
          } else {
            separated(labels, line.cells(), "\t");
          }
          out.append('\n');
        }
        case LABEL_WRAPPED_AFTER_NUMBERS -> {
          separated(labels, line.cells(), "\t");
          out.append('\n');
          if (wrapped != null) {
            out.append(wrapped).append('\n');
          }
        }
        case ROWS_RUN_TOGETHER -> {
          separated(labels, line.cells(), "");
          out.append('\n');
        }
        case MARKDOWN -> {
          out.append("| ");
          separated(labels, line.cells(), " | ");
          out.append(" |\n");
        }
        default -> {
          separated(labels, line.cells(), switch (layout) {
            case TAB -> "\t";
            case PIPE -> " | ";
            default -> "  ";
          });
          out.append('\n');
        }
      }
    }

    void separated(List<String> labels, List<String> cellPointers, String separator) {
      boolean first = true;
      for (String label : labels) {
        if (!first) {
          out.append(separator);
        }
        out.append(label);
        first = false;
      }
      for (String c : cellPointers) {
        if (!first) {
          out.append(separator);
        }
        cell(c);
        first = false;
      }
    }

    void cell(String pointer) {
      int start = out.length();
      out.append(printed(values.get(pointer)));
      cells.put(pointer, new Span(start, out.length()));
    }
  }
}
