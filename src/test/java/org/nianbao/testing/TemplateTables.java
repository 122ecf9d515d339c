package org.nianbao.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Report;
import org.nianbao.internal.layout.Layout;

/**
 * The three tables of a report laid out as the official template lays them out, merged cells and
 * all: the header of table 三 (申请人情况 over 自然人, 法人或其他组织 over five columns, 总计), the
 * 三、本年度办理结果 label spanning its rows, the table 四 header in three rows. Word and web page
 * fixtures are rendered from this.
 */
public final class TemplateTables {
  /** A cell of the layout: its text and how many rows and columns it covers. */
  public record Span(String text, int rows, int columns) {
    static Span of(String text) {
      return new Span(text, 1, 1);
    }
  }

  /** A table: rows of spans, in grid order, leaving out the positions other spans cover. */
  public record Table(List<List<Span>> rows) {}

  private TemplateTables() {}

  public static List<Table> of(Report report) {
    Layout layout = Layout.of(report.edition());
    Cell[] cells = layout.cells(report);
    return List.of(table2(report, layout, cells), table3(report, layout, cells), table4(layout, cells));
  }

  static String text(Cell cell) {
    if (cell instanceof Cell.Value v) {
      return v.number().toPlainString();
    }
    return cell instanceof Cell.NotApplicable ? "/" : cell instanceof Cell.Unreadable u ? u.text() : "";
  }

  private static List<Span> values(Layout layout, Cell[] cells, String row) {
    return layout.row(row).stream().map(s -> Span.of(text(cells[s.index()]))).toList();
  }

  private static Table table2(Report report, Layout layout, Cell[] cells) {
    boolean e2019 = report.edition() == Edition.E2019;
    List<List<Span>> rows = new ArrayList<>();
    String t = "/activeDisclosure";
    section(rows, "第二十条第（一）项", e2019 ? List.of("信息内容", "本年新 制作数量", "本年新 公开数量", "对外公开 总数量")
        : List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
    row(rows, "规章", values(layout, cells, t + "/documents/rules"), 4);
    row(rows, e2019 ? "规范性文件" : "行政规范性文件", values(layout, cells, t + "/documents/normativeDocuments"), 4);
    if (e2019) {
      section(rows, "第二十条第（五）项", List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
      row(rows, "行政许可", values(layout, cells, t + "/licensing/administrativeLicensing"), 4);
      row(rows, "其他对外管理服务事项", values(layout, cells, t + "/licensing/otherServices"), 4);
      section(rows, "第二十条第（六）项", List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
      row(rows, "行政处罚", values(layout, cells, t + "/enforcement/penalty"), 4);
      row(rows, "行政强制", values(layout, cells, t + "/enforcement/coercion"), 4);
      section(rows, "第二十条第（八）项", List.of("信息内容", "上一年项目数量", "本年增/减", ""));
      row(rows, "行政事业性收费", values(layout, cells, t + "/fees/administrativeFees"), 4);
      section(rows, "第二十条第（九）项", List.of("信息内容", "采购项目数量", "采购总金额", ""));
      row(rows, "政府集中采购", values(layout, cells, t + "/procurement/centralizedProcurement"), 4);
    } else {
      section(rows, "第二十条第（五）项", List.of("信息内容", "本年处理决定数量"));
      row(rows, "行政许可", values(layout, cells, t + "/licensing/administrativeLicensing"), 4);
      section(rows, "第二十条第（六）项", List.of("信息内容", "本年处理决定数量"));
      row(rows, "行政处罚", values(layout, cells, t + "/enforcement/penalty"), 4);
      row(rows, "行政强制", values(layout, cells, t + "/enforcement/coercion"), 4);
      section(rows, "第二十条第（八）项", List.of("信息内容", "本年收费金额（单位：万元）"));
      row(rows, "行政事业性收费", values(layout, cells, t + "/fees/administrativeFees"), 4);
    }
    return new Table(rows);
  }

  private static void section(List<List<Span>> rows, String title, List<String> header) {
    rows.add(List.of(new Span(title, 1, 4)));
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      boolean last = i == header.size() - 1;
      spans.add(new Span(header.get(i), 1, last ? 4 - i : 1));
    }
    rows.add(spans);
  }

  /** A label and its values, the last value stretched to the table's width. */
  private static void row(List<List<Span>> rows, String label, List<Span> values, int width) {
    List<Span> spans = new ArrayList<>();
    spans.add(Span.of(label));
    for (int i = 0; i < values.size(); i++) {
      boolean last = i == values.size() - 1;
      spans.add(new Span(values.get(i).text(), 1, last ? width - 1 - i : 1));
    }
    rows.add(spans);
  }

  private static Table table3(Report report, Layout layout, Cell[] cells) {
    boolean e2019 = report.edition() == Edition.E2019;
    String a = "/applications";
    String o = a + "/outcomes";
    List<List<Span>> rows = new ArrayList<>();
    rows.add(List.of(new Span("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
        new Span("申请人情况", 1, 7)));
    rows.add(List.of(new Span("自然人", 2, 1), new Span("法人或其他组织", 1, 5), new Span("总计", 2, 1)));
    rows.add(List.of(Span.of("商业企业"), Span.of("科研机构"), Span.of("社会公益组织"), Span.of("法律服务机构"), Span.of("其他")));
    rows.add(with(new Span("一、本年新收政府信息公开申请数量", 1, 3), values(layout, cells, a + "/newRequests")));
    rows.add(with(new Span("二、上年结转政府信息公开申请数量", 1, 3), values(layout, cells, a + "/carriedOver")));
    int outcomeRows = e2019 ? 20 : 22;
    rows.add(with(List.of(new Span("三、本年度办理结果", outcomeRows, 1), new Span("（一）予以公开", 1, 2)),
        values(layout, cells, o + "/disclosed")));
    rows.add(with(new Span("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2),
        values(layout, cells, o + "/partlyDisclosed")));
    group(rows, layout, cells, "（三）不予公开", o + "/withheld", List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
        "8.属于行政查询事项"));
    group(rows, layout, cells, "（四）无法提供", o + "/unavailable", List.of("1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"));
    group(rows, layout, cells, "（五）不予处理", o + "/notProcessed", List.of("1.信访举报投诉类申请", "2.重复申请",
        "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"));
    if (e2019) {
      rows.add(with(new Span("（六）其他处理", 1, 2), values(layout, cells, o + "/otherHandling")));
    } else {
      group(rows, layout, cells, "（六）其他处理", o + "/otherHandling", List.of(
          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"));
    }
    rows.add(with(new Span("（七）总计", 1, 2), values(layout, cells, o + "/total")));
    rows.add(with(new Span("四、结转下年度继续办理", 1, 3), values(layout, cells, a + "/carriedForward")));
    return new Table(rows);
  }

  private static void group(List<List<Span>> rows, Layout layout, Cell[] cells, String title, String prefix,
      List<String> labels) {
    List<Layout.Slot> slots = layout.slots().stream().filter(s -> s.row().startsWith(prefix + "/")).toList();
    List<String> itemRows = slots.stream().map(Layout.Slot::row).distinct().toList();
    for (int i = 0; i < itemRows.size(); i++) {
      List<Span> head = new ArrayList<>();
      if (i == 0) {
        head.add(new Span(title, itemRows.size(), 1));
      }
      head.add(Span.of(labels.get(i)));
      rows.add(with(head, values(layout, cells, itemRows.get(i))));
    }
  }

  private static List<Span> with(Span label, List<Span> values) {
    return with(List.of(label), values);
  }

  private static List<Span> with(List<Span> labels, List<Span> values) {
    List<Span> row = new ArrayList<>(labels);
    row.addAll(values);
    return row;
  }

  private static Table table4(Layout layout, Cell[] cells) {
    List<List<Span>> rows = new ArrayList<>();
    rows.add(List.of(new Span("行政复议", 1, 5), new Span("行政诉讼", 1, 10)));
    List<String> results = List.of("结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计");
    List<Span> second = new ArrayList<>();
    for (String r : results) {
      second.add(new Span(r, 2, 1));
    }
    second.add(new Span("未经复议直接起诉", 1, 5));
    second.add(new Span("复议后起诉", 1, 5));
    rows.add(second);
    List<Span> third = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.forEach(r -> third.add(Span.of(r)));
    }
    rows.add(third);
    List<Span> values = new ArrayList<>();
    for (String group : List.of("review", "directLitigation", "litigationAfterReview")) {
      values.addAll(values(layout, cells, "/reviewLitigation/" + group));
    }
    rows.add(values);
    return new Table(rows);
  }

  /** The report's text in order, with the tables' places: title, sections, and where each table goes. */
  public static List<Object> content(Report report) {
    List<Object> out = new ArrayList<>();
    report.narrative().preamble().forEach(l -> out.add(l.text()));
    List<Table> tables = of(report);
    for (org.nianbao.Narrative.Section section : report.narrative().sections()) {
      out.add(section.heading());
      section.lines().forEach(l -> out.add(l.text()));
      int number = NoticeTemplate.sectionOf(section.heading());
      if (number >= 2 && number <= 4) {
        out.add(tables.get(number - 2));
      }
    }
    return out;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
