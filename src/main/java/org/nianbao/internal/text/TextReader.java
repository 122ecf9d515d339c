package org.nianbao.internal.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Finding;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.ReportReadException;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.layout.CellKind;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.template.Template;

/**
 * Reads a report from text as it is published: copied or scraped from a web page, a PDF or Word.
 * The text is not read line by line: the template's rows are found in it in their order
 * ({@link Template}), wherever they stand, and a row's values are what lies between its label and
 * the next row's. Tab-, {@code |}- and space-separated rows, one cell per line, labels wrapped over
 * lines and a whole table run together on one line are then one problem. Digits whose separators
 * were lost are cut only where the sums leave one way to cut them.
 *
 * <p>Reading never invents a value and never refuses a report that has any sign of being one:
 * what it cannot settle (a row not found, digits that cut several ways, a text that stops) it
 * leaves blank and records as a {@link ReadIssue}, which the rules engine reports.
 */
public final class TextReader {
  /** A row's item number, "1." or "(一)", before its label. */
  private static final Pattern ITEM_NUMBER = Pattern.compile("^(?:\\d+\\.|\\([一二三四五六七八九十]+\\))");

  private static final String T2 = "/activeDisclosure";
  private static final String T4 = "/reviewLitigation";

  /** An editor's note where a copied page stops: "[页面摘录至此截断——以下内容缺失]". */
  private static final List<String> CUT_NOTE_WORDS = List.of("截断", "缺失", "未读取", "以下内容", "truncated");
  /** What a text's own figures for table 二 say: "现行有效行政规范性文件698件". */
  private static final Pattern DOCUMENT_FIGURE =
      Pattern.compile("(现行有效|制发|废止)[^，。；,;\\d]{0,12}?规范性文件(\\d{1,7})件");
  /** "2022年1月1日至2022年12月31日": the period names the report year. */
  private static final Pattern PERIOD_YEAR = Pattern.compile("(20\\d{2})年1月1日");
  private static final Pattern ANY_YEAR = Pattern.compile("(20\\d{2})年");
  /** How much of the text is looked through for a year when the top lines name none. */
  private static final int YEAR_SCAN = 2_000_000;
  /** A row label this close before a full stop is a sentence of the text, not a table row. */
  private static final int PROSE_WINDOW = 24;
  /** Places one label is looked for at most: text that repeats a label endlessly is not a table. */
  private static final int MAX_OCCURRENCES = 64;
  /** Lines at the top where the title, a page's header or the opening sentence may stand. */
  private static final int HEADING_LINES = 60;
  /** How far before a label, on its line, merged cells and group headings are looked through. */
  private static final int LINE_LEAD = 200;

  private final String source;
  private final Deadline deadline;
  private final FlatText text;
  private final List<ReadIssue> issues = new ArrayList<>();
  private final Map<String, Finding.Location> locations = new LinkedHashMap<>();
  private final Map<String, Cell> cells = new LinkedHashMap<>();
  /** Compact-text spans of the tables, kept out of the narrative. */
  private final List<int[]> tableSpans = new ArrayList<>();
  /** End of the report's content in the compact text: the end, or an editor's note that it stops. */
  private int contentEnd;
  private boolean cutNote;
  private int cutNoteLine = -1;

  private TextReader(String text, String source, Deadline deadline) {
    this.source = source;
    this.deadline = deadline;
    this.text = new FlatText(text);
    deadline.check();
  }

  public static TextDocument read(String text, String source) throws ReportReadException {
    return read(text, source, Deadline.NONE);
  }

  /**
   * As {@link #read(String, String)}, within the time left for this report.
   *
   * @throws org.nianbao.TimeLimitExceededException when the deadline passes while reading
   */
  public static TextDocument read(String text, String source, Deadline deadline) throws ReportReadException {
    // a page's traditional-character version is read as simplified, line for line
    return new TextReader(Simplified.toSimplified(text), source, deadline).read();
  }

  /** A row found in the text, with the compact-text extent of its label. */
  private record Occurrence(int row, int start, int end) {}

  /** What was read of one table. */
  private static final class TableRead {
    final Template.Table table;
    final List<Occurrence> rows = new ArrayList<>();
    final Map<Integer, RowFit.Result> results = new HashMap<>();
    int start = -1;
    int end = -1;
    /** Where the values of the last row found stopped (compact). */
    int lastValuesEnd = -1;
    /** Whether the text ends right at the last value read: that number may be cut short. */
    boolean endsAtCut;
    int regionEnd;

    TableRead(Template.Table table) {
      this.table = table;
    }

    boolean found() {
      return !rows.isEmpty();
    }
  }

  private TextDocument read() throws ReportReadException {
    findContentEnd();
    List<Headings.Heading> headings = Headings.find(text, contentEnd);
    deadline.check();
    Title title = title();
    Edition edition = edition(headings, title.year());
    Template template = Template.of(edition);
    Layout layout = Layout.of(edition);

    TableRead t2 = readRows(template.tables().get(0), headings, 0, layout, template);
    TableRead t3 = readRows(template.tables().get(1), headings, Math.max(0, t2.end), layout, template);
    // rows of table 三 whose run-together digits no cut settles: the text lost blank cells, perhaps
    boolean lostBlanks = t3.results.values().stream().anyMatch(r -> !r.placed()
        && r.words().stream().anyMatch(ValueWords.Word::digitRun));
    TableRead t4 = readTable4(template.tables().get(2), headings, Math.max(0, Math.max(t2.end, t3.end)), layout,
        template, lostBlanks);

    if (title.unit().isEmpty() && title.year() == 0 && headings.isEmpty() && !t2.found() && !t3.found()
        && !t4.found()) {
      throw new ReportReadException(source, "holds no sign of a report: no title such as "
          + "\"XX人民政府2024年政府信息公开工作年度报告\", no section heading such as 一、总体情况, no table row such as "
          + "一、本年新收政府信息公开申请数量");
    }
    if (title.from() != null) {
      issue(ReadIssue.Kind.NO_TITLE, List.of(), List.of(), null, null, title.unit(),
          title.year() == 0 ? "" : Integer.toString(title.year()), title.from());
    }
    otherEditionRows(edition, layout, t2, t3);
    Set<String> absent = truncation(headings, layout, List.of(t2, t3, t4));
    missingTables(headings, layout, List.of(t2, t3, t4), absent);
    // a cell no row was read for is blank: never 0
    Cell[] read = layout.slots().stream().map(slot -> cells.getOrDefault(slot.pointer(), Cell.BLANK))
        .toArray(Cell[]::new);
    Report report = layout.report(title.unit(), title.year(), narrative(headings), read);
    return new TextDocument(report, locations, issues);
  }

  // ---- where the content ends ----

  private void findContentEnd() {
    contentEnd = text.compact.length();
    for (int line = 0; line < text.lineCount(); line++) {
      if (text.lineEnd(line) - text.lineStart(line) >= 200) {
        continue;
      }
      String s = text.line(line).strip();
      if (s.length() > 2 && s.length() < 200 && (s.charAt(0) == '[' || s.charAt(0) == '【')
          && CUT_NOTE_WORDS.stream().anyMatch(s::contains)) {
        contentEnd = text.compact(text.lineStart(line));
        cutNote = true;
        cutNoteLine = line;
        return;
      }
    }
  }

  // ---- tables 二 and 三: rows aligned to the template ----

  private TableRead readRows(Template.Table table, List<Headings.Heading> headings, int after, Layout layout,
      Template template) {
    TableRead read = new TableRead(table);
    int[] region = region(table.section(), headings, after);
    read.regionEnd = region[1];
    int from = region[0];
    int marker = firstOf(table.starts(), from, region[1]);
    if (marker >= 0) {
      from = marker;
    }
    List<Occurrence> occurrences = occurrences(table, from, region[1]);
    if (marker < 0) {
      // no header opens the table: only labels that stand as a table's labels do, before values
      occurrences.removeIf(o -> !beforeValues(o.end(), region[1]));
    }
    List<Occurrence> chosen = align(occurrences);
    if (chosen.isEmpty()) {
      return read;
    }
    read.rows.addAll(chosen);
    read.start = lineLead(Math.min(marker >= 0 ? marker : chosen.get(0).start(), chosen.get(0).start()));
    int tableEnd = region[1];
    ValueWords.Style style = ValueWords.style(text, text.flat(read.start), text.flat(tableEnd));
    Map<Integer, BigDecimal> documentFigures = null; // scanned for on the one row that uses them
    int previousStop = -1;
    for (int k = 0; k < chosen.size(); k++) {
      deadline.check();
      Occurrence occurrence = chosen.get(k);
      Template.Row row = table.rows().get(occurrence.row());
      boolean last = k + 1 == chosen.size();
      int stretchEnd = last ? text.flat(tableEnd) : segmentEnd(chosen.get(k + 1).start());
      ValueWords.Stretch stretch = ValueWords.stretch(text, text.flatEnd(occurrence.end()), stretchEnd, style, true);
      if (!last && headsNextRow(stretch, text.flatEnd(occurrence.end()), table.rows().get(chosen.get(k + 1).row()))) {
        stretch = new ValueWords.Stretch(List.of(), text.flatEnd(occurrence.end()));
      }
      if (stretch.words().isEmpty() && previousStop >= 0 && previousStop < text.flat(occurrence.start())) {
        // a label wrapped around its values: "（一） 0 0 … 0" on one line, "予以公开" on the next
        ValueWords.Stretch before = ValueWords.stretch(text, previousStop, text.flat(occurrence.start()), style, false);
        if (!before.words().isEmpty()) {
          stretch = before;
        }
      }
      previousStop = Math.max(stretch.stoppedAt(), text.flatEnd(occurrence.end()));
      List<Layout.Slot> slots = layout.row(row.pointer());
      List<RowFit.Sum> sums = table.section() == 3 ? List.of(new RowFit.Sum(new int[] {0, 1, 2, 3, 4, 5}, 6)) : List.of();
      Map<Integer, BigDecimal> hints = Map.of();
      if (row.pointer().equals(T2 + "/documents/normativeDocuments") && template.edition() == Edition.E2021) {
        documentFigures = documentFigures == null ? documentFigures() : documentFigures;
        hints = documentFigures;
      }
      RowFit.Result fit = RowFit.fit(stretch.words(), slots.size(), sums, hints);
      if (fit.outcome() == RowFit.Outcome.COUNT && completeLine(stretch.words(), slots.size())) {
        // the row's cells end a line, and what follows up to the cut is not the row's ("2" of a
        // text cut after the ordinal of the next label)
        fit = RowFit.fit(stretch.words().subList(0, slots.size()), slots.size(), sums, hints);
      }
      read.results.put(occurrence.row(), fit);
      if (last) {
        read.lastValuesEnd = text.compact(stretch.stoppedAt());
        read.endsAtCut = endsAtCut(fit.placed() ? fit.cells() : stretch.words());
      }
    }
    if (table.section() == 3) {
      TableSums.settle(table, read.results);
    }
    if (marker < 0 && read.results.values().stream().filter(RowFit.Result::placed).count() < 2) {
      return new TableRead(table); // labels in sentences, not a table: "主动公开市政府规章13件（含…）"
    }
    for (Occurrence occurrence : chosen) {
      Template.Row row = table.rows().get(occurrence.row());
      place(table, row, occurrence, layout.row(row.pointer()), read.results.get(occurrence.row()), template);
    }
    read.end = Math.max(read.lastValuesEnd, chosen.get(chosen.size() - 1).end());
    tableSpans.add(new int[] {read.start, read.end});
    Set<Integer> found = new java.util.HashSet<>();
    chosen.forEach(o -> found.add(o.row()));
    for (int r = 0; r < table.rows().size(); r++) {
      if (!found.contains(r)) {
        Template.Row row = table.rows().get(r);
        List<String> pointers = layout.row(row.pointer()).stream().map(Layout.Slot::pointer).toList();
        pointers.forEach(p -> cells.put(p, Cell.BLANK));
        issue(ReadIssue.Kind.ROW_NOT_FOUND, pointers, List.of(), null, null, table.name(), row.printed());
      }
    }
    return read;
  }

  /**
   * Where a table is looked for: from its section's heading (or the end of the table before it)
   * to the next heading that follows it, or the end of the content.
   */
  private int[] region(int section, List<Headings.Heading> headings, int after) {
    int start = after;
    int end = contentEnd;
    for (Headings.Heading h : headings) {
      if (h.section() == section) {
        start = Math.max(start, h.end());
      }
    }
    for (Headings.Heading h : headings) {
      if (h.start() >= start && h.section() > section) {
        end = Math.min(end, h.start());
      }
    }
    return new int[] {start, Math.max(start, end)};
  }

  private int firstOf(List<String> words, int from, int to) {
    int first = -1;
    for (String word : words) {
      int at = text.compact.indexOf(word, from);
      if (at >= 0 && at < to && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /**
   * A table's first words with what opens their line ("（本列数据的勾稽关系为：…"), when that is no
   * sentence: the narrative keeps none of the table.
   */
  private int lineLead(int compactStart) {
    int line = text.lineOf(text.flat(compactStart));
    int lineStart = text.compact(text.lineStart(line));
    String lead = text.compact.substring(lineStart, compactStart);
    return lead.length() <= 40 && lead.indexOf('。') < 0 ? lineStart : compactStart;
  }

  /** Every place a row's label stands in the region, with the label's extent. */
  private List<Occurrence> occurrences(Template.Table table, int from, int to) {
    String c = text.compact;
    List<Occurrence> found = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      deadline.check();
      Template.Row row = table.rows().get(r);
      int count = 0;
      for (String anchor : row.anchors()) {
        for (int at = c.indexOf(anchor, from); at >= 0 && at + anchor.length() <= to && count < MAX_OCCURRENCES;
            at = c.indexOf(anchor, at + 1)) {
          int anchorEnd = at + anchor.length();
          if (row.wholeWord() && anchorEnd < c.length() && Normalize.isCjk(c.charAt(anchorEnd))) {
            continue;
          }
          if (isProse(anchorEnd, to)) {
            continue;
          }
          int position = at;
          int printedAt = row.printed().indexOf(anchor);
          int start = printedAt < 0 ? at : backward(row.printed(), printedAt, at, from);
          if (row.wholeWord() && printedAt > 0 && !prefixed(row.printed().substring(0, printedAt), start, at)) {
            continue; // 总计 or 其他 as a column head, not the row (七)总计 or 3.其他
          }
          int end = printedAt < 0 ? anchorEnd : forward(row.printed(), printedAt + anchor.length(), anchorEnd, to);
          int index = r;
          if (found.stream().anyMatch(o -> o.row() == index && o.start() <= position && position < o.end())) {
            continue;
          }
          found.add(new Occurrence(r, start, end));
          count++;
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** Whether a label is followed by a value or a separator, as in a table, not by more words. */
  private boolean beforeValues(int compactEnd, int to) {
    int i = text.flatEnd(compactEnd);
    int end = text.flat(Math.min(to, text.compact.length()));
    while (i < end && (text.flat.charAt(i) == ' ' || text.flat.charAt(i) == '\u00A0')) {
      i++;
    }
    if (i >= end) {
      return true;
    }
    char c = text.flat.charAt(i);
    return c == '\n' || c == '|' || c == '\t' || Character.isDigit(c) || "/-—–无".indexOf(c) >= 0;
  }

  /** Whether the label's printed start ("(七)", "3.") stands before its anchor. */
  private boolean prefixed(String prefix, int start, int at) {
    String found = text.compact.substring(start, at);
    long wanted = prefix.chars().filter(c -> !loose((char) c)).count();
    return found.chars().filter(c -> !loose((char) c)).count() >= wanted;
  }

  private boolean isProse(int from, int to) {
    int limit = Math.min(to, from + PROSE_WINDOW);
    for (int i = from; i < limit; i++) {
      char ch = text.compact.charAt(i);
      if (ch == '。') {
        return true;
      }
      if (ch == '|') {
        return false;
      }
    }
    return false;
  }

  /** Punctuation copies add or drop inside a label: skipped when matching it to the notice's wording. */
  private static boolean loose(char c) {
    return "、,，·.．:：;；“”\"'‘’()（）「」".indexOf(c) >= 0;
  }

  /** Extends a label back from its anchor over the rest of its printed wording, ordinal included. */
  private int backward(String printed, int printedAt, int at, int floor) {
    String c = text.compact;
    int i = printedAt - 1;
    int j = at - 1;
    while (i >= 0 && j >= floor) {
      if (printed.charAt(i) == c.charAt(j)) {
        i--;
        j--;
      } else if (loose(c.charAt(j)) && !Character.isDigit(printed.charAt(i))) {
        j--;
      } else if (loose(printed.charAt(i))) {
        i--;
      } else {
        break;
      }
    }
    return j + 1;
  }

  /** Extends a label forward from its anchor over the rest of its printed wording. */
  private int forward(String printed, int printedAt, int at, int ceiling) {
    String c = text.compact;
    int i = printedAt;
    int j = at;
    while (i < printed.length() && j < ceiling) {
      if (printed.charAt(i) == c.charAt(j)) {
        i++;
        j++;
      } else if (loose(c.charAt(j))) {
        j++;
      } else if (loose(printed.charAt(i))) {
        i++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * The rows found, in the template's order: the longest run of labels that stand in that order
   * (a label in a sentence before the table, or a column head such as 总计, is not taken).
   */
  private static List<Occurrence> align(List<Occurrence> occurrences) {
    return Chain.longest(occurrences, (p, o) -> p.row() < o.row() && p.end() <= o.start(), TextReader::closer);
  }


  /**
   * Whether the values after a label are those of the next row, whose label was wrapped around
   * them: on a line of their own below the label, after the start of the next row's label
   * ("过程性信息" … "7.属于行 9 0 0 0 0 0 9" … "政执法案卷").
   */
  private boolean headsNextRow(ValueWords.Stretch stretch, int labelEnd, Template.Row next) {
    ValueWords.Word first = stretch.words().stream().filter(w -> w.kind() != ValueWords.Kind.BLANK).findFirst()
        .orElse(null);
    if (first == null) {
      return false;
    }
    int line = text.lineOf(first.offset());
    if (line == text.lineOf(labelEnd)) {
      return false;
    }
    String before = Normalize.compact(text.flat.substring(text.lineStart(line), first.offset()))
        .replace("|", "");
    before = ITEM_NUMBER.matcher(before).replaceFirst("");
    return before.length() >= 2 && Template.core(next.printed()).startsWith(before);
  }

  /**
   * Of two places for the row before, the one to keep: the later row; for the same row, the
   * first place, where a label wrapped around its values begins ("2.其他法律行 30 1 … 政法规禁止公开").
   */
  private static boolean closer(Occurrence candidate, Occurrence current) {
    return candidate.row() != current.row() ? candidate.row() > current.row() : candidate.start() < current.start();
  }

  /**
   * Where the values before a label end: at the label, or at the start of its line when only
   * separators, merged cells and group headings stand before it there ({@code | | 2.其他法律…}).
   */
  private int segmentEnd(int labelStart) {
    int flat = text.flat(labelStart);
    int line = text.lineOf(flat);
    int lineStart = text.lineStart(line);
    // no digits there: a "/" joins the parts of a label ("三、本年度办理结果 / （一）予以公开")
    if (flat - lineStart <= LINE_LEAD && text.flat.substring(lineStart, flat).chars().noneMatch(Character::isDigit)) {
      return lineStart;
    }
    return flat;
  }

  /** The figures the text gives for table 二's 行政规范性文件 row, by column, to cut its digits. */
  private Map<Integer, BigDecimal> documentFigures() {
    Map<Integer, BigDecimal> figures = new HashMap<>();
    int limit = Math.min(text.flat.length(), 200_000);
    Matcher m = DOCUMENT_FIGURE.matcher(text.flat.substring(0, limit).replace(" ", ""));
    while (m.find()) {
      int column = switch (m.group(1)) {
        case "制发" -> 0;
        case "废止" -> 1;
        default -> 2;
      };
      figures.putIfAbsent(column, new BigDecimal(m.group(2)));
    }
    return figures;
  }

  /** Puts a row's values into its cells, or leaves them blank and says why. */
  private void place(Template.Table table, Template.Row row, Occurrence occurrence, List<Layout.Slot> slots,
      RowFit.Result result, Template template) {
    int labelLine = text.lineOf(text.flat(occurrence.start()));
    if (!result.placed()) {
      String found = String.join(" ", result.words().stream()
          .map(w -> w.kind() == ValueWords.Kind.BLANK ? "□" : w.text()).toList());
      for (Layout.Slot slot : slots) {
        cells.put(slot.pointer(), Cell.BLANK);
        locations.put(slot.pointer(), location(labelLine));
      }
      List<String> pointers = slots.stream().map(Layout.Slot::pointer).toList();
      switch (result.outcome()) {
        case COUNT -> issue(ReadIssue.Kind.CELL_COUNT, pointers, List.of(), labelLine, null, table.name(),
            row.printed(), Integer.toString(result.words().size()), Integer.toString(slots.size()), found);
        case NO_SPLIT -> issue(ReadIssue.Kind.DIGITS_NO_CUT, pointers, List.of(), labelLine, null, table.name(),
            row.printed(), found, Integer.toString(slots.size()));
        default -> issue(ReadIssue.Kind.DIGITS_AMBIGUOUS, pointers, List.of(), labelLine, null, table.name(),
            row.printed(), found, Integer.toString(slots.size()));
      }
      return;
    }
    for (int k = 0; k < slots.size(); k++) {
      ValueWords.Word word = result.cells().get(k);
      Layout.Slot slot = slots.get(k);
      int line = text.lineOf(word.offset());
      if (word.kind() == ValueWords.Kind.BLANK) {
        cells.put(slot.pointer(), Cell.BLANK);
        locations.put(slot.pointer(), location(labelLine));
        continue;
      }
      Cell cell = word.kind() == ValueWords.Kind.NOT_APPLICABLE ? Cell.NOT_APPLICABLE : CellText.parse(word.text());
      cells.put(slot.pointer(), cell);
      locations.put(slot.pointer(), location(line));
      if (word.unit() != null) {
        unit(slot, word, cell, line, template);
      }
    }
  }

  /** A unit that contradicts the column: the value stays as printed; the finding converts it. */
  private void unit(Layout.Slot slot, ValueWords.Word word, Cell cell, int line, Template template) {
    boolean money = word.unit().endsWith("元");
    if (slot.kind() == CellKind.AMOUNT) {
      String column = template.amountUnit();
      if (money && column != null && !word.unit().equals(column) && cell instanceof Cell.Value v) {
        BigDecimal converted = column.equals("万元") && word.unit().equals("元")
            ? v.number().movePointLeft(4).stripTrailingZeros() : null;
        issue(ReadIssue.Kind.UNIT, List.of(slot.pointer()), List.of(), line, converted, word.text() + word.unit(),
            column, converted == null ? "" : Numbers.plain(converted));
      } else if (!money) {
        issue(ReadIssue.Kind.UNIT, List.of(slot.pointer()), List.of(), line, null, word.text() + word.unit(),
            column == null ? "元" : column, "");
      }
    } else if (money) {
      issue(ReadIssue.Kind.UNIT, List.of(slot.pointer()), List.of(), line, null, word.text() + word.unit(), "件", "");
    }
  }

  // ---- table 四: fifteen values under one header ----

  private TableRead readTable4(Template.Table table, List<Headings.Heading> headings, int after, Layout layout,
      Template template, boolean lostBlanks) {
    TableRead read = new TableRead(table);
    int[] region = region(table.section(), headings, after);
    read.regionEnd = region[1];
    int start = firstOf(List.of("行政复议", "结果维持", "尚未审结"), region[0], region[1]);
    boolean heading = headings.stream().anyMatch(h -> h.section() == table.section());
    if (start < 0 || !heading && (firstOf(List.of("结果维持", "结果纠正"), start, region[1]) < 0
        || firstOf(List.of("尚未审结"), start, region[1]) < 0)) {
      return read; // without its heading, only the table's own header says a table is there
    }
    read.start = lineLead(start);
    List<Layout.Slot> slots = layout.slots().stream().filter(s -> s.pointer().startsWith(T4 + "/")).toList();
    ValueWords.Style style = ValueWords.style(text, text.flat(read.start), text.flat(region[1]));
    List<ValueWords.Word> words = new ArrayList<>();
    int at = skipHeader(read.start, region[1]);
    while (at < region[1] && words.size() < slots.size()) {
      ValueWords.Stretch stretch = ValueWords.stretch(text, text.flatEnd(at), text.flat(region[1]), style, true);
      words.addAll(stretch.words());
      int stopped = text.compact(stretch.stoppedAt());
      int next = skipHeader(stopped, region[1]);
      if (next == stopped || stopped >= region[1]) {
        at = stopped;
        break;
      }
      at = next;
    }
    if (words.isEmpty()) {
      read.end = at;
      tableSpans.add(new int[] {read.start, read.end});
      return read;
    }
    read.rows.add(new Occurrence(0, read.start, read.start));
    List<RowFit.Sum> sums = List.of(new RowFit.Sum(new int[] {0, 1, 2, 3}, 4), new RowFit.Sum(new int[] {5, 6, 7, 8}, 9),
        new RowFit.Sum(new int[] {10, 11, 12, 13}, 14));
    RowFit.Result result = RowFit.fit(words, slots.size(), sums, Map.of(), lostBlanks);
    if (!result.placed() && result.outcome() == RowFit.Outcome.COUNT && words.size() > slots.size()) {
      result = RowFit.fit(words.subList(0, slots.size()), slots.size(), sums, Map.of(), lostBlanks);
    }
    read.results.put(0, result);
    read.lastValuesEnd = at;
    read.endsAtCut = !words.isEmpty() && words.get(words.size() - 1).offset()
        + words.get(words.size() - 1).text().length() >= flatContentEnd();
    read.end = Math.max(at, read.start);
    tableSpans.add(new int[] {read.start, read.end});
    place(table, new Template.Row(T4, "表四", List.of(), false), new Occurrence(0, read.start, read.start), slots,
        result, template);
    return read;
  }

  /** Skips table 四's header words (and the separators between them) from {@code at}. */
  private int skipHeader(int at, int end) {
    String c = text.compact;
    int i = at;
    boolean moved = true;
    while (i < end && moved) {
      moved = false;
      for (String word : Template.TABLE_4_HEADINGS) {
        if (c.startsWith(word, i)) {
          i += word.length();
          moved = true;
          break;
        }
      }
      if (!moved && i < end && "|·、:()（）".indexOf(c.charAt(i)) >= 0) {
        i++;
        moved = true;
      }
    }
    return i;
  }

  // ---- title, edition ----

  /**
   * @param unit the body, empty when the text does not name it
   * @param year the report year, 0 when the text names none
   * @param from null when a title line gave both; else where they came from, for {@code doc.title}
   */
  private record Title(String unit, int year, String from) {}

  /**
   * The body and the year, from the title line or a page's header; failing those, from the
   * opening sentence or the statistics period, and {@code doc.title} says so.
   */
  private Title title() {
    List<String> top = new ArrayList<>();
    for (int line = 0; line < Math.min(text.lineCount(), HEADING_LINES); line++) {
      top.add(text.line(line));
    }
    Optional<ReportHeading.Found> found = ReportHeading.find(top);
    if (found.isEmpty()) {
      int year = yearInText();
      return new Title("", year, "none");
    }
    ReportHeading.Found heading = found.get();
    String unit = heading.unit() == null ? "" : heading.unit();
    int year = heading.year() == null ? yearInText() : heading.year();
    boolean titled = heading.unitSource() == ReportHeading.Source.TITLE
        || heading.unitSource() == ReportHeading.Source.HEADER;
    return new Title(unit, year, titled ? null : unit.isEmpty() ? "none" : "text");
  }

  /** Past the top lines: the year of the statistics period, or else the first year the text names. */
  private int yearInText() {
    String head = text.compact.substring(0, Math.min(text.compact.length(), YEAR_SCAN));
    Matcher period = PERIOD_YEAR.matcher(head);
    if (period.find()) {
      return Integer.parseInt(period.group(1));
    }
    Matcher any = ANY_YEAR.matcher(head);
    return any.find() ? Integer.parseInt(any.group(1)) : 0;
  }

  private Edition edition(List<Headings.Heading> headings, int year) {
    int from = 0;
    int to = contentEnd;
    for (Headings.Heading h : headings) {
      if (h.section() == 2) {
        from = h.start();
      }
      if (h.section() >= 4 && h.start() > from) {
        to = Math.min(to, h.start());
      }
    }
    int votes2019 = votes(Template.of(Edition.E2019).editionWords(), from, to);
    int votes2021 = votes(Template.of(Edition.E2021).editionWords(), from, to);
    if (votes2019 == votes2021) {
      return Edition.forYear(year == 0 ? 2021 : year);
    }
    return votes2019 > votes2021 ? Edition.E2019 : Edition.E2021;
  }

  private int votes(List<String> words, int from, int to) {
    int votes = 0;
    for (String word : words) {
      for (int at = text.compact.indexOf(word, from); at >= 0 && at < to && votes < 1000;
          at = text.compact.indexOf(word, at + 1)) {
        votes++;
      }
    }
    return votes;
  }

  /**
   * Rows of the other edition's tables (其他对外管理服务事项 in a 2021 table): not read into this
   * edition's cells, and said so.
   */
  private void otherEditionRows(Edition edition, Layout layout, TableRead t2, TableRead t3) {
    int from = t2.found() ? t2.start : t3.start;
    int to = Math.max(t2.end, t3.end);
    if (from < 0 || to <= from) {
      return;
    }
    for (Edition other : Edition.values()) {
      if (other == edition) {
        continue;
      }
      for (Template.Table table : Template.of(other).tables()) {
        for (Template.Row row : table.rows()) {
          String anchor = row.anchors().get(0);
          boolean heading = Template.of(edition).tables().stream().anyMatch(t -> t.headings().stream()
              .anyMatch(h -> h.contains(anchor))); // (六)其他处理 heads rows in 2021 and is one in 2019
          if (!layout.row(row.pointer()).isEmpty() || heading) {
            continue;
          }
          int at = text.compact.indexOf(anchor, from);
          if (at >= 0 && at < to) {
            int line = text.lineOf(text.flat(at));
            issue(ReadIssue.Kind.OTHER_EDITION_ROW, List.of(), List.of(), line, null, row.printed());
          }
        }
      }
    }
  }

  // ---- what is missing: a text that stops, tables not in the text ----

  /**
   * Whether the text stops before the report ends, and the cells after that point: they are
   * blank, and only the one finding about where the text stops speaks of them.
   */
  private Set<String> truncation(List<Headings.Heading> headings, Layout layout, List<TableRead> tables) {
    Set<String> absent = new LinkedHashSet<>();
    TableRead cutTable = null;
    for (TableRead t : tables) {
      if (t.found() && t.regionEnd >= contentEnd && !complete(t)) {
        cutTable = t;
      }
    }
    int lastSection = 0;
    for (Headings.Heading h : headings) {
      lastSection = Math.max(lastSection, h.start() < contentEnd ? h.section() : 0);
    }
    int reached = lastSection;
    boolean laterTables = tables.stream().anyMatch(t -> t.found() && t.table.section() > reached);
    // the text stops in mid-sentence before section 六, or before the sections of tables it never shows
    boolean truncated = cutNote || cutTable != null || lastSection < 6 && !endsASentence()
        || lastSection <= 4 && !laterTables && (lastSection > 0 || tables.stream().noneMatch(TableRead::found));
    if (!truncated) {
      return absent;
    }
    int cutSection = cutTable != null ? cutTable.table.section() : Math.max(lastSection, 0);
    for (TableRead t : tables) {
      Template.Table table = t.table;
      List<Layout.Slot> slots = layout.slots().stream().filter(s -> s.pointer().startsWith(table.pointer() + "/")).toList();
      if (t == cutTable) {
        Occurrence lastRow = t.rows.get(t.rows.size() - 1);
        RowFit.Result lastResult = t.results.get(lastRow.row());
        int firstAbsent = lastResult != null && lastResult.placed() && !t.endsAtCut ? lastRow.row() + 1 : lastRow.row();
        if (table.rows().isEmpty()) {
          slots.forEach(s -> absent.add(s.pointer()));
        }
        for (int r = firstAbsent; r < table.rows().size(); r++) {
          layout.row(table.rows().get(r).pointer()).forEach(s -> absent.add(s.pointer()));
        }
      } else if (!t.found() && table.section() >= cutSection) {
        slots.forEach(s -> absent.add(s.pointer()));
      }
    }
    // the cut row's own finding would only repeat that the text stops
    issues.removeIf(i -> i.kind() != ReadIssue.Kind.NO_TITLE && absent.containsAll(i.pointers()) && !i.pointers().isEmpty());
    for (String pointer : absent) {
      cells.put(pointer, Cell.BLANK);
      locations.remove(pointer);
    }
    int lastLine = lastContentLine();
    String where = cutTable != null
        ? cutTable.table.name() + "「" + lastRowLabel(cutTable) + "」"
        : lastSection == 0 ? "" : Template.of(Edition.E2021).sections().get(lastSection - 1).printed();
    issues.add(new ReadIssue(ReadIssue.Kind.TRUNCATED, List.of(), List.copyOf(absent),
        List.of(Integer.toString(lastLine + 1), where), location(lastLine), null, cutSection));
    return absent;
  }

  private boolean complete(TableRead t) {
    if (t.table.rows().isEmpty()) {
      RowFit.Result result = t.results.get(0);
      return result != null && result.placed() && !t.endsAtCut;
    }
    Occurrence last = t.rows.get(t.rows.size() - 1);
    RowFit.Result result = t.results.get(last.row());
    return last.row() == t.table.rows().size() - 1 && result != null && result.placed() && !t.endsAtCut;
  }

  private String lastRowLabel(TableRead t) {
    if (t.table.rows().isEmpty()) {
      return Template.TABLE_4_HEADINGS.get(0);
    }
    return t.table.rows().get(t.rows.get(t.rows.size() - 1).row()).printed();
  }

  /** Where the content ends as printed: the end of the text, or the start of the note that it stops. */
  private int flatContentEnd() {
    return cutNote ? text.lineStart(cutNoteLine) : text.flat.length();
  }

  /**
   * Whether the first {@code cells} words end a line and what follows them, on later lines, runs to
   * where the text stops: the start of a next row cut short, not values of this one.
   */
  private boolean completeLine(List<ValueWords.Word> words, int cells) {
    if (words.size() <= cells) {
      return false;
    }
    ValueWords.Word last = words.get(words.size() - 1);
    boolean atTheCut = last.offset() + last.text().length() >= flatContentEnd();
    return atTheCut && text.lineOf(words.get(cells).offset()) > text.lineOf(words.get(cells - 1).offset());
  }

  /** Whether the text ends right where the values read end: the last of them may be cut short. */
  private boolean endsAtCut(List<ValueWords.Word> words) {
    if (words.isEmpty() || contentEnd == 0) {
      return false;
    }
    ValueWords.Word last = words.get(words.size() - 1);
    // "-4" cut after its sign reads as a "-" mark: a mark the text ends on is as doubtful as a number
    return last.kind() != ValueWords.Kind.BLANK && last.offset() + last.text().length() >= flatContentEnd();
  }

  /** Whether the content ends as a sentence or a heading ends, not in the middle of one. */
  private boolean endsASentence() {
    String c = text.compact.substring(0, contentEnd);
    int i = c.length() - 1;
    return i < 0 || "。！？!?；;)）」”\"".indexOf(c.charAt(i)) >= 0;
  }

  private int lastContentLine() {
    int end = text.flat(Math.max(0, contentEnd - 1));
    return text.lineOf(Math.min(end, Math.max(0, text.flat.length() - 1)));
  }

  private void missingTables(List<Headings.Heading> headings, Layout layout, List<TableRead> tables, Set<String> absent) {
    if (tables.stream().noneMatch(TableRead::found)) {
      List<String> all = layout.slots().stream().map(Layout.Slot::pointer).filter(p -> !absent.contains(p)).toList();
      if (!all.isEmpty()) {
        issue(ReadIssue.Kind.TABLES_MISSING, List.of(), all, null, null);
      }
      return;
    }
    for (TableRead t : tables) {
      List<String> slots = layout.slots().stream().map(Layout.Slot::pointer)
          .filter(p -> p.startsWith(t.table.pointer() + "/") && !absent.contains(p)).toList();
      if (!t.found() && !slots.isEmpty()) {
        issue(ReadIssue.Kind.TABLE_MISSING, List.of(), slots, null, null, t.table.name());
      }
    }
  }

  // ---- narrative ----

  private Narrative narrative(List<Headings.Heading> headings) {
    List<Narrative.TextLine> preamble = new ArrayList<>();
    List<Narrative.Section> sections = new ArrayList<>();
    int first = headings.isEmpty() ? contentEnd : Math.min(headings.get(0).start(), contentEnd);
    addText(preamble, 0, first);
    for (int h = 0; h < headings.size(); h++) {
      Headings.Heading heading = headings.get(h);
      if (heading.start() >= contentEnd) {
        break;
      }
      int end = h + 1 < headings.size() ? Math.min(headings.get(h + 1).start(), contentEnd) : contentEnd;
      List<Narrative.TextLine> lines = new ArrayList<>();
      addText(lines, heading.end(), end);
      int line = text.lineOf(text.flat(heading.start()));
      sections.add(new Narrative.Section(raw(heading.start(), heading.end()), line + 1, lines));
    }
    return new Narrative(preamble, sections);
  }

  /** Adds the text of the compact range [from, to), less the tables, as lines. */
  private void addText(List<Narrative.TextLine> out, int from, int to) {
    int at = from;
    List<int[]> spans = new ArrayList<>(tableSpans);
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    for (int[] span : spans) {
      if (span[1] <= at || span[0] >= to) {
        continue;
      }
      addLines(out, at, Math.max(at, span[0]));
      at = Math.max(at, span[1]);
    }
    addLines(out, at, to);
  }

  private void addLines(List<Narrative.TextLine> out, int from, int to) {
    if (from >= to) {
      return;
    }
    int a = text.flat(from);
    int b = text.flat(to - 1) + 1;
    for (int line = text.lineOf(a); line < text.lineCount() && text.lineStart(line) < b; line++) {
      int s = Math.max(a, text.lineStart(line)) - text.lineStart(line);
      int e = Math.min(b, text.lineEnd(line)) - text.lineStart(line);
      if (s < e) {
        String piece = text.line(line, s, e).strip();
        if (!piece.isEmpty()) {
          out.add(new Narrative.TextLine(line + 1, piece));
        }
      }
    }
  }

  /** The text as printed of a compact range (within one line or across lines, joined). */
  private String raw(int from, int to) {
    List<Narrative.TextLine> pieces = new ArrayList<>();
    addLines(pieces, from, to);
    return String.join("", pieces.stream().map(Narrative.TextLine::text).toList());
  }

  // ---- observations ----

  private void issue(ReadIssue.Kind kind, List<String> pointers, List<String> silenced, Integer line, BigDecimal value,
      String... arguments) {
    issues.add(new ReadIssue(kind, pointers, silenced, List.of(arguments), line == null ? null : location(line), value,
        0));
  }

  private Finding.Location location(int line) {
    // the cells of a row are on one line: one place, quoted once, for all of them
    if (line != lastPlacedLine) {
      lastPlace = new Finding.Location(line + 1, null, null, null, null, null, null, text.quote(line));
      lastPlacedLine = line;
    }
    return lastPlace;
  }

  private int lastPlacedLine = -1;
  private Finding.Location lastPlace;
}
