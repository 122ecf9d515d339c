package org.nianbao.internal.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.internal.Messages;
import org.nianbao.internal.output.LineFile;
import org.nianbao.internal.output.LineFile;
import org.nianbao.internal.rules.KeyFigure;

/**
 * {@code DIR/index.html} of {@code batch --html DIR}: the supervisor's view of a whole batch. One
 * self-contained page: no script, nothing fetched (the same Content-Security-Policy as the
 * reports), charts drawn here as inline SVG with their numbers written beside them, so that it
 * works with scripts off, prints, reads out to a screen reader and can be checked from its HTML.
 */
public final class Dashboard {
  private Dashboard() {}

  /** The levels in the order shown, as {@code Peers.level} names them. */
  private static final List<String> LEVELS = List.of("township", "county", "city", "provincial");

  /**
   * What the dashboard keeps of one report: a few numbers, never the report, so that a batch of
   * tens of thousands of reports fits in a small heap.
   *
   * @param link the report's own page, a file name in the same folder
   * @param figures the key figures by {@link KeyFigure} ordinal, null where blank
   * @param errors errors not reviewed
   * @param warnings warnings not reviewed
   * @param infos notes not reviewed
   * @param reviewed findings the baseline accepts
   */
  public record Row(String source, String link, String body, String level, int year, BigDecimal[] figures,
      int errors, int warnings, int infos, int reviewed) {}

  /** A rule's findings in the batch: those not reviewed, those reviewed, and the rule's severity id. */
  public record RuleCount(long findings, long reviewed, String severity) {}

  /**
   * The batch's totals, as its summary gives them.
   *
   * @param rules per rule id, in the summary's order
   */
  public record Totals(int files, int read, int unreadable, int valid, Map<String, RuleCount> rules) {}

  /** Quartiles of a group, linearly interpolated between closest ranks (Excel's QUARTILE.INC, R's type 7). */
  record Box(int n, double min, double p25, double p50, double p75, double max, double low, double high,
      List<Integer> outliers) {}

  /** The page as one string: for a small batch, and for tests. */
  public static String document(List<Row> rows, Totals totals, Locale locale) {
    Out out = new Out(null);
    page(out, rows, totals, locale);
    return out.buffer.toString();
  }

  /**
   * Writes the page to {@code file} in pieces of about 64 KB, so that a batch of a hundred thousand
   * reports never holds its whole page in memory; the caller commits the file.
   */
  public static void write(List<Row> rows, Totals totals, Locale locale, LineFile file) throws IOException {
    Out out = new Out(file);
    try {
      page(out, rows, totals, locale);
      out.spill(0);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The page being written: appended to as a StringBuilder, and spilled to the file at the end of a
   * line once it holds enough.
   */
  static final class Out {
    private static final int PIECE = 64 * 1024;
    final StringBuilder buffer = new StringBuilder(PIECE + 4096);
    private final LineFile file;

    Out(LineFile file) {
      this.file = file;
    }

    Out append(String s) {
      buffer.append(s);
      return this;
    }

    Out append(char c) {
      buffer.append(c);
      return this;
    }

    Out append(int n) {
      buffer.append(n);
      return this;
    }

    Out append(long n) {
      buffer.append(n);
      return this;
    }

    /** Writes what is held once it is more than {@code atLeast} characters; called at the end of a line. */
    void spill(int atLeast) {
      if (file == null || buffer.length() == 0 || buffer.length() <= atLeast) {
        return;
      }
      // LineFile adds the line break: the buffer ends with one here, or the page's last line has none
      int end = buffer.charAt(buffer.length() - 1) == '\n' ? buffer.length() - 1 : buffer.length();
      try {
        file.writeLine(buffer.substring(0, end));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      buffer.setLength(0);
    }

    void endOfLine() {
      spill(PIECE);
    }
  }

  private static void page(Out out, List<Row> rows, Totals totals, Locale locale) {
    Messages m = Messages.forLocale(locale);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(m.locale().getLanguage().equals("en") ? "en" : "zh-CN")
        .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
        .append("<meta name=\"generator\" content=\"nianbao\"/>\n<title>")
        .append(esc(m.format("dashboard.title", Integer.toString(totals.read())))).append("</title>\n<style>\n")
        .append(HtmlReport.styles()).append(CSS).append("</style>\n</head>\n<body>\n<main class=\"nb-dashboard\">\n")
        .append("<h1>").append(esc(m.format("dashboard.title", Integer.toString(totals.read())))).append("</h1>\n");
    totals(out, rows, totals, m);
    rules(out, totals, m);
    bodies(out, rows, m);
    figures(out, rows, m);
    years(out, rows, m);
    out.append("<footer class=\"nb-footer\"><p>").append(esc(m.text("html.generated"))).append("</p></footer>\n");
    out.append("</main>\n</body>\n</html>\n");
  }

  private static final String CSS = """
      .nb-dashboard h2 { font-size: 1.15em; margin: 1.2em 0 0.4em; }
      .nb-dashboard h3 { font-size: 1.05em; margin: 0.9em 0 0.3em; }
      .nb-totals { display: flex; flex-wrap: wrap; gap: 8px 20px; margin: 0; }
      .nb-totals div { border: 1px solid var(--line); padding: 4px 10px; }
      .nb-totals dt { font-size: 0.85em; color: #333; }
      .nb-totals dd { margin: 0; font-size: 1.3em; font-variant-numeric: tabular-nums; }
      .nb-list { border-collapse: collapse; margin: 0.3em 0 0.8em; }
      .nb-list th, .nb-list td { border: 1px solid var(--line); padding: 2px 6px; overflow-wrap: anywhere; }
      .nb-list th { background: var(--head-bg); text-align: left; font-weight: normal; }
      .nb-list td.n { text-align: right; font-variant-numeric: tabular-nums; }
      .nb-list td.bad { color: var(--error); font-weight: bold; }
      svg.nb-chart { max-width: 100%; height: auto; font-size: 12px; }
      svg.nb-chart .bar { fill: #4a6fa5; }
      svg.nb-chart .bar.error { fill: var(--error); }
      svg.nb-chart .bar.warning { fill: #c98a00; }
      svg.nb-chart .box { fill: #e6effa; stroke: #1f4e8c; }
      svg.nb-chart .median { stroke: #111; stroke-width: 2; }
      svg.nb-chart .whisker { stroke: #1f4e8c; }
      svg.nb-chart .outlier { fill: var(--error); }
      svg.nb-chart .axis { stroke: #999; }
      svg.nb-spark polyline { fill: none; stroke: #1f4e8c; stroke-width: 1.5; }
      """;

  private static void totals(Out out, List<Row> rows, Totals t, Messages m) {
    long errors = 0;
    long warnings = 0;
    long reviewed = 0;
    for (Row r : rows) {
      errors += r.errors();
      warnings += r.warnings();
      reviewed += r.reviewed();
    }
    out.append("<section id=\"totals\"><h2>").append(esc(m.text("dashboard.totals"))).append("</h2>\n<dl class=\"nb-totals\">\n");
    total(out, "files", t.files(), m);
    total(out, "read", t.read(), m);
    total(out, "unreadable", t.unreadable(), m);
    total(out, "valid", t.valid(), m);
    total(out, "invalid", t.read() - t.valid(), m);
    total(out, "errors", errors, m);
    total(out, "warnings", warnings, m);
    total(out, "reviewed", reviewed, m);
    out.append("</dl></section>\n");
  }

  private static void total(Out out, String name, long n, Messages m) {
    out.append("<div data-total=\"").append(name).append("\"><dt>").append(esc(m.text("dashboard." + name)))
        .append("</dt><dd>").append(n).append("</dd></div>\n");
  }

  private static void rules(Out out, Totals t, Messages m) {
    out.append("<section id=\"rules\"><h2>").append(esc(m.text("dashboard.rules"))).append("</h2>\n");
    if (t.rules().isEmpty()) {
      out.append("<p>").append(esc(m.text("dashboard.rules.none"))).append("</p></section>\n");
      return;
    }
    long max = 1;
    for (RuleCount v : t.rules().values()) {
      max = Math.max(max, v.findings());
    }
    int bar = 22;
    int labelWidth = 190;
    int plot = 520;
    int height = t.rules().size() * bar + 10;
    out.append("<svg class=\"nb-chart\" role=\"img\" aria-labelledby=\"rules-title rules-desc\" width=\"")
        .append(labelWidth + plot + 170).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(labelWidth + plot + 170).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
        .append("<title id=\"rules-title\">").append(esc(m.text("dashboard.rules"))).append("</title>")
        .append("<desc id=\"rules-desc\">").append(esc(m.text("dashboard.rules.desc"))).append("</desc>\n");
    int y = 5;
    for (Map.Entry<String, RuleCount> e : t.rules().entrySet()) {
      long n = e.getValue().findings();
      long reviewed = e.getValue().reviewed();
      double width = (double) n * plot / max;
      out.append("<g class=\"rule\" data-rule=\"").append(esc(e.getKey())).append("\" data-count=\"").append(n)
          .append("\" data-reviewed=\"").append(reviewed).append("\">")
          .append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\">").append(esc(e.getKey())).append("</text>")
          .append("<rect class=\"bar ").append(e.getValue().severity()).append("\" x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(fmt(width)).append("\" height=\"").append(bar - 6).append("\"/>")
          .append("<text x=\"").append(fmt(labelWidth + width + 6)).append("\" y=\"").append(y + 15).append("\">").append(n);
      if (reviewed > 0) {
        out.append(" (+").append(reviewed).append(' ').append(esc(m.text("dashboard.reviewed"))).append(')');
      }
      out.append("</text></g>\n");
      y += bar;
    }
    out.append("</svg></section>\n");
  }

  private static void bodies(Out out, List<Row> rows, Messages m) {
    out.append("<section id=\"bodies\"><h2>").append(esc(m.text("dashboard.bodies"))).append("</h2>\n");
    List<Row> byErrors = new ArrayList<>(rows);
    byErrors.sort(Comparator.comparingInt(Row::errors).thenComparingInt(Row::warnings).reversed()
        .thenComparing(Row::body).thenComparingInt(Row::year).thenComparing(Row::source));
    table(out, "by-errors", byErrors, m);
    out.append("<details><summary>").append(esc(m.text("dashboard.bodies.by_name"))).append("</summary>\n");
    List<Row> byName = new ArrayList<>(rows);
    byName.sort(Comparator.comparing(Row::body).thenComparingInt(Row::year).thenComparing(Row::source));
    table(out, "by-name", byName, m);
    out.append("</details></section>\n");
  }

  private static void table(Out out, String id, List<Row> rows, Messages m) {
    out.append("<table class=\"nb-list\" id=\"").append(id).append("\"><thead><tr>");
    for (String head : List.of("body", "level", "year", "errors", "warnings", "infos", "reviewed", "report")) {
      out.append("<th scope=\"col\">").append(esc(m.text("dashboard." + head))).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    for (Row r : rows) {
      out.append("<tr data-source=\"").append(esc(r.source())).append("\"><td>").append(esc(body(r, m)))
          .append("</td><td>").append(esc(level(r.level(), m))).append("</td><td class=\"n\">")
          .append(r.year() == 0 ? "" : Integer.toString(r.year())).append("</td><td class=\"n")
          .append(r.errors() > 0 ? " bad" : "").append("\">").append(r.errors()).append("</td><td class=\"n\">")
          .append(r.warnings()).append("</td><td class=\"n\">").append(r.infos()).append("</td><td class=\"n\">")
          .append(r.reviewed()).append("</td><td><a href=\"").append(esc(href(r.link()))).append("\">")
          .append(esc(m.text("dashboard.open"))).append("</a></td></tr>\n");
      out.endOfLine();
    }
    out.append("</tbody></table>\n");
  }

  private static void figures(Out out, List<Row> rows, Messages m) {
    out.append("<section id=\"figures\"><h2>").append(esc(m.text("dashboard.figures"))).append("</h2>\n<p>")
        .append(esc(m.text("dashboard.figures.how"))).append("</p>\n");
    for (KeyFigure figure : KeyFigure.values()) {
      // peers are bodies of one level in one year: the figures of different years are not comparable
      Map<String, List<Integer>> groups = new TreeMap<>(Comparator.<String>naturalOrder());
      Map<String, String[]> names = new LinkedHashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        if (r.level() == null || r.figures() == null || r.figures()[figure.ordinal()] == null) {
          continue;
        }
        String key = String.format(Locale.ROOT, "%04d-%d", r.year(), LEVELS.indexOf(r.level()));
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        names.putIfAbsent(key, new String[] {Integer.toString(r.year()), r.level()});
      }
      out.append("<h3>").append(esc(m.text("figure." + figure.id()))).append("</h3>\n");
      if (groups.isEmpty()) {
        out.append("<p>").append(esc(m.text("dashboard.figures.none"))).append("</p>\n");
        continue;
      }
      boxes(out, figure, groups, names, rows, m);
    }
    out.append("</section>\n");
  }

  private static void boxes(Out out, KeyFigure figure, Map<String, List<Integer>> groups,
      Map<String, String[]> names, List<Row> rows, Messages m) {
    Map<String, Box> boxes = new LinkedHashMap<>();
    double max = 1;
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      Box box = box(g.getValue(), rows, figure);
      boxes.put(g.getKey(), box);
      max = Math.max(max, box.max());
    }
    int label = 170;
    int plot = 560;
    int lane = 34;
    int height = boxes.size() * lane + 24;
    String id = "fig-" + figure.id();
    out.append("<svg class=\"nb-chart\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" width=\"")
        .append(label + plot + 20).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(label + plot + 20).append(' ').append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
        .append("<title id=\"").append(id).append("-title\">").append(esc(m.text("figure." + figure.id())))
        .append("</title>\n");
    int y = 4;
    for (Map.Entry<String, Box> e : boxes.entrySet()) {
      Box b = e.getValue();
      String[] name = names.get(e.getKey());
      double scale = plot / max;
      out.append("<g class=\"boxplot\" data-figure=\"").append(figure.id()).append("\" data-year=\"").append(name[0])
          .append("\" data-level=\"").append(name[1]).append("\" data-n=\"").append(b.n()).append("\" data-p25=\"")
          .append(fmt(b.p25())).append("\" data-p50=\"").append(fmt(b.p50())).append("\" data-p75=\"")
          .append(fmt(b.p75())).append("\">")
          .append("<text x=\"").append(label - 6).append("\" y=\"").append(y + 20).append("\" text-anchor=\"end\">")
          .append(esc(m.format("dashboard.group", name[0], level(name[1], m)))).append("</text>")
          .append("<line class=\"whisker\" x1=\"").append(fmt(label + b.low() * scale)).append("\" x2=\"")
          .append(fmt(label + b.high() * scale)).append("\" y1=\"").append(y + 16).append("\" y2=\"").append(y + 16)
          .append("\"/>")
          .append("<rect class=\"box\" x=\"").append(fmt(label + b.p25() * scale)).append("\" y=\"").append(y + 6)
          .append("\" width=\"").append(fmt(Math.max(1, (b.p75() - b.p25()) * scale))).append("\" height=\"20\"/>")
          .append("<line class=\"median\" x1=\"").append(fmt(label + b.p50() * scale)).append("\" x2=\"")
          .append(fmt(label + b.p50() * scale)).append("\" y1=\"").append(y + 6).append("\" y2=\"").append(y + 26)
          .append("\"/>");
      for (int i : b.outliers()) {
        Row r = rows.get(i);
        out.append("<circle class=\"outlier\" cx=\"").append(fmt(label + value(r, figure) * scale)).append("\" cy=\"")
            .append(y + 16).append("\" r=\"3\"><title>").append(esc(body(r, m) + " " + fmt(value(r, figure))))
            .append("</title></circle>");
      }
      out.append("</g>\n");
      out.endOfLine();
      y += lane;
    }
    out.append("<line class=\"axis\" x1=\"").append(label).append("\" x2=\"").append(label + plot).append("\" y1=\"")
        .append(y + 2).append("\" y2=\"").append(y + 2).append("\"/><text x=\"").append(label).append("\" y=\"")
        .append(y + 16).append("\">0</text><text x=\"").append(label + plot).append("\" y=\"").append(y + 16)
        .append("\" text-anchor=\"end\">").append(fmt(max)).append("</text></svg>\n");
    // the numbers drawn, as text: for print, screen readers and anyone who wants the figure itself
    out.append("<table class=\"nb-list nb-quartiles\" data-figure=\"").append(figure.id()).append("\"><thead><tr>");
    for (String head : List.of(m.text("dashboard.year") + " / " + m.text("dashboard.level"), m.text("dashboard.n"),
        m.text("dashboard.min"), "P25", "P50", "P75", m.text("dashboard.max"), m.text("dashboard.outliers"))) {
      out.append("<th scope=\"col\">").append(esc(head)).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    for (Map.Entry<String, Box> e : boxes.entrySet()) {
      Box b = e.getValue();
      String[] name = names.get(e.getKey());
      out.append("<tr data-year=\"").append(name[0]).append("\" data-level=\"").append(name[1]).append("\"><td>")
          .append(esc(m.format("dashboard.group", name[0], level(name[1], m)))).append("</td><td class=\"n\">")
          .append(b.n()).append("</td>");
      for (double v : new double[] {b.min(), b.p25(), b.p50(), b.p75(), b.max()}) {
        out.append("<td class=\"n\">").append(fmt(v)).append("</td>");
      }
      out.append("<td><ul class=\"outliers\">");
      for (int i : b.outliers()) {
        Row r = rows.get(i);
        out.append("<li><a href=\"").append(esc(href(r.link()))).append("\">").append(esc(body(r, m)))
            .append("</a>: ").append(fmt(value(r, figure))).append("</li>");
      }
      out.append("</ul></td></tr>\n");
      out.endOfLine();
    }
    out.append("</tbody></table>\n");
  }

  private static double value(Row r, KeyFigure figure) {
    return r.figures()[figure.ordinal()].doubleValue();
  }

  /** A group's quartiles and the reports beyond 1.5 interquartile ranges from the box (Tukey's fences). */
  static Box box(List<Integer> members, List<Row> rows, KeyFigure figure) {
    double[] sorted = new double[members.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = value(rows.get(members.get(i)), figure);
    }
    Arrays.sort(sorted);
    double p25 = quantile(sorted, 0.25);
    double p50 = quantile(sorted, 0.5);
    double p75 = quantile(sorted, 0.75);
    double fence = 1.5 * (p75 - p25);
    double low = p75;
    double high = p25;
    List<Integer> outliers = new ArrayList<>();
    for (int i : members) {
      double v = value(rows.get(i), figure);
      if (v < p25 - fence || v > p75 + fence) {
        outliers.add(i);
      } else {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    outliers.sort(Comparator.comparingDouble((Integer i) -> value(rows.get(i), figure)).reversed());
    return new Box(sorted.length, sorted[0], p25, p50, p75, sorted[sorted.length - 1], low, high, outliers);
  }

  /** The p-quantile of sorted values: position (n − 1)p, interpolated between its neighbours. */
  static double quantile(double[] sorted, double p) {
    double position = (sorted.length - 1) * p;
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  private static void years(Out out, List<Row> rows, Messages m) {
    out.append("<section id=\"years\"><h2>").append(esc(m.text("dashboard.years"))).append("</h2>\n");
    // a body's reports by normalised name; one report a year (the first found when a year is there twice)
    Map<String, TreeMap<Integer, Row>> byBody = new TreeMap<>();
    for (Row r : rows) {
      String key = org.nianbao.internal.text.ReportHeading.normalize(r.body());
      if (!key.isEmpty() && r.year() != 0 && r.figures() != null) {
        byBody.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(r.year(), r);
      }
    }
    byBody.values().removeIf(years -> years.size() < 2);
    if (byBody.isEmpty()) {
      out.append("<p>").append(esc(m.text("dashboard.years.none"))).append("</p></section>\n");
      return;
    }
    out.append("<table class=\"nb-list nb-years\"><thead><tr><th scope=\"col\">").append(esc(m.text("dashboard.body")))
        .append("</th>");
    for (KeyFigure f : KeyFigure.values()) {
      out.append("<th scope=\"col\">").append(esc(m.text("figure." + f.id()))).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    for (TreeMap<Integer, Row> years : byBody.values()) {
      Row last = years.lastEntry().getValue();
      out.append("<tr><th scope=\"row\">").append(esc(body(last, m))).append("</th>");
      for (KeyFigure f : KeyFigure.values()) {
        out.append("<td data-figure=\"").append(f.id()).append("\">");
        spark(out, years, f);
        out.append("<ul class=\"series\">");
        years.forEach((year, r) -> {
          BigDecimal v = r.figures()[f.ordinal()];
          out.append("<li><a href=\"").append(esc(href(r.link()))).append("\">").append(year).append("</a>: ")
              .append(v == null ? "—" : v.toPlainString()).append("</li>");
        });
        out.append("</ul></td>");
      }
      out.append("</tr>\n");
      out.endOfLine();
    }
    out.append("</tbody></table></section>\n");
  }

  /** A small line of the years with a value; none when fewer than two have one. */
  private static void spark(Out out, TreeMap<Integer, Row> years, KeyFigure f) {
    List<double[]> points = new ArrayList<>();
    years.forEach((year, r) -> {
      BigDecimal v = r.figures()[f.ordinal()];
      if (v != null) {
        points.add(new double[] {year, v.doubleValue()});
      }
    });
    if (points.size() < 2) {
      return;
    }
    double x0 = points.get(0)[0];
    double x1 = points.get(points.size() - 1)[0];
    double top = 1;
    for (double[] p : points) {
      top = Math.max(top, p[1]);
    }
    StringBuilder line = new StringBuilder();
    for (double[] p : points) {
      line.append(fmt(2 + (p[0] - x0) / Math.max(1, x1 - x0) * 96)).append(',').append(fmt(22 - p[1] / top * 20)).append(' ');
    }
    out.append("<svg class=\"nb-spark\" width=\"100\" height=\"24\" viewBox=\"0 0 100 24\" aria-hidden=\"true\""
        + " xmlns=\"http://www.w3.org/2000/svg\"><polyline points=\"").append(line.toString().strip()).append("\"/></svg>");
  }

  private static String body(Row r, Messages m) {
    return r.body().isEmpty() ? m.text("cli.unit_unknown") : r.body();
  }

  private static String level(String level, Messages m) {
    return level == null ? m.text("dashboard.level.none") : m.text("level." + level);
  }

  /** A report's file name as a relative link: percent-encoded, so that no name can leave the folder or the attribute. */
  static String href(String fileName) {
    try {
      return new URI(null, null, "./" + fileName, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(fileName, e);
    }
  }

  /** A number as shown: at most two decimals, no trailing zeros, no exponent. */
  static String fmt(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  private static String esc(String s) {
    return HtmlReport.esc(s);
  }
}
