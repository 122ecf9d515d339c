package org.nianbao.internal.rulepack;

import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.Cell;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.internal.batch.Peers;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.text.Sections;

/**
 * What the expressions of a pack see of one report (and of last year's): its cells read once, its
 * text by section. The rules of a pack share one for a report, so 20 rules read its cells once.
 */
final class ReportView {
  /**
   * The last report's facts on each thread: every rule of a validator checks the same report in
   * turn. Held weakly, so that a pooled thread (a server's) does not keep its last report alive.
   */
  private static final ThreadLocal<WeakReference<ReportView>> LAST = new ThreadLocal<>();

  final Report report;
  final Report previous;
  private final Layout layout;
  private final Cell[] cells;
  private Layout previousLayout;
  private Cell[] previousCells;
  private String level;
  private Map<String, Object> reportMap;
  private Object previousMap;
  private Text text;

  private ReportView(Report report, Report previous) {
    this.report = report;
    this.previous = previous;
    this.layout = Layout.of(report.edition());
    this.cells = layout.cells(report);
  }

  static ReportView of(Report report, Report previous) {
    WeakReference<ReportView> held = LAST.get();
    ReportView last = held == null ? null : held.get();
    if (last != null && last.report == report && last.previous == previous) {
      return last;
    }
    ReportView facts = new ReportView(report, previous);
    LAST.set(new WeakReference<>(facts));
    return facts;
  }

  /** The cell at a pointer; a pointer the edition has not is the rule's fault, named. */
  Cell cell(String pointer) {
    Layout.Slot slot = layout.slot(pointer);
    if (slot == null) {
      throw new IllegalArgumentException("the " + report.edition().id() + " template has no cell " + pointer);
    }
    return cells[slot.index()];
  }

  /** Last year's cell, or null when last year's report is not known. */
  Cell previousCell(String pointer) {
    if (previous == null) {
      return null;
    }
    if (previousCells == null) {
      previousLayout = Layout.of(previous.edition());
      previousCells = previousLayout.cells(previous);
    }
    Layout.Slot slot = previousLayout.slot(pointer);
    if (slot == null) {
      throw new IllegalArgumentException("the " + previous.edition().id() + " template (last year's) has no cell "
          + pointer);
    }
    return previousCells[slot.index()];
  }

  /** township, county, city, provincial, or "" when the name does not tell. */
  String level() {
    if (level == null) {
      String told = Peers.level(report.unit());
      level = told == null ? "" : told;
    }
    return level;
  }

  Map<String, Object> reportMap() {
    if (reportMap == null) {
      reportMap = asMap(report);
    }
    return reportMap;
  }

  Object previousMap() {
    if (previousMap == null) {
      previousMap = previous == null ? dev.cel.common.values.NullValue.NULL_VALUE : asMap(previous);
    }
    return previousMap;
  }

  Text text() {
    if (text == null) {
      text = new Text(report.narrative());
    }
    return text;
  }

  /**
   * The canonical JSON as CEL's values: objects as maps, whole numbers as int, other numbers as
   * double, blank as null and not applicable as "/" (as written in the JSON).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Report report) {
    try {
      Object tree = ReportJson.MAPPER.readValue(ReportJson.write(report), Object.class);
      return (Map<String, Object>) celValue(tree);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Object celValue(Object json) {
    if (json == null) {
      return dev.cel.common.values.NullValue.NULL_VALUE;
    }
    if (json instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put((String) k, celValue(v)));
      return out;
    }
    if (json instanceof List<?> list) {
      return list.stream().map(ReportView::celValue).toList();
    }
    if (json instanceof Integer i) {
      return i.longValue();
    }
    if (json instanceof BigDecimal || json instanceof Float) {
      return ((Number) json).doubleValue();
    }
    if (json instanceof java.math.BigInteger b) {
      return b.doubleValue();
    }
    return json;
  }

  /** The report's text, section by section: what {@code text.section(n)} reads. */
  static final class Text {
    private final Map<Integer, String> sections = new LinkedHashMap<>();
    private final String all;

    Text(Narrative narrative) {
      StringBuilder whole = new StringBuilder();
      narrative.preamble().forEach(l -> whole.append(l.text()).append('\n'));
      for (Narrative.Section section : narrative.sections()) {
        StringBuilder body = new StringBuilder(section.heading()).append('\n');
        section.lines().forEach(l -> body.append(l.text()).append('\n'));
        int number = Sections.sectionOf(section.heading());
        if (number > 0) {
          sections.merge(number, body.toString(), String::concat);
        }
        whole.append(body);
      }
      all = whole.toString();
    }

    /** The section's heading and lines, or "" when the report has no such section. */
    String section(long number) {
      return sections.getOrDefault((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number)), "");
    }

    String all() {
      return all;
    }
  }
}
