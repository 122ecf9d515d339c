package org.nianbao.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.ActiveDisclosure;
import org.nianbao.ActiveDisclosure2019;
import org.nianbao.ActiveDisclosure2021;
import org.nianbao.ApplicantRow;
import org.nianbao.Applications;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Finding;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.ReportReadException;
import org.nianbao.ReviewLitigation;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.internal.layout.Layout;

/**
 * Reads a report from text as it is copied from a web page, a PDF or Word: tables as tab-, {@code
 * |}- or space-separated rows, rows found by their labels' content (not their position), and the
 * six sections by their headings. Cells keep the line they came from.
 *
 * <p>Reading never guesses silently: a row that cannot be read is reported, with its line.
 */
public final class TextReader {

  /** A table row, found by words of its label (in this order, the more specific first). */
  private record RowSpec(String pointer, String keyword) {}

  private static final String T2 = "/activeDisclosure";
  private static final String T3 = "/applications";
  private static final String OUT = T3 + "/outcomes";

  private static final List<RowSpec> TABLE_2 = List.of(
      new RowSpec(T2 + "/documents/rules", "规章"),
      new RowSpec(T2 + "/documents/normativeDocuments", "规范性文件"),
      new RowSpec(T2 + "/licensing/administrativeLicensing", "行政许可"),
      new RowSpec(T2 + "/licensing/otherServices", "其他对外管理服务"),
      new RowSpec(T2 + "/enforcement/penalty", "行政处罚"),
      new RowSpec(T2 + "/enforcement/coercion", "行政强制"),
      new RowSpec(T2 + "/fees/administrativeFees", "行政事业性收费"),
      new RowSpec(T2 + "/procurement/centralizedProcurement", "政府集中采购"));

  private static final List<RowSpec> TABLE_3 = List.of(
      new RowSpec(T3 + "/newRequests", "本年新收"),
      new RowSpec(T3 + "/carriedOver", "上年结转"),
      new RowSpec(T3 + "/carriedForward", "结转下年度"),
      new RowSpec(OUT + "/partlyDisclosed", "部分公开"),
      new RowSpec(OUT + "/disclosed", "予以公开"),
      new RowSpec(OUT + "/withheld/stateSecret", "国家秘密"),
      new RowSpec(OUT + "/withheld/prohibitedByLaw", "禁止公开"),
      new RowSpec(OUT + "/withheld/threeSecurityOneStability", "三安全一稳定"),
      new RowSpec(OUT + "/withheld/thirdPartyRights", "第三方合法权益"),
      new RowSpec(OUT + "/withheld/internalAffairs", "内部事务"),
      new RowSpec(OUT + "/withheld/processInformation", "过程性信息"),
      new RowSpec(OUT + "/withheld/enforcementFiles", "行政执法案卷"),
      new RowSpec(OUT + "/withheld/administrativeQuery", "行政查询事项"),
      new RowSpec(OUT + "/unavailable/notHeld", "不掌握"),
      new RowSpec(OUT + "/unavailable/needsCreation", "另行制作"),
      new RowSpec(OUT + "/unavailable/stillUnclear", "仍不明确"),
      new RowSpec(OUT + "/notProcessed/complaint", "信访举报投诉"),
      new RowSpec(OUT + "/notProcessed/repeated", "重复申请"),
      new RowSpec(OUT + "/notProcessed/publication", "公开出版物"),
      new RowSpec(OUT + "/notProcessed/excessive", "大量反复申请"),
      new RowSpec(OUT + "/notProcessed/reconfirmation", "重新出具"),
      new RowSpec(OUT + "/otherHandling/noCorrection", "逾期不补正"),
      new RowSpec(OUT + "/otherHandling/feeUnpaid", "收费通知"),
      new RowSpec(OUT + "/otherHandling/other", "3.其他"),
      new RowSpec(OUT + "/otherHandling", "其他处理"),
      new RowSpec(OUT + "/total", "总计"));

  /** Header lines: never a row, even where they hold a row's words (总计, 其他). */
  private static final List<String> HEADER_WORDS = List.of("勾稽关系", "自然人", "申请人情况", "信息内容", "商业企业");

  /** Words only one edition's tables use. */
  private static final List<String> EDITION_2019_WORDS =
      List.of("新制作", "对外公开总数量", "上一年项目数量", "其他对外管理服务", "政府集中采购", "采购总金额");
  private static final List<String> EDITION_2021_WORDS =
      List.of("制发件数", "废止件数", "现行有效", "收费金额", "逾期不补正", "收费通知");

  private static final Pattern TITLE = Pattern.compile("(\\d{4})年度?的?政府信息公开(?:工作)?(?:年度)?报告");
  private static final Pattern UNTITLED = Pattern.compile("^(.+?)政府信息公开(?:工作)?(?:年度)?报告$");
  /** The first year the text names, e.g. in its statistics period. */
  private static final Pattern ANY_YEAR = Pattern.compile("(20\\d{2})年");
  /** "2025年上海市人民政府办公厅政府信息公开工作年度报告" */
  private static final Pattern TITLE_YEAR_FIRST =
      Pattern.compile("^(\\d{4})年度?(.+?)政府信息公开(?:工作)?(?:年度)?报告");

  private final String source;
  private final String[] raw;
  private final List<ReadIssue> issues = new ArrayList<>();
  private final Map<String, Finding.Location> locations = new LinkedHashMap<>();
  /** 0-based indices of the lines that belong to tables, kept out of the narrative. */
  private final TreeSet<Integer> tableLines = new TreeSet<>();

  /** Each line folded and without spaces, for matching; null for a sentence of the text. */
  private final String[] compact;

  private TextReader(String text, String source) {
    this.source = source;
    this.raw = text.split("\r\n|\r|\n", -1);
    this.compact = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      compact[i] = isProse(raw[i]) ? null : Normalize.compact(raw[i]);
    }
  }

  public static TextDocument read(String text, String source) throws ReportReadException {
    return new TextReader(text, source).read();
  }

  private TextDocument read() throws ReportReadException {
    Sections sections = Sections.find(raw, compact);
    Region t2 = sections.region(2, raw.length);
    Region t3 = sections.region(3, raw.length);
    Region t4 = sections.region(4, raw.length);

    Map<String, ParsedRow> rows2 = rows(t2, TABLE_2);
    Map<String, ParsedRow> rows3 = rows(t3, TABLE_3);
    List<Piece> values4 = valueLine(t4);
    if (rows2.isEmpty() && rows3.isEmpty() && values4.isEmpty()) {
      throw new ReportReadException(source, "no report tables found: none of the rows of tables 二, 三 and 四 "
          + "(e.g. 一、本年新收政府信息公开申请数量) is in the text");
    }
    Title title = title();
    Edition edition = edition(t2, t3, title.year());

    Map<String, Cell> cells = new LinkedHashMap<>();
    Layout layout = Layout.of(edition);
    fill(layout, T2, rows2, cells, t2, "表二");
    fill(layout, T3, rows3, cells, t3, "表三");
    fillTable4(layout, values4, cells);

    Report report = new Report(title.unit(), title.year(), edition, activeDisclosure(edition, cells),
        applications(edition, cells), reviewLitigation(cells), narrative(sections));
    return new TextDocument(report, locations, issues);
  }

  // ---- rows ----

  /** A piece of a line: the text of one cell, or of a label. */
  record Piece(String text, int line) {}

  /** A row found by its label, with its value cells (possibly on the following lines). */
  private record ParsedRow(String label, int line, List<String> values, String text) {}

  private Map<String, ParsedRow> rows(Region region, List<RowSpec> specs) {
    Map<String, ParsedRow> found = new LinkedHashMap<>();
    String pendingRow = null;
    String pendingLabel = null;
    int pendingLine = -1;
    for (int i = region.start(); i < region.end(); i++) {
      String line = raw[i];
      if (line.isBlank() || isProse(line)) {
        continue;
      }
      Split split = Split.of(line);
      String label = Normalize.compact(split.label());
      if (!label.isEmpty()) {
        pendingRow = null;
        if (HEADER_WORDS.stream().anyMatch(label::contains) && split.values().stream().allMatch(String::isBlank)) {
          tableLines.add(i);
          continue;
        }
        String row = match(label, specs);
        if (row == null) {
          if (label.contains("第二十条") || label.contains("项")) {
            tableLines.add(i);
          }
          continue;
        }
        tableLines.add(i);
        // one empty piece after a label is a trailing tab, not a row of blank cells
        if (split.values().isEmpty() || split.values().size() == 1 && split.values().get(0).isBlank()) {
          pendingRow = row;
          pendingLabel = label;
          pendingLine = i;
        } else {
          found.putIfAbsent(row, new ParsedRow(label, i, split.values(), line.strip()));
        }
      } else if (pendingRow != null && !split.values().isEmpty()) {
        // a label on a line of its own, its cells on the next
        tableLines.add(i);
        found.putIfAbsent(pendingRow, new ParsedRow(pendingLabel, i, split.values(), line.strip()));
        pendingRow = null;
      }
    }
    return found;
  }

  /** A line with a full stop is a sentence of the text: no table row has one. */
  private static boolean isProse(String line) {
    return line.indexOf('。') >= 0;
  }

  private static String match(String label, List<RowSpec> specs) {
    for (RowSpec spec : specs) {
      if (label.contains(spec.keyword())) {
        return spec.pointer();
      }
    }
    return null;
  }

  /** Table 四 is one line of fifteen values under its headers. */
  private List<Piece> valueLine(Region region) {
    List<Piece> values = new ArrayList<>();
    for (int i = region.start(); i < region.end() && values.size() < 15; i++) {
      if (raw[i].isBlank() || isProse(raw[i])) {
        continue;
      }
      Split split = Split.of(raw[i]);
      String label = Normalize.compact(split.label());
      if (label.contains("行政复议") || label.contains("行政诉讼") || label.contains("结果") || label.contains("审结")
          || label.contains("总计") || label.contains("起诉")) {
        tableLines.add(i);
        continue;
      }
      if (label.isEmpty() && !split.values().isEmpty()) {
        tableLines.add(i);
        for (String v : split.values()) {
          values.add(new Piece(v, i));
        }
      }
    }
    return values;
  }

  private void fill(Layout layout, String table, Map<String, ParsedRow> rows, Map<String, Cell> cells, Region region,
      String tableName) {
    List<String> rowPointers = layout.rows(table);
    if (rows.isEmpty()) {
      missingTable(layout, table, cells, tableName, region);
      return;
    }
    for (String row : rows.keySet()) {
      if (!rowPointers.contains(row)) {
        ParsedRow parsed = rows.get(row);
        issue(Rule.DOC_EDITION, Severity.WARNING, List.of(), "read.other_edition_row", parsed.line(),
            parsed.text(), parsed.text());
      }
    }
    for (String row : rowPointers) {
      List<Layout.Slot> slots = layout.row(row);
      ParsedRow parsed = rows.get(row);
      if (parsed == null) {
        slots.forEach(s -> cells.put(s.pointer(), Cell.BLANK));
        issue(Rule.CELL_INVALID, Severity.ERROR, pointers(slots), "read.row_missing", region.start() + 1, null,
            tableName);
        continue;
      }
      List<Cell> values = cellsOf(parsed, slots, row.startsWith(T3) ? 6 : 0);
      for (int k = 0; k < slots.size(); k++) {
        String pointer = slots.get(k).pointer();
        cells.put(pointer, values.get(k));
        locations.put(pointer, location(parsed.line(), parsed.text()));
      }
    }
  }

  /**
   * The cells of a row: the value pieces after its label, fitted to the template's number of
   * columns. Copies add empty pieces at the ends of rows (merged label columns, a trailing tab):
   * those go first, trailing before leading. Digits that lost their separators are cut where the
   * row's sum allows exactly one cut.
   *
   * @param parts the number of cells that add up to the row's last cell, or 0 when none do
   */
  private List<Cell> cellsOf(ParsedRow row, List<Layout.Slot> slots, int parts) {
    int n = slots.size();
    List<String> values = new ArrayList<>(row.values());
    while (values.size() > n && values.get(values.size() - 1).isBlank()) {
      values.remove(values.size() - 1);
    }
    while (values.size() > n && values.get(0).isBlank()) {
      values.remove(0);
    }
    if (values.size() == n) {
      return values.stream().map(CellText::parse).toList();
    }
    String digits = values.size() == 1 ? values.get(0).strip() : "";
    if (n > 1 && digits.matches("\\d+")) {
      List<long[]> cuts = parts > 0 ? RunTogether.cuts(digits, parts, 1) : RunTogether.cutsWithoutSums(digits, n);
      if (cuts.size() == 1) {
        return java.util.Arrays.stream(cuts.get(0)).mapToObj(Cell::of).toList();
      }
      issue(Rule.CELL_INVALID, Severity.ERROR, pointers(slots), cuts.isEmpty() ? "read.digits_no_cut" : "read.digits_ambiguous",
          row.line() + 1, row.text(), digits, Integer.toString(n));
      return slots.stream().map(s -> (Cell) Cell.unreadable(digits)).toList();
    }
    issue(Rule.CELL_INVALID, Severity.ERROR, pointers(slots), "read.cell_count", row.line() + 1, row.text(),
        Integer.toString(values.size()), Integer.toString(n));
    return slots.stream().map(s -> (Cell) Cell.unreadable(String.join(" ", row.values()).strip())).toList();
  }

  private void fillTable4(Layout layout, List<Piece> pieces, Map<String, Cell> cells) {
    List<Layout.Slot> slots = layout.slots().stream().filter(s -> s.table().equals("reviewLitigation")).toList();
    if (pieces.isEmpty()) {
      missingTable(layout, "/reviewLitigation", cells, "表四", null);
      return;
    }
    List<String> values = new ArrayList<>(pieces.stream().map(Piece::text).toList());
    int line = pieces.get(0).line();
    ParsedRow row = new ParsedRow("", line, values, raw[line].strip());
    List<Cell> read;
    String digits = values.size() == 1 ? values.get(0).strip() : "";
    if (digits.matches("\\d+") && digits.length() > 1) {
      List<long[]> cuts = RunTogether.cuts(digits, 4, 3);
      if (cuts.size() == 1) {
        read = java.util.Arrays.stream(cuts.get(0)).mapToObj(Cell::of).toList();
      } else {
        issue(Rule.CELL_INVALID, Severity.ERROR, pointers(slots), cuts.isEmpty() ? "read.digits_no_cut" : "read.digits_ambiguous",
            line + 1, row.text(), digits, "15");
        read = slots.stream().map(s -> (Cell) Cell.unreadable(digits)).toList();
      }
    } else {
      read = cellsOf(row, slots, 0);
    }
    for (int k = 0; k < slots.size(); k++) {
      cells.put(slots.get(k).pointer(), read.get(k));
      int pieceLine = k < pieces.size() ? pieces.get(k).line() : line;
      locations.put(slots.get(k).pointer(), location(pieceLine, raw[pieceLine].strip()));
    }
  }

  private void missingTable(Layout layout, String table, Map<String, Cell> cells, String tableName, Region region) {
    List<Layout.Slot> slots = layout.slots().stream().filter(s -> s.pointer().startsWith(table + "/")).toList();
    slots.forEach(s -> cells.put(s.pointer(), Cell.BLANK));
    issue(Rule.DOC_SECTIONS, Severity.ERROR, pointers(slots), "read.table_missing",
        region == null || region.start() >= raw.length ? null : region.start(), null, tableName);
  }

  private static List<String> pointers(List<Layout.Slot> slots) {
    return slots.stream().map(Layout.Slot::pointer).toList();
  }

  private void issue(Rule rule, Severity severity, List<String> pointers, String key, Integer line, String text,
      String... arguments) {
    issues.add(new ReadIssue(rule, severity, pointers, key, List.of(arguments),
        line == null ? null : location(line - 1, text)));
  }

  private static Finding.Location location(int index, String text) {
    return new Finding.Location(index + 1, null, null, null, null, null, null, text);
  }

  // ---- edition, title ----

  private Edition edition(Region t2, Region t3, int year) {
    int votes2019 = 0;
    int votes2021 = 0;
    for (Region region : List.of(t2, t3)) {
      for (int i = region.start(); i < region.end(); i++) {
        String line = compact[i];
        if (line == null) {
          continue;
        }
        votes2019 += (int) EDITION_2019_WORDS.stream().filter(line::contains).count();
        votes2021 += (int) EDITION_2021_WORDS.stream().filter(line::contains).count();
      }
    }
    if (votes2019 == votes2021) {
      return Edition.forYear(year);
    }
    return votes2019 > votes2021 ? Edition.E2019 : Edition.E2021;
  }

  private record Title(String unit, int year) {}

  private Title title() throws ReportReadException {
    String previous = null;
    int seen = 0;
    for (int i = 0; i < raw.length && seen < 12; i++) {
      String line = Normalize.fold(raw[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      Matcher yearFirst = TITLE_YEAR_FIRST.matcher(line.replace(" ", ""));
      if (yearFirst.find() && !yearFirst.group(2).isBlank()) {
        return new Title(yearFirst.group(2), Integer.parseInt(yearFirst.group(1)));
      }
      Matcher m = TITLE.matcher(line.replace(" ", ""));
      if (m.find()) {
        String compact = line.replace(" ", "");
        String unit = compact.substring(0, m.start()).replaceAll("[《〈\"“]", "").strip();
        if (unit.isEmpty() && previous != null) {
          unit = previous;
        }
        if (unit.isEmpty()) {
          break;
        }
        return new Title(unit, Integer.parseInt(m.group(1)));
      }
      previous = raw[i].strip();
    }
    return untitled();
  }

  /**
   * A title without a year ("某某局政府信息公开工作年度报告"): the year comes from the statistics
   * period or the first year the text names, and {@code doc.year} says the title lacks it.
   */
  private Title untitled() throws ReportReadException {
    String unit = null;
    for (int i = 0; i < raw.length && unit == null; i++) {
      Matcher m = UNTITLED.matcher(Normalize.compact(raw[i]));
      if (m.find() && !m.group(1).isEmpty()) {
        unit = m.group(1);
      }
    }
    Integer year = null;
    for (int i = 0; i < raw.length && year == null; i++) {
      Matcher m = ANY_YEAR.matcher(Normalize.compact(raw[i]));
      if (m.find()) {
        year = Integer.parseInt(m.group(1));
      }
    }
    if (unit == null || year == null) {
      throw new ReportReadException(source, "no title found: expected a line such as "
          + "\"XX人民政府2024年政府信息公开工作年度报告\" near the top naming the body and the year");
    }
    return new Title(unit, year);
  }

  // ---- narrative ----

  private Narrative narrative(Sections sections) {
    List<Narrative.TextLine> preamble = new ArrayList<>();
    List<Narrative.Section> out = new ArrayList<>();
    int first = sections.headings().isEmpty() ? raw.length : sections.headings().get(0).line();
    addLines(preamble, 0, first);
    List<Sections.Heading> headings = sections.headings();
    for (int h = 0; h < headings.size(); h++) {
      Sections.Heading heading = headings.get(h);
      int end = h + 1 < headings.size() ? headings.get(h + 1).line() : raw.length;
      List<Narrative.TextLine> lines = new ArrayList<>();
      Integer firstTable = tableLines.ceiling(heading.line());
      int tableStart = firstTable == null || firstTable >= end ? end : firstTable;
      int tableEnd = tableStart;
      for (int i : tableLines.subSet(heading.line(), end)) {
        tableEnd = i + 1;
      }
      addLines(lines, heading.line() + 1, tableStart);
      addLines(lines, tableEnd, end);
      out.add(new Narrative.Section(raw[heading.line()].strip(), heading.line() + 1, lines));
    }
    return new Narrative(preamble, out);
  }

  private void addLines(List<Narrative.TextLine> out, int from, int to) {
    for (int i = Math.max(from, 0); i < to; i++) {
      if (!raw[i].isBlank() && !tableLines.contains(i)) {
        out.add(new Narrative.TextLine(i + 1, raw[i].strip()));
      }
    }
  }

  // ---- model ----

  private static Cell c(Map<String, Cell> cells, String pointer) {
    Cell cell = cells.get(pointer);
    if (cell == null) {
      throw new IllegalStateException("no cell read for " + pointer);
    }
    return cell;
  }

  private static ActiveDisclosure activeDisclosure(Edition edition, Map<String, Cell> m) {
    String d = T2 + "/documents/";
    if (edition == Edition.E2019) {
      return new ActiveDisclosure2019(
          new ActiveDisclosure2019.Documents(docs2019(m, d + "rules"), docs2019(m, d + "normativeDocuments")),
          new ActiveDisclosure2019.Licensing(items(m, T2 + "/licensing/administrativeLicensing"),
              items(m, T2 + "/licensing/otherServices")),
          new ActiveDisclosure2019.Enforcement(items(m, T2 + "/enforcement/penalty"),
              items(m, T2 + "/enforcement/coercion")),
          new ActiveDisclosure2019.Fees(new ActiveDisclosure2019.FeeItems(
              c(m, T2 + "/fees/administrativeFees/previousItems"), c(m, T2 + "/fees/administrativeFees/change"))),
          new ActiveDisclosure2019.Procurement(new ActiveDisclosure2019.ProcurementCounts(
              c(m, T2 + "/procurement/centralizedProcurement/projects"),
              c(m, T2 + "/procurement/centralizedProcurement/amount"))));
    }
    return new ActiveDisclosure2021(
        new ActiveDisclosure2021.Documents(docs2021(m, d + "rules"), docs2021(m, d + "normativeDocuments")),
        new ActiveDisclosure2021.Licensing(decisions(m, T2 + "/licensing/administrativeLicensing")),
        new ActiveDisclosure2021.Enforcement(decisions(m, T2 + "/enforcement/penalty"),
            decisions(m, T2 + "/enforcement/coercion")),
        new ActiveDisclosure2021.Fees(new ActiveDisclosure2021.FeeAmount(c(m, T2 + "/fees/administrativeFees/amount"))));
  }

  private static ActiveDisclosure2019.DocumentCounts docs2019(Map<String, Cell> m, String row) {
    return new ActiveDisclosure2019.DocumentCounts(c(m, row + "/made"), c(m, row + "/published"),
        c(m, row + "/publicTotal"));
  }

  private static ActiveDisclosure2021.DocumentCounts docs2021(Map<String, Cell> m, String row) {
    return new ActiveDisclosure2021.DocumentCounts(c(m, row + "/issued"), c(m, row + "/repealed"),
        c(m, row + "/inForce"));
  }

  private static ActiveDisclosure2019.ItemCounts items(Map<String, Cell> m, String row) {
    return new ActiveDisclosure2019.ItemCounts(c(m, row + "/previousItems"), c(m, row + "/change"),
        c(m, row + "/decisions"));
  }

  private static ActiveDisclosure2021.Decisions decisions(Map<String, Cell> m, String row) {
    return new ActiveDisclosure2021.Decisions(c(m, row + "/decisions"));
  }

  private static ApplicantRow row(Map<String, Cell> m, String row) {
    return new ApplicantRow(c(m, row + "/naturalPerson"), c(m, row + "/commercialEnterprise"),
        c(m, row + "/researchInstitution"), c(m, row + "/publicInterestOrganization"),
        c(m, row + "/legalServiceOrganization"), c(m, row + "/otherOrganization"), c(m, row + "/total"));
  }

  private static Applications applications(Edition edition, Map<String, Cell> m) {
    String w = OUT + "/withheld/";
    String u = OUT + "/unavailable/";
    String p = OUT + "/notProcessed/";
    Applications.OtherHandling other = edition == Edition.E2019 ? row(m, OUT + "/otherHandling")
        : new Applications.OtherHandlingItems(row(m, OUT + "/otherHandling/noCorrection"),
            row(m, OUT + "/otherHandling/feeUnpaid"), row(m, OUT + "/otherHandling/other"));
    return new Applications(row(m, T3 + "/newRequests"), row(m, T3 + "/carriedOver"),
        new Applications.Outcomes(row(m, OUT + "/disclosed"), row(m, OUT + "/partlyDisclosed"),
            new Applications.Withheld(row(m, w + "stateSecret"), row(m, w + "prohibitedByLaw"),
                row(m, w + "threeSecurityOneStability"), row(m, w + "thirdPartyRights"),
                row(m, w + "internalAffairs"), row(m, w + "processInformation"), row(m, w + "enforcementFiles"),
                row(m, w + "administrativeQuery")),
            new Applications.Unavailable(row(m, u + "notHeld"), row(m, u + "needsCreation"),
                row(m, u + "stillUnclear")),
            new Applications.NotProcessed(row(m, p + "complaint"), row(m, p + "repeated"), row(m, p + "publication"),
                row(m, p + "excessive"), row(m, p + "reconfirmation")),
            other, row(m, OUT + "/total")),
        row(m, T3 + "/carriedForward"));
  }

  private static ReviewLitigation reviewLitigation(Map<String, Cell> m) {
    return new ReviewLitigation(group(m, "review"), group(m, "directLitigation"), group(m, "litigationAfterReview"));
  }

  private static ReviewLitigation.CaseGroup group(Map<String, Cell> m, String name) {
    String g = "/reviewLitigation/" + name + "/";
    return new ReviewLitigation.CaseGroup(c(m, g + "upheld"), c(m, g + "corrected"), c(m, g + "other"),
        c(m, g + "pending"), c(m, g + "total"));
  }

  /** Lines {@code start} (inclusive) to {@code end} (exclusive), 0-based. */
  record Region(int start, int end) {}
}
