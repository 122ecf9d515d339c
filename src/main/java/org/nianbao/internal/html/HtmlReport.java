package org.nianbao.internal.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.Finding;
import org.nianbao.ValidationResult;
import org.nianbao.internal.layout.Layout;

/**
 * TEMPORARY stand-in for h-html's renderer, with its signatures, so that the server and the page
 * can be built against it; replaced when h-html is merged. Cells in a plain grid per table.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static String document(ValidationResult result, String source, Locale locale) {
    return "<!DOCTYPE html>\n<html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "zh") + "\"><head>"
        + "<meta charset=\"utf-8\"><title>" + escape(source) + "</title></head><body>\n"
        + fragment(result, source, locale) + "</body></html>\n";
  }

  public static String fragment(ValidationResult result, String source, Locale locale) {
    StringBuilder html = new StringBuilder();
    html.append("<section class=\"header\"><h2>").append(escape(result.report().unit())).append(' ')
        .append(result.report().year()).append("</h2><p>").append(escape(source)).append("</p></section>\n");
    Map<String, Finding> byPointer = new LinkedHashMap<>();
    for (Finding finding : result.findings()) {
      finding.cells().forEach(cell -> byPointer.putIfAbsent(cell.pointer(), finding));
    }
    Layout layout = Layout.of(result.report().edition());
    String table = null;
    String row = null;
    for (Layout.Slot slot : layout.slots()) {
      if (!slot.table().equals(table)) {
        html.append(table == null ? "" : "</tr></table></section>\n");
        table = slot.table();
        row = null;
        html.append("<section class=\"table\"><table>");
      }
      if (!slot.row().equals(row)) {
        html.append(row == null ? "" : "</tr>").append("<tr><th>").append(escape(slot.row())).append("</th>");
        row = slot.row();
      }
      Finding finding = byPointer.get(slot.pointer());
      html.append("<td data-pointer=\"").append(escape(slot.pointer())).append('"');
      if (finding != null) {
        String severity = finding.severity().id();
        html.append(" class=\"finding ").append(severity).append("\" data-rule=\"").append(escape(finding.rule().id()))
            .append("\" title=\"").append(escape(finding.message())).append('"');
        if (finding.fix() != null && finding.fix().pointer().equals(slot.pointer())) {
          html.append(" data-fix=\"").append(finding.fix().to().toPlainString()).append('"');
        }
      }
      html.append('>').append(escape(String.valueOf(result.report().cell(slot.pointer()))))
          .append(finding == null ? "" : " ✕").append("</td>");
    }
    html.append("</tr></table></section>\n<section class=\"findings\"><ol>");
    for (Finding finding : result.findings()) {
      List<String> pointers = finding.cells().stream().map(Finding.CellReference::pointer).toList();
      html.append("<li data-rule=\"").append(escape(finding.rule().id())).append("\" data-pointers=\"")
          .append(escape(String.join(" ", pointers))).append('"');
      if (finding.location() != null && finding.location().line() != null) {
        html.append(" data-line=\"").append(finding.location().line()).append('"');
      }
      html.append('>').append(escape(finding.message())).append("</li>");
    }
    return html.append("</ol></section>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
