package org.nianbao.testing;

import java.nio.charset.Charset;
import java.util.List;
import org.nianbao.Report;

/**
 * A report as a government web page: a menu, a breadcrumb and a footer around the article, the
 * article inside a layout table, its tables with rowspan and colspan, {@code &nbsp;} and
 * {@code <br>} inside cells, in the charset asked for.
 */
public final class HtmlRendering {
  private HtmlRendering() {}

  public static byte[] render(Report report, Charset charset, boolean httpEquiv) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head>\n");
    html.append(httpEquiv
        ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset.name().toLowerCase() + "\">\n"
        : "<meta charset=\"" + charset.name() + "\">\n");
    html.append("<title>").append(escape(report.unit())).append("政府信息公开</title>\n");
    html.append("<script>var menu = '一、总体情况';</script><style>td{border:1px solid}</style></head>\n<body>\n");
    html.append("<div class=\"top-nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li>"
        + "<li><a href=\"/nb\">政府信息公开年报</a></li></ul></div>\n");
    html.append("<div class=\"breadcrumb\">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>\n");
    html.append("<table width=\"100%\"><tr><td class=\"side\">栏目导航</td><td>\n<div class=\"article\">\n");
    for (Object part : TemplateTables.content(report)) {
      if (part instanceof TemplateTables.Table table) {
        table(html, table);
      } else {
        html.append("<p>").append(escape((String) part)).append("&nbsp;</p>\n");
      }
    }
    html.append("</div>\n</td></tr></table>\n");
    html.append("<div id=\"footer\">主办单位：").append(escape(report.unit()))
        .append(" 版权所有 联系电话：0000-0000000</div>\n</body></html>\n");
    return html.toString().getBytes(charset);
  }

  private static void table(StringBuilder html, TemplateTables.Table table) {
    html.append("<table border=\"1\" cellspacing=\"0\">\n");
    for (List<TemplateTables.Span> row : table.rows()) {
      html.append("<tr>");
      for (TemplateTables.Span span : row) {
        html.append("<td");
        if (span.rows() > 1) {
          html.append(" rowspan=\"").append(span.rows()).append('"');
        }
        if (span.columns() > 1) {
          html.append(" colspan=\"").append(span.columns()).append('"');
        }
        // a long label breaks in the middle, as pages from Word do
        String text = escape(span.text()).replace(" ", "<br>");
        html.append("><p>").append(text.isEmpty() ? "&nbsp;" : text).append("</p></td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
