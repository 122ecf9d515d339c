package org.nianbao.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.Cell;
import org.nianbao.Report;
import org.nianbao.internal.Messages;
import org.nianbao.internal.layout.Labels;
import org.nianbao.internal.layout.Layout;

/** Renders a report as text in one of the layouts real copies have, for reading back. */
public final class TextRendering {
  /** How the cells of a row are separated. */
  public enum Style {
    TAB("\t"), PIPE(" | "), SPACES("  ");

    final String separator;

    Style(String separator) {
      this.separator = separator;
    }
  }

  private TextRendering() {}

  public static String render(Report report, Style style) {
    Messages zh = Messages.forLocale(Locale.CHINESE);
    Layout layout = Layout.of(report.edition());
    Cell[] cells = layout.cells(report);
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Layout.Slot slot : layout.slots()) {
      rows.computeIfAbsent(slot.row(), r -> new ArrayList<>()).add(text(cells[slot.index()]));
    }
    StringBuilder out = new StringBuilder();
    out.append(report.unit()).append(report.year()).append("年政府信息公开工作年度报告\n\n");
    out.append("一、总体情况\n\n本机关依照条例公开政府信息。\n\n");
    out.append("二、主动公开政府信息情况\n\n");
    rows.forEach((row, values) -> {
      if (row.startsWith("/activeDisclosure")) {
        line(out, Labels.row(zh, report.edition(), row), values, style);
      }
    });
    out.append("\n三、收到和处理政府信息公开申请情况\n\n");
    out.append(String.join(style.separator, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")).append('\n');
    rows.forEach((row, values) -> {
      if (row.startsWith("/applications")) {
        line(out, Labels.row(zh, report.edition(), row), values, style);
      }
    });
    out.append("\n四、政府信息公开行政复议、行政诉讼情况\n\n");
    List<String> headers = new ArrayList<>();
    List<String> values = new ArrayList<>();
    rows.forEach((row, v) -> {
      if (row.startsWith("/reviewLitigation")) {
        for (String c : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
          headers.add(Labels.row(zh, report.edition(), row).replace("表四 ", "") + "·" + c);
        }
        values.addAll(v);
      }
    });
    out.append(String.join(style.separator, headers)).append('\n');
    out.append(String.join(style.separator, values)).append('\n');
    out.append("\n五、存在的主要问题及改进情况\n\n无。\n\n六、其他需要报告的事项\n\n无。\n");
    return out.toString();
  }

  private static void line(StringBuilder out, String label, List<String> values, Style style) {
    out.append(label);
    for (String v : values) {
      out.append(style.separator).append(v);
    }
    out.append('\n');
  }

  private static String text(Cell cell) {
    if (cell instanceof Cell.Value v) {
      return v.number().toPlainString();
    }
    return cell instanceof Cell.NotApplicable ? "/" : cell instanceof Cell.Unreadable u ? u.text() : "";
  }
}
