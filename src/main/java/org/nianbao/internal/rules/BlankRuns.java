package org.nianbao.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.Edition;
import org.nianbao.Finding;
import org.nianbao.internal.layout.Labels;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.layout.Layout.Slot;

/**
 * Blank cells in runs, so that one fact ("the 法人 columns are blank in every row") is one
 * finding, not dozens: in table 三, the columns that are blank in the same rows form one run; in
 * tables 二 and 四, all of a table's blank cells form one.
 */
final class BlankRuns {
  private BlankRuns() {}

  static List<List<Slot>> of(List<Slot> blanks, Layout layout) {
    Map<String, List<Slot>> byTable = new LinkedHashMap<>();
    for (Slot slot : blanks) {
      byTable.computeIfAbsent(slot.table(), t -> new ArrayList<>()).add(slot);
    }
    List<List<Slot>> runs = new ArrayList<>();
    for (Map.Entry<String, List<Slot>> table : byTable.entrySet()) {
      if (!table.getKey().equals("applications")) {
        runs.add(table.getValue());
        continue;
      }
      // columns keyed by the set of rows they are blank in
      Map<String, Set<String>> rowsByColumn = new LinkedHashMap<>();
      for (Slot slot : table.getValue()) {
        rowsByColumn.computeIfAbsent(slot.column(), c -> new TreeSet<>()).add(slot.row());
      }
      Map<Set<String>, Set<String>> columnsByRows = new LinkedHashMap<>();
      rowsByColumn.forEach((column, rows) -> columnsByRows.computeIfAbsent(rows, r -> new TreeSet<>()).add(column));
      for (Set<String> columns : columnsByRows.values()) {
        List<Slot> run = new ArrayList<>();
        for (Slot slot : table.getValue()) {
          if (columns.contains(slot.column())) {
            run.add(slot);
          }
        }
        runs.add(run);
      }
    }
    runs.sort((a, b) -> Integer.compare(a.get(0).index(), b.get(0).index()));
    return runs;
  }

  /** Where a run is, in words: its table, columns and rows ("表三 商业企业、科研机构 列，共 8 行"). */
  static Finding.Phrase describe(List<Slot> run, Edition edition) {
    Slot first = run.get(0);
    long inTable = Layout.of(edition).slots().stream().filter(s -> s.table().equals(first.table())).count();
    if (run.size() == inTable) {
      return Finding.Phrase.of("cell.blank.where_table", Finding.Phrase.of("table." + first.table()));
    }
    Set<String> rows = new java.util.LinkedHashSet<>();
    Set<String> columns = new java.util.LinkedHashSet<>();
    for (Slot slot : run) {
      rows.add(slot.row());
      columns.add(slot.column());
    }
    if (!first.table().equals("applications") || rows.size() * columns.size() != run.size()) {
      List<Object> labels = new ArrayList<>();
      for (Slot slot : run.subList(0, Math.min(run.size(), 3))) {
        labels.add(Labels.cell(edition, slot));
      }
      return Finding.Phrase.of(run.size() > 3 ? "cell.blank.where_cells_more" : "cell.blank.where_cells",
          new Finding.PhraseList("list.and", labels));
    }
    List<Object> columnNames = new ArrayList<>();
    for (String column : columns) {
      columnNames.add(Labels.column(edition, first.table(), column));
    }
    return Finding.Phrase.of(rows.size() == 1 ? "cell.blank.where_row" : "cell.blank.where_columns",
        new Finding.PhraseList("list.and", columnNames), Labels.row(edition, rows.iterator().next()),
        Integer.toString(rows.size()));
  }
}
