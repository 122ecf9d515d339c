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
  /** For a document read through its text: the place in the document of each line of that text. */
  private final List<Finding.Location> linePlaces;
  /** The time reading took: the check that follows has the rest of the time per report. */
  private final java.time.Duration reading;

  ReportDocument(String source, Report report, Map<String, Finding.Location> cells, List<ReadIssue> issues) {
    this(source, report, cells, issues, List.of());
  }

  ReportDocument(String source, Report report, Map<String, Finding.Location> cells, List<ReadIssue> issues,
      List<Finding.Location> linePlaces) {
    this(source, report, cells, issues, linePlaces, java.time.Duration.ZERO);
  }

  private ReportDocument(String source, Report report, Map<String, Finding.Location> cells, List<ReadIssue> issues,
      List<Finding.Location> linePlaces, java.time.Duration reading) {
    this.reading = reading;
    this.source = Objects.requireNonNull(source, "source");
    this.report = Objects.requireNonNull(report, "report");
    this.issues = List.copyOf(issues);
    this.linePlaces = List.copyOf(linePlaces);
    this.cells = Map.copyOf(cells);
  }

  /**
   * A location in the text read from a document, as a place in the document: the table, row and
   * cell of a Word or web page table, the paragraph, or the page and line of a PDF. The text
   * quoted stays.
   */
  Finding.Location place(Finding.Location location) {
    if (location == null || linePlaces.isEmpty() || location.line() == null) {
      return location;
    }
    int line = location.line();
    if (line < 1 || line > linePlaces.size()) {
      return location;
    }
    Finding.Location p = linePlaces.get(line - 1);
    return new Finding.Location(p.line(), p.column(), p.page(), p.table(), p.row(), p.cell(), p.paragraph(),
        location.text());
  }

  /**
   * A document for a report that was built or read without places, e.g. from canonical JSON.
   *
   * @param report the report
   * @param source the file or name it came from, used in messages
   * @return a document whose cells have no location
   */
  public static ReportDocument of(Report report, String source) {
    return new ReportDocument(source, report, Map.of(), List.of());
  }

  /**
   * The file or name the report was read from.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The report read.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  /**
   * Where a cell was read from: a line of a text, a place in a document.
   *
   * @param pointer the cell's JSON Pointer
   * @return the place, or empty when the input gave none
   */
  public Optional<Finding.Location> location(String pointer) {
    return Optional.ofNullable(place(cells.get(pointer)));
  }

  /**
   * This document with the body and year the caller knows, where the text does not state them (an
   * excerpt without its title). What the text states is kept: the caller's values fill gaps only,
   * and the {@code doc.title} finding then says where they came from.
   *
   * @param unit the issuing body, or {@code null} to leave it as read
   * @param year the report year, or {@code null} to leave it as read
   * @return this document when nothing is filled, otherwise a copy with the gaps filled
   */
  public ReportDocument withDefaults(String unit, Integer year) {
    boolean newUnit = unit != null && !unit.isBlank() && report.unit().isEmpty();
    boolean newYear = year != null && report.year() == 0;
    if (!newUnit && !newYear) {
      return this;
    }
    Report filled = new Report(newUnit ? unit.strip() : report.unit(), newYear ? year : report.year(), report.edition(),
        report.activeDisclosure(), report.applications(), report.reviewLitigation(), report.narrative());
    List<ReadIssue> updated = issues.stream().map(i -> i.kind() != ReadIssue.Kind.NO_TITLE ? i
        : new ReadIssue(i.kind(), i.pointers(), i.silenced(),
            List.of(filled.unit(), filled.year() == 0 ? "" : Integer.toString(filled.year()), "caller"),
            i.location(), i.value(), i.section())).toList();
    return new ReportDocument(source, filled, cells, updated, linePlaces, reading);
  }

  /** A document put aside by a batch and taken back, with everything it was read with. */
  static ReportDocument restored(String source, Report report, Map<String, Finding.Location> cells,
      List<ReadIssue> issues, List<Finding.Location> linePlaces, java.time.Duration reading) {
    return new ReportDocument(source, report, cells, issues, linePlaces, reading);
  }

  /** For a document read through its text, the place in the document of each line; else empty. */
  List<Finding.Location> linePlaces() {
    return linePlaces;
  }

  /** The same document, read in {@code time}. */
  ReportDocument readIn(java.time.Duration time) {
    return new ReportDocument(source, report, cells, issues, linePlaces, time);
  }

  /** How long reading took. */
  java.time.Duration reading() {
    return reading;
  }

  /** What reading could not settle; reported as findings by the validator. */
  List<ReadIssue> issues() {
    return issues;
  }

  /** The cells' locations in the text read (before {@link #place}). */
  Map<String, Finding.Location> locations() {
    return cells;
  }
}
