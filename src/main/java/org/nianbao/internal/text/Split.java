package org.nianbao.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a table, split into its label and its value cells. Cells are separated by tabs
 * (web page copies), by {@code |} (converted tables), or by spaces (PDF text); the label is
 * everything up to the last piece that is not a value.
 *
 * @param label the row's label, its pieces joined by a space (empty for a line of values)
 * @param values the value cells after the label, empty cells included
 */
record Split(String label, List<String> values) {

  /** Digits glued to the end of a label: "…申请数量713000074". */
  private static final Pattern GLUED = Pattern.compile("^(.*\\p{IsHan}[)）]?)\\s*([0-9０-９][0-9０-９,，]*)$");

  static Split of(String line) {
    List<String> cells;
    if (line.indexOf('\t') >= 0) {
      cells = List.of(line.split("\t", -1));
    } else if (line.indexOf('|') >= 0 || line.indexOf('｜') >= 0) {
      cells = new ArrayList<>();
      for (String cell : line.split("[|｜]", -1)) {
        cells.add(cell.strip());
      }
      // a markdown row, | a | b |, is framed by pipes; otherwise a last empty piece is a blank cell
      if (line.strip().startsWith("|") && line.strip().endsWith("|") && cells.size() > 2) {
        cells.remove(0);
        cells.remove(cells.size() - 1);
      }
    } else {
      cells = List.of(line.strip().split("\\s+"));
    }
    int lastLabel = -1;
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (!cell.isBlank() && !CellText.isValue(cell)) {
        lastLabel = i;
      }
    }
    StringBuilder label = new StringBuilder();
    for (int i = 0; i <= lastLabel; i++) {
      if (!cells.get(i).isBlank()) {
        label.append(label.length() == 0 ? "" : " ").append(cells.get(i).strip());
      }
    }
    List<String> values = new ArrayList<>(cells.subList(lastLabel + 1, cells.size()));
    if (values.stream().allMatch(String::isBlank) && lastLabel >= 0) {
      Matcher glued = GLUED.matcher(label.toString());
      if (glued.matches()) {
        return new Split(glued.group(1), List.of(glued.group(2)));
      }
    }
    if (lastLabel < 0 && values.stream().allMatch(String::isBlank)) {
      values = List.of();
    }
    return new Split(label.toString(), values);
  }
}
