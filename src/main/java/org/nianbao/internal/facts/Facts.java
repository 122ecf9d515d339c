package org.nianbao.internal.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Finding;
import org.nianbao.Report;
import org.nianbao.ReportDocument;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.Wording;
import org.nianbao.internal.batch.Peers;
import org.nianbao.internal.facts.Csv.Field;
import org.nianbao.internal.layout.Labels;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.text.ReportHeading;

/**
 * A checked report as rows: one per cell of its tables (long format, so that every edition fits
 * one table and a sum over cells is one SQL query), one per finding. The same columns go to the
 * CSV files, DuckDB and Parquet.
 */
public final class Facts {
  /** The columns of the facts: who, which report, which cell, what it holds, where it was read (line, and page of a PDF). */
  public static final List<String> FACT_COLUMNS = List.of("body", "body_normalised", "level", "year", "edition",
      "source", "pointer", "label", "value", "semantic", "line", "page");
  /** The columns of the findings; {@code reviewed} as in the JSON lines: the baseline accepts it. */
  public static final List<String> FINDING_COLUMNS = List.of("body", "body_normalised", "year", "source", "rule",
      "severity", "pointers", "expected", "actual", "fix_pointer", "fix_to", "message", "reviewed");

  private final Locale locale;
  /** The labels of each edition's cells in slot order: worded once, not once per report. */
  private final Map<Edition, List<String>> labels = new EnumMap<>(Edition.class);

  /** @param locale the language of the labels, as findings word them */
  public Facts(Locale locale) {
    this.locale = locale;
  }

  /** What a cell holds, in the words of the {@code semantic} column. */
  static String semantic(Cell cell) {
    if (cell instanceof Cell.Value) {
      return "number";
    }
    if (cell instanceof Cell.Blank) {
      return "blank";
    }
    return cell instanceof Cell.NotApplicable ? "n/a" : "unreadable";
  }

  /** A cell as printed: the number, nothing for blank, "/" for not applicable, the text as it was. */
  static String value(Cell cell) {
    if (cell instanceof Cell.Value v) {
      return Numbers.plain(v.number());
    }
    if (cell instanceof Cell.Unreadable u) {
      return u.text();
    }
    return cell instanceof Cell.NotApplicable ? Cell.NOT_APPLICABLE_MARK : "";
  }

  /** One row per cell of the report, in the template's order. */
  public List<List<Field>> facts(Report report, String source, ReportDocument document) {
    Layout layout = Layout.of(report.edition());
    List<String> worded = labels.computeIfAbsent(report.edition(), edition -> layout.slots().stream()
        .map(slot -> Wording.phrase(Labels.cell(edition, slot), locale)).toList());
    Cell[] cells = layout.cells(report);
    List<Field> who = who(report, source, true);
    List<List<Field>> rows = new ArrayList<>(cells.length);
    for (Layout.Slot slot : layout.slots()) {
      Cell cell = cells[slot.index()];
      Finding.Location place = document == null ? null : document.location(slot.pointer()).orElse(null);
      List<Field> row = new ArrayList<>(who);
      row.add(Field.text(slot.pointer()));
      row.add(Field.text(worded.get(slot.index())));
      row.add(new Field(value(cell), cell instanceof Cell.Value));
      row.add(Field.text(semantic(cell)));
      // a PDF's line is counted on its page
      row.add(Field.number(place == null || place.line() == null ? "" : place.line().toString()));
      row.add(Field.number(place == null || place.page() == null ? "" : place.page().toString()));
      rows.add(row);
    }
    return rows;
  }

  /**
   * One row per finding, in the result's order.
   *
   * @param notes the baseline's note of each finding, null where it is not accepted; or null when
   *     there is no baseline
   */
  public List<List<Field>> findings(Report report, String source, List<Finding> findings, List<String> notes) {
    List<List<Field>> rows = new ArrayList<>(findings.size());
    List<Field> who = who(report, source, false);
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      List<Field> row = new ArrayList<>(who);
      row.add(Field.text(f.rule().id()));
      row.add(Field.text(f.severity().id()));
      row.add(Field.text(f.pointers().stream().collect(Collectors.joining(" "))));
      row.add(number(f.expected()));
      row.add(number(f.actual()));
      row.add(Field.text(f.fix() == null ? "" : f.fix().pointer()));
      row.add(number(f.fix() == null ? null : f.fix().to()));
      row.add(Field.text(f.message()));
      row.add(Field.text(Boolean.toString(notes != null && notes.get(i) != null)));
      rows.add(row);
    }
    return rows;
  }

  /** body, body_normalised, (level,) year, (edition,) source. */
  private static List<Field> who(Report report, String source, boolean fact) {
    List<Field> who = new ArrayList<>();
    who.add(Field.text(report.unit()));
    who.add(Field.text(ReportHeading.normalize(report.unit())));
    if (fact) {
      who.add(Field.text(report.unit().isEmpty() ? "" : nullToEmpty(Peers.level(report.unit()))));
    }
    who.add(Field.number(report.year() == 0 ? "" : Integer.toString(report.year())));
    if (fact) {
      who.add(Field.text(report.edition().id()));
    }
    who.add(Field.text(source));
    return who;
  }

  private static Field number(BigDecimal n) {
    return Field.number(n == null ? "" : Numbers.plain(n));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
