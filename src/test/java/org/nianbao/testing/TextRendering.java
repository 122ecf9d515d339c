package org.nianbao.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.Cell;
import org.nianbao.Report;
import org.nianbao.internal.layout.Layout;

/**
 * Renders a report as text in one of the layouts real copies have, for reading back: each row
 * on one line under its full label. The labels are the notice's, from {@link NoticeTemplate}.
 */
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
    Map<String, String> labels = new LinkedHashMap<>();
    for (NoticeTemplate.Table table : NoticeTemplate.tables(report.edition())) {
      for (NoticeTemplate.Line line : table.lines()) {
        if (!line.header() && !line.path().isEmpty()) {
          labels.put(Layout.of(report.edition()).slot(line.cells().get(0)).row(), String.join(" ", line.path()));
        }
      }
    }
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
        line(out, labels.get(row), values, style);
      }
    });
    out.append("\n三、收到和处理政府信息公开申请情况\n\n");
    out.append(String.join(style.separator, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")).append('\n');
    rows.forEach((row, values) -> {
      if (row.startsWith("/applications")) {
        line(out, labels.get(row), values, style);
      }
    });
    out.append("\n四、政府信息公开行政复议、行政诉讼情况\n\n");
    List<String> headers = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (String group : NoticeTemplate.REVIEW_LITIGATION_GROUPS) {
      NoticeTemplate.RESULTS.forEach(result -> headers.add(group + "·" + result));
    }
    rows.forEach((row, v) -> {
      if (row.startsWith("/reviewLitigation")) {
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
