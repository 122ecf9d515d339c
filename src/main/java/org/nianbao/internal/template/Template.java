package org.nianbao.internal.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.Edition;

/**
 * One edition's template as it is printed: the six section headings, and for each table its rows
 * in order with their printed labels and the words that identify them, the headings that group
 * rows, and the column heads. The readers take the template's wording from here, and only from
 * here; the cells' names, kinds and sums come from the model ({@code Layout}).
 *
 * <p>A third edition is one more {@link Edition} constant and one more entry in {@link #TEMPLATES}.
 */
public final class Template {

  /**
   * A row of a table as the template prints it.
   *
   * @param pointer the row's JSON Pointer, e.g. {@code /applications/outcomes/withheld/stateSecret}
   * @param printed the label as the notice prints it, ordinal included
   * @param anchors words that identify the row wherever its label is copied, the most specific first
   * @param wholeWord whether an anchor must stand alone (not run on into more of a word) and with
   *     all of the label before it, for short anchors such as 其他 and 总计 that other labels and the
   *     column heads contain
   */
  public record Row(String pointer, String printed, List<String> anchors, boolean wholeWord) {
    public Row {
      anchors = List.copyOf(anchors);
    }
  }

  /**
   * One of tables 二, 三 and 四.
   *
   * @param pointer {@code /activeDisclosure}, {@code /applications} or {@code /reviewLitigation}
   * @param section the report section that holds it (2, 3 or 4)
   * @param name the table as messages name it, e.g. 表三
   * @param starts words that open the table before its first row (headers)
   * @param rows its rows, in order; empty for table 四, whose fifteen cells follow one header
   * @param headings group headings and column heads: printed in the table, never a row of values
   */
  public record Table(String pointer, int section, String name, List<String> starts, List<Row> rows,
      List<String> headings) {
    public Table {
      starts = List.copyOf(starts);
      rows = withHalves(rows, headings);
      headings = List.copyOf(headings);
    }
  }

  /** How many characters of a label's start or end identify it when the label is wrapped. */
  private static final int HALF = 4;

  /** A label's ordinal: 一、 (二) 3. — compiled once, ahead of the templates that use it. */
  private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+\\.)");

  /**
   * Adds to each row its label's first and last few characters as further anchors, for labels
   * that a PDF or a narrow column wraps around the row's values ("其他对外管 0 0 0 理服务事项"):
   * either half then still finds the row. A half that another row's label or a header also holds
   * is not used.
   */
  private static List<Row> withHalves(List<Row> rows, List<String> headings) {
    List<Row> out = new ArrayList<>();
    for (Row row : rows) {
      String core = core(row.printed());
      List<String> anchors = new ArrayList<>(row.anchors());
      if (core.length() > HALF) {
        for (String half : List.of(core.substring(0, HALF), core.substring(core.length() - HALF))) {
          boolean unique = rows.stream().noneMatch(other -> other != row && other.printed().contains(half))
              && headings.stream().noneMatch(h -> h.contains(half));
          if (unique && !anchors.contains(half)) {
            anchors.add(half);
          }
        }
      }
      out.add(new Row(row.pointer(), row.printed(), anchors, row.wholeWord()));
    }
    return List.copyOf(out);
  }

  /** A label without its ordinal and its bracketed note: "2.其他法律行政法规禁止公开" → 其他法律行政法规禁止公开. */
  public static String core(String printed) {
    String s = ORDINAL.matcher(printed).replaceFirst("");
    int bracket = s.indexOf('(');
    return bracket > 0 ? s.substring(0, bracket) : s;
  }

  /**
   * A section heading.
   *
   * @param number 1 to 6
   * @param printed the heading as the notice prints it
   * @param words words of which one identifies the heading however it is numbered
   */
  public record Section(int number, String printed, List<String> words) {
    public Section {
      words = List.copyOf(words);
    }
  }

  private final Edition edition;
  private final List<Section> sections;
  private final List<Table> tables;
  private final List<String> editionWords;
  private final String amountUnit;

  private Template(Edition edition, List<Table> tables, List<String> editionWords, String amountUnit) {
    this.edition = edition;
    this.sections = SECTIONS;
    this.tables = List.copyOf(tables);
    this.editionWords = List.copyOf(editionWords);
    this.amountUnit = amountUnit;
  }

  public static Template of(Edition edition) {
    return TEMPLATES.get(edition);
  }

  public Edition edition() {
    return edition;
  }

  /** The six section headings, in order. */
  public List<Section> sections() {
    return sections;
  }

  /** Tables 二, 三 and 四, in order. */
  public List<Table> tables() {
    return tables;
  }

  /** Words only this edition's tables print: they tell the edition of a copied table. */
  public List<String> editionWords() {
    return editionWords;
  }

  /**
   * The unit the template prints over its money column, e.g. 万元 for 行政事业性收费 in 2021, or
   * {@code null} where it prints none (the amount is taken as printed).
   */
  public String amountUnit() {
    return amountUnit;
  }

  // ---- the wording of the notices ----

  private static final String T2 = "/activeDisclosure";
  private static final String T3 = "/applications";
  private static final String OUT = T3 + "/outcomes";

  private static final List<Section> SECTIONS = List.of(
      new Section(1, "一、总体情况", List.of("总体情况")),
      new Section(2, "二、主动公开政府信息情况", List.of("主动公开政府信息情况", "主动公开政府信息", "主动公开情况")),
      new Section(3, "三、收到和处理政府信息公开申请情况",
          List.of("收到和处理政府信息公开申请", "收到和处理政府信息公开", "依申请公开")),
      new Section(4, "四、政府信息公开行政复议、行政诉讼情况", List.of("行政复议", "行政诉讼", "复议、行政诉讼")),
      new Section(5, "五、存在的主要问题及改进情况", List.of("存在的主要问题", "问题及改进", "主要问题")),
      new Section(6, "六、其他需要报告的事项", List.of("其他需要报告")));

  private static Row row(String pointer, String printed, String... anchors) {
    return new Row(pointer, printed, List.of(anchors), false);
  }

  private static final List<String> TABLE_2_STARTS = List.of("第二十条第(一)项", "第二十条", "信息内容");

  private static final List<String> TABLE_3_STARTS = List.of("勾稽关系", "申请人情况", "自然人");

  private static final List<String> TABLE_3_HEADINGS = List.of("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
      "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计",
      "三、本年度办理结果", "(三)不予公开", "(四)无法提供", "(五)不予处理", "(六)其他处理");

  /** Table 四's header: three groups, then the five results of each. */
  public static final List<String> TABLE_4_HEADINGS = List.of("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉",
      "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

  private static List<Row> table3(Edition edition) {
    List<Row> rows = new ArrayList<>(List.of(
        row(T3 + "/newRequests", "一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请", "新收政府信息公开申请", "本年新收"),
        row(T3 + "/carriedOver", "二、上年结转政府信息公开申请数量", "上年结转政府信息公开申请", "上年结转"),
        row(OUT + "/disclosed", "(一)予以公开", "予以公开"),
        row(OUT + "/partlyDisclosed", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "部分公开"),
        row(OUT + "/withheld/stateSecret", "1.属于国家秘密", "国家秘密"),
        row(OUT + "/withheld/prohibitedByLaw", "2.其他法律行政法规禁止公开", "行政法规禁止公开", "禁止公开"),
        row(OUT + "/withheld/threeSecurityOneStability", "3.危及“三安全一稳定”", "三安全一稳定"),
        row(OUT + "/withheld/thirdPartyRights", "4.保护第三方合法权益", "第三方合法权益"),
        row(OUT + "/withheld/internalAffairs", "5.属于三类内部事务信息", "内部事务"),
        row(OUT + "/withheld/processInformation", "6.属于四类过程性信息", "过程性信息"),
        row(OUT + "/withheld/enforcementFiles", "7.属于行政执法案卷", "行政执法案卷"),
        row(OUT + "/withheld/administrativeQuery", "8.属于行政查询事项", "行政查询事项"),
        row(OUT + "/unavailable/notHeld", "1.本机关不掌握相关政府信息", "不掌握"),
        row(OUT + "/unavailable/needsCreation", "2.没有现成信息需要另行制作", "另行制作"),
        row(OUT + "/unavailable/stillUnclear", "3.补正后申请内容仍不明确", "仍不明确"),
        row(OUT + "/notProcessed/complaint", "1.信访举报投诉类申请", "信访举报投诉"),
        row(OUT + "/notProcessed/repeated", "2.重复申请", "重复申请"),
        row(OUT + "/notProcessed/publication", "3.要求提供公开出版物", "公开出版物"),
        row(OUT + "/notProcessed/excessive", "4.无正当理由大量反复申请", "大量反复申请"),
        row(OUT + "/notProcessed/reconfirmation", "5.要求行政机关确认或重新出具已获取信息", "重新出具",
            "要求行政机关确认", "确认或重新")));
    if (edition == Edition.E2019) {
      rows.add(row(OUT + "/otherHandling", "(六)其他处理", "其他处理"));
    } else {
      rows.add(row(OUT + "/otherHandling/noCorrection",
          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正"));
      rows.add(row(OUT + "/otherHandling/feeUnpaid",
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "收费通知"));
      rows.add(new Row(OUT + "/otherHandling/other", "3.其他", List.of("其他"), true));
    }
    rows.add(new Row(OUT + "/total", "(七)总计", List.of("总计"), true));
    rows.add(row(T3 + "/carriedForward", "四、结转下年度继续办理", "结转下年度"));
    return rows;
  }

  private static final Map<Edition, Template> TEMPLATES = new EnumMap<>(Edition.class);

  static {
    TEMPLATES.put(Edition.E2019, new Template(Edition.E2019, List.of(
        new Table(T2, 2, "表二", TABLE_2_STARTS, List.of(
            row(T2 + "/documents/rules", "规章", "规章"),
            row(T2 + "/documents/normativeDocuments", "规范性文件", "规范性文件"),
            row(T2 + "/licensing/administrativeLicensing", "行政许可", "行政许可"),
            row(T2 + "/licensing/otherServices", "其他对外管理服务事项", "其他对外管理服务"),
            row(T2 + "/enforcement/penalty", "行政处罚", "行政处罚"),
            row(T2 + "/enforcement/coercion", "行政强制", "行政强制"),
            row(T2 + "/fees/administrativeFees", "行政事业性收费", "行政事业性收费"),
            row(T2 + "/procurement/centralizedProcurement", "政府集中采购", "政府集中采购")),
            List.of("第二十条第(一)项", "第二十条第(五)项", "第二十条第(六)项", "第二十条第(八)项", "第二十条第(九)项",
                "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
                "处理决定数量", "采购项目数量", "采购总金额")),
        new Table(T3, 3, "表三", TABLE_3_STARTS, table3(Edition.E2019), TABLE_3_HEADINGS),
        new Table("/reviewLitigation", 4, "表四", List.of("行政复议"), List.of(), TABLE_4_HEADINGS)),
        List.of("新制作", "对外公开总数量", "上一年项目数量", "其他对外管理服务", "政府集中采购", "采购总金额"), null));
    TEMPLATES.put(Edition.E2021, new Template(Edition.E2021, List.of(
        new Table(T2, 2, "表二", TABLE_2_STARTS, List.of(
            row(T2 + "/documents/rules", "规章", "规章"),
            row(T2 + "/documents/normativeDocuments", "行政规范性文件", "规范性文件"),
            row(T2 + "/licensing/administrativeLicensing", "行政许可", "行政许可"),
            row(T2 + "/enforcement/penalty", "行政处罚", "行政处罚"),
            row(T2 + "/enforcement/coercion", "行政强制", "行政强制"),
            row(T2 + "/fees/administrativeFees", "行政事业性收费", "行政事业性收费")),
            List.of("第二十条第(一)项", "第二十条第(五)项", "第二十条第(六)项", "第二十条第(八)项", "信息内容",
                "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额(单位:万元)")),
        new Table(T3, 3, "表三", TABLE_3_STARTS, table3(Edition.E2021), TABLE_3_HEADINGS),
        new Table("/reviewLitigation", 4, "表四", List.of("行政复议"), List.of(), TABLE_4_HEADINGS)),
        List.of("制发件数", "废止件数", "现行有效", "收费金额", "逾期不补正", "收费通知"), "万元"));
  }
}
