package org.nianbao.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.Cell;
import org.nianbao.Finding;
import org.nianbao.Report;
import org.nianbao.internal.layout.Layout;

/**
 * Comparisons of a report read back with the canonical report it was rendered from, cell by
 * cell, each difference named by its pointer so that a failure says where the reader went wrong.
 */
public final class ReadChecks {
  private ReadChecks() {}

  /** A cell for messages: the number as printed, "/", or ‹blank›. */
  public static String show(Cell cell) {
    return cell.isBlank() ? "‹blank›" : cell instanceof Cell.Unreadable u ? "‹text " + u.text() + "›"
        : LayoutRendering.printed(cell);
  }

  /** Every cell that differs: "pointer: expected x, read y"; one line for a different edition. */
  public static List<String> differences(Report expected, Report read) {
    if (read.edition() != expected.edition()) {
      return List.of("edition: expected " + expected.edition().id() + ", read " + read.edition().id());
    }
    Layout layout = Layout.of(expected.edition());
    Cell[] want = layout.cells(expected);
    Cell[] got = layout.cells(read);
    List<String> out = new ArrayList<>();
    for (Layout.Slot slot : layout.slots()) {
      if (!want[slot.index()].equals(got[slot.index()])) {
        out.add(slot.pointer() + ": expected " + show(want[slot.index()]) + ", read " + show(got[slot.index()]));
      }
    }
    return out;
  }

  /**
   * What a reader may not do when the text does not settle every cell: read a cell as anything
   * but its canonical value or blank, or leave a cell blank that is not blank in the canonical
   * report without a finding naming it.
   */
  public static List<String> unsupported(Report expected, Report read, List<Finding> findings) {
    if (read.edition() != expected.edition()) {
      return List.of("edition: expected " + expected.edition().id() + ", read " + read.edition().id());
    }
    Set<String> named = new HashSet<>();
    findings.forEach(f -> named.addAll(f.pointers()));
    Layout layout = Layout.of(expected.edition());
    Cell[] want = layout.cells(expected);
    Cell[] got = layout.cells(read);
    List<String> out = new ArrayList<>();
    for (Layout.Slot slot : layout.slots()) {
      Cell w = want[slot.index()];
      Cell g = got[slot.index()];
      if (g.equals(w)) {
        continue;
      }
      if (!g.isBlank()) {
        out.add(slot.pointer() + ": expected " + show(w) + " or blank, read " + show(g));
      } else if (!named.contains(slot.pointer())) {
        out.add(slot.pointer() + ": left blank (printed " + show(w) + ") and no finding names it");
      }
    }
    return out;
  }

  /** Findings as rule id and pointers, for comparing two sets of findings regardless of where they point. */
  public static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id() + " " + f.pointers()).sorted().toList();
  }
}
