package org.nianbao.testing;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.Edition;
import org.nianbao.internal.layout.Layout;

/**
 * The report template as the two notices print it (国办公开办函〔2019〕60号 and〔2021〕30号), typed
 * here from the notices and not taken from the main code's labels, so that a renderer built on it
 * checks the reader against the notice rather than against itself. Only the cell order of a row
 * comes from {@link Layout}: that is the canonical model, not wording.
 */
public final class NoticeTemplate {
  /** The six section headings, in order. */
  public static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项");

  /**
   * One printed line of a table: a header line (no cells) or a data line.
   *
   * @param labels the label texts printed on this line, left to right: for a data line, the
   *     labels of the merged cells that begin on it and its own label (a row under a merged
   *     label, as 2.重复申请 under （五）不予处理, prints only its own)
   * @param path every label that covers this line, outermost first (what a flat copy prints)
   * @param cells the JSON Pointers of the cells printed on it, left to right
   */
  public record Line(List<String> labels, List<String> path, List<String> cells) {
    public boolean header() {
      return cells.isEmpty();
    }
  }

  /**
   * @param section the section (2, 3 or 4) the table is printed in
   * @param lines its lines, headers included
   */
  public record Table(int section, List<Line> lines) {}

  private NoticeTemplate() {}

  /** Tables 二, 三 and 四 of an edition. */
  public static List<Table> tables(Edition edition) {
    return List.of(table2(edition), table3(edition), table4(edition));
  }

  /** Which section (1 to 6) a heading is, by its words; 0 for none. */
  public static int sectionOf(String heading) {
    String words = heading.replace(" ", "");
    for (int i = 0; i < HEADINGS.size(); i++) {
      if (words.contains(HEADINGS.get(i).substring(2))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Table table2(Edition edition) {
    String t = "/activeDisclosure";
    Rows rows = new Rows(edition);
    if (edition == Edition.E2019) {
      List<String> items = List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
      rows.subTable("第二十条第（一）项", List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"))
          .data(t + "/documents/rules", "规章")
          .data(t + "/documents/normativeDocuments", "规范性文件")
          .subTable("第二十条第（五）项", items)
          .data(t + "/licensing/administrativeLicensing", "行政许可")
          .data(t + "/licensing/otherServices", "其他对外管理服务事项")
          .subTable("第二十条第（六）项", items)
          .data(t + "/enforcement/penalty", "行政处罚")
          .data(t + "/enforcement/coercion", "行政强制")
          .subTable("第二十条第（八）项", List.of("信息内容", "上一年项目数量", "本年增/减"))
          .data(t + "/fees/administrativeFees", "行政事业性收费")
          .subTable("第二十条第（九）项", List.of("信息内容", "采购项目数量", "采购总金额"))
          .data(t + "/procurement/centralizedProcurement", "政府集中采购");
    } else {
      List<String> decisions = List.of("信息内容", "本年处理决定数量");
      rows.subTable("第二十条第（一）项", List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"))
          .data(t + "/documents/rules", "规章")
          .data(t + "/documents/normativeDocuments", "行政规范性文件")
          .subTable("第二十条第（五）项", decisions)
          .data(t + "/licensing/administrativeLicensing", "行政许可")
          .subTable("第二十条第（六）项", decisions)
          .data(t + "/enforcement/penalty", "行政处罚")
          .data(t + "/enforcement/coercion", "行政强制")
          .subTable("第二十条第（八）项", List.of("信息内容", "本年收费金额（单位：万元）"))
          .data(t + "/fees/administrativeFees", "行政事业性收费");
    }
    return new Table(2, rows.lines);
  }

  private static Table table3(Edition edition) {
    String a = "/applications";
    String o = a + "/outcomes";
    Rows rows = new Rows(edition);
    rows.header(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"))
        .header(List.of("自然人", "法人或其他组织", "总计"))
        .header(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"))
        .data(a + "/newRequests", "一、本年新收政府信息公开申请数量")
        .data(a + "/carriedOver", "二、上年结转政府信息公开申请数量");
    rows.group(List.of("三、本年度办理结果"), List.of(o + "/disclosed", o + "/partlyDisclosed"),
        List.of("（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
    String[] withheld = {"stateSecret", "prohibitedByLaw", "threeSecurityOneStability", "thirdPartyRights",
        "internalAffairs", "processInformation", "enforcementFiles", "administrativeQuery"};
    rows.group(List.of("三、本年度办理结果", "（三）不予公开"), pointers(o + "/withheld/", withheld),
        List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"));
    rows.group(List.of("三、本年度办理结果", "（四）无法提供"),
        pointers(o + "/unavailable/", "notHeld", "needsCreation", "stillUnclear"),
        List.of("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"));
    rows.group(List.of("三、本年度办理结果", "（五）不予处理"),
        pointers(o + "/notProcessed/", "complaint", "repeated", "publication", "excessive", "reconfirmation"),
        List.of("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息"));
    if (edition == Edition.E2019) {
      rows.group(List.of("三、本年度办理结果"), List.of(o + "/otherHandling"), List.of("（六）其他处理"));
    } else {
      rows.group(List.of("三、本年度办理结果", "（六）其他处理"),
          pointers(o + "/otherHandling/", "noCorrection", "feeUnpaid", "other"),
          List.of("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"));
    }
    rows.group(List.of("三、本年度办理结果"), List.of(o + "/total"), List.of("（七）总计"));
    rows.data(a + "/carriedForward", "四、结转下年度继续办理");
    return new Table(3, rows.lines);
  }

  private static Table table4(Edition edition) {
    List<String> results = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    List<String> second = new ArrayList<>(results);
    second.add("未经复议直接起诉");
    second.add("复议后起诉");
    List<String> third = new ArrayList<>(results);
    third.addAll(results);
    List<String> cells = new ArrayList<>();
    for (String group : List.of("review", "directLitigation", "litigationAfterReview")) {
      Layout.of(edition).row("/reviewLitigation/" + group).forEach(s -> cells.add(s.pointer()));
    }
    return new Table(4, List.of(header(List.of("行政复议", "行政诉讼")), header(second), header(third),
        new Line(List.of(), List.of(), List.copyOf(cells))));
  }

  /** The groups of table 四, as a flat copy names them (行政诉讼 split by how the case came). */
  public static final List<String> REVIEW_LITIGATION_GROUPS = List.of("行政复议", "行政诉讼·未经复议直接起诉",
      "行政诉讼·复议后起诉");

  /** The results of each group of table 四, in order. */
  public static final List<String> RESULTS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

  private static Line header(List<String> labels) {
    return new Line(labels, List.of(), List.of());
  }

  private static List<String> pointers(String prefix, String... names) {
    return java.util.Arrays.stream(names).map(n -> prefix + n).toList();
  }

  private static final class Rows {
    final Edition edition;
    final List<Line> lines = new ArrayList<>();
    String subTable;

    Rows(Edition edition) {
      this.edition = edition;
    }

    Rows subTable(String title, List<String> header) {
      subTable = title;
      lines.add(NoticeTemplate.header(List.of(title)));
      lines.add(NoticeTemplate.header(header));
      return this;
    }

    Rows header(List<String> labels) {
      lines.add(NoticeTemplate.header(labels));
      return this;
    }

    Rows data(String row, String label) {
      List<String> path = subTable == null ? List.of(label) : List.of(subTable, label);
      lines.add(new Line(List.of(label), path, cells(row)));
      return this;
    }

    /** Rows under merged labels: the labels print on the first row only, except those already open. */
    void group(List<String> over, List<String> rowPointers, List<String> labels) {
      Line previous = lines.get(lines.size() - 1);
      for (int i = 0; i < rowPointers.size(); i++) {
        List<String> printed = new ArrayList<>();
        if (i == 0) {
          for (int depth = 0; depth < over.size(); depth++) {
            boolean open = previous.path().size() > depth + 1 && previous.path().get(depth).equals(over.get(depth))
                && previous.path().subList(0, depth + 1).equals(over.subList(0, depth + 1));
            if (!open) {
              printed.add(over.get(depth));
            }
          }
        }
        printed.add(labels.get(i));
        List<String> path = new ArrayList<>(over);
        path.add(labels.get(i));
        lines.add(new Line(List.copyOf(printed), List.copyOf(path), cells(rowPointers.get(i))));
      }
    }

    List<String> cells(String row) {
      List<String> cells = Layout.of(edition).row(row).stream().map(Layout.Slot::pointer).toList();
      if (cells.isEmpty()) {
        throw new IllegalStateException("no row " + row + " in edition " + edition.id());
      }
      return cells;
    }
  }
}
