package org.nianbao.internal.facts;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.nianbao.ReportBatch;
import org.nianbao.ReportDocument;
import org.nianbao.ValidationResult;
import org.nianbao.internal.batch.Baseline;
import org.nianbao.internal.batch.BatchRun;
import org.nianbao.internal.facts.Csv.Field;
import org.nianbao.internal.output.LineFile;

/**
 * The facts and findings of a batch as two CSV files, written report by report as the batch goes
 * (memory stays flat), each report's rows in one piece. Until {@link #commit()} they are temporary
 * files beside their targets; an interrupted run leaves the targets as they were and the temporary
 * files, named {@code .partial}, holding whole reports only.
 */
public final class FactsFiles implements BatchRun.Sink, Closeable {
  private final String option;
  private final Facts facts;
  private final LineFile cells;
  private final LineFile findings;
  /** For a spreadsheet: a byte order mark and formulas disarmed. Off for files DuckDB reads. */
  private final boolean spreadsheet;
  /** The findings already accepted ({@code --baseline}), or null. */
  private final Baseline accepted;

  private FactsFiles(String option, Locale locale, LineFile cells, LineFile findings, boolean spreadsheet,
      Baseline accepted) throws IOException {
    this.option = option;
    this.accepted = accepted;
    this.facts = new Facts(locale);
    this.cells = cells;
    this.findings = findings;
    this.spreadsheet = spreadsheet;
    String bom = spreadsheet ? Csv.BOM : "";
    cells.writeHeader(bom + Csv.header(Facts.FACT_COLUMNS));
    findings.writeHeader(bom + Csv.header(Facts.FINDING_COLUMNS));
  }

  /**
   * The files a spreadsheet opens: {@code target} and its findings beside it ({@link #findingsOf}).
   *
   * @param accepted the baseline read, whose findings are marked reviewed; or null
   * @throws IOException with a one-line reason, naming the file, before any work
   */
  public static FactsFiles create(String option, Path target, Locale locale, Baseline accepted) throws IOException {
    return create(option, target, findingsOf(target), locale, true, accepted);
  }

  /** Files for a program to read, without the spreadsheet's marks. */
  static FactsFiles raw(String option, Path cells, Path findings, Locale locale, Baseline accepted)
      throws IOException {
    return create(option, cells, findings, locale, false, accepted);
  }

  private static FactsFiles create(String option, Path cells, Path findings, Locale locale, boolean spreadsheet,
      Baseline accepted) throws IOException {
    LineFile c = LineFile.create(cells);
    LineFile f;
    try {
      f = LineFile.create(findings);
    } catch (IOException e) {
      c.abandon();
      throw new IOException(findings + ": " + e.getMessage(), e);
    }
    try {
      return new FactsFiles(option, locale, c, f, spreadsheet, accepted);
    } catch (IOException e) {
      c.abandon();
      f.abandon();
      throw e;
    }
  }

  /** {@code facts.csv} → {@code facts.findings.csv}; a name without {@code .csv} gets {@code .findings.csv} added. */
  public static Path findingsOf(Path facts) {
    String name = facts.getFileName().toString();
    String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return facts.resolveSibling(stem + ".findings.csv");
  }

  @Override
  public String option() {
    return option;
  }

  public LineFile cells() {
    return cells;
  }

  public LineFile findings() {
    return findings;
  }

  @Override
  public void write(ReportBatch.Outcome outcome, ReportDocument document) throws IOException {
    ValidationResult result = outcome.result();
    if (result == null) {
      return; // nothing was read: the summary lists the file as unreadable
    }
    cells.writeRecords(rows(facts.facts(result.report(), outcome.source(), document)));
    if (!result.findings().isEmpty()) {
      List<String> notes = accepted == null ? null : accepted.notes(result, outcome.source());
      findings.writeRecords(rows(facts.findings(result.report(), outcome.source(), result.findings(), notes)));
    }
  }

  private String rows(List<List<Field>> rows) {
    StringBuilder b = new StringBuilder();
    rows.forEach(row -> b.append(Csv.row(row, spreadsheet)));
    return b.toString();
  }

  /** Moves both files into place. */
  public void commit() throws IOException {
    cells.commit();
    findings.commit();
  }

  /**
   * Stops both, leaving the targets as they were.
   *
   * @return true when this call stopped them
   */
  public boolean abandon() {
    boolean stopped = cells.abandon();
    return findings.abandon() || stopped;
  }

  @Override
  public void close() {
    abandon();
  }
}
