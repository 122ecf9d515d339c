package org.nianbao;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nianbao.internal.text.ReadIssue;

/**
 * A report as read from a file, with where its cells came from: the line (and text) of each
 * cell of a text report, so that findings can point into the input. A canonical JSON report has
 * no such places: its cells are addressed by their JSON Pointers.
 */
public final class ReportDocument {
  private final String source;
  private final Report report;
  private final Map<String, Finding.Location> cells;
  private final List<ReadIssue> issues;

  ReportDocument(String source, Report report, Map<String, Finding.Location> cells, List<ReadIssue> issues) {
    this.source = Objects.requireNonNull(source, "source");
    this.report = Objects.requireNonNull(report, "report");
    this.cells = Map.copyOf(cells);
    this.issues = List.copyOf(issues);
  }

  /** A document for a report that was built or read without places, e.g. from canonical JSON. */
  public static ReportDocument of(Report report, String source) {
    return new ReportDocument(source, report, Map.of(), List.of());
  }

  /** The file or name the report was read from. */
  public String source() {
    return source;
  }

  public Report report() {
    return report;
  }

  /** Where a cell was read from, by its JSON Pointer. */
  public Optional<Finding.Location> location(String pointer) {
    return Optional.ofNullable(cells.get(pointer));
  }

  /** What reading could not settle; reported as findings by the validator. */
  List<ReadIssue> issues() {
    return issues;
  }

  Map<String, Finding.Location> locations() {
    return cells;
  }
}
