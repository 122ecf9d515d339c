package org.nianbao.internal.facts;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.nianbao.ReportBatch;
import org.nianbao.ReportDocument;
import org.nianbao.internal.batch.Baseline;
import org.nianbao.internal.batch.BatchRun;

/**
 * The facts and findings as tables of a DuckDB database ({@code --db}) and as Parquet files
 * ({@code --parquet}). Rows go to plain CSV files in a temporary folder as the batch goes (memory
 * stays flat whatever the number of reports); DuckDB reads them at the end in one streaming pass,
 * typed: year, line and page as INTEGER, a numeric cell's value also as {@code number DECIMAL(38,6)}
 * (NULL for a cell that is not a number, or one too long for it: {@code value} keeps it as printed).
 * The database and the Parquet files appear under their names whole, or not at all.
 */
public final class DuckStore implements BatchRun.Sink, Closeable {
  private static final String FACTS_COLUMNS = "{'body': 'VARCHAR', 'body_normalised': 'VARCHAR', 'level': 'VARCHAR',"
      + " 'year': 'INTEGER', 'edition': 'VARCHAR', 'source': 'VARCHAR', 'pointer': 'VARCHAR', 'label': 'VARCHAR',"
      + " 'value': 'VARCHAR', 'semantic': 'VARCHAR', 'line': 'INTEGER', 'page': 'INTEGER'}";
  private static final String FINDINGS_COLUMNS = "{'body': 'VARCHAR', 'body_normalised': 'VARCHAR',"
      + " 'year': 'INTEGER', 'source': 'VARCHAR', 'rule': 'VARCHAR', 'severity': 'VARCHAR', 'pointers': 'VARCHAR',"
      + " 'expected': 'VARCHAR', 'actual': 'VARCHAR', 'fix_pointer': 'VARCHAR', 'fix_to': 'VARCHAR', 'message': 'VARCHAR',"
      + " 'reviewed': 'BOOLEAN'}";

  private final Driver driver;
  private final Path database;
  private final Path parquet;
  private final Path work;
  private final FactsFiles rows;
  private volatile boolean finished;
  private boolean abandoned;

  private DuckStore(Driver driver, Path database, Path parquet, Path work, FactsFiles rows) {
    this.driver = driver;
    this.database = database;
    this.parquet = parquet;
    this.work = work;
    this.rows = rows;
  }

  /**
   * Checks the driver and the targets before any work.
   *
   * @param database the database file to write, or null
   * @param parquet the folder to write {@code facts.parquet} and {@code findings.parquet} into (made
   *     if missing), or null
   * @param accepted the baseline read, whose findings are marked reviewed; or null
   * @throws IOException with a one-line reason: the driver missing (naming its artifact), a folder
   *     that does not exist or cannot be written
   */
  public static DuckStore create(Path database, Path parquet, Locale locale, Baseline accepted) throws IOException {
    Driver driver;
    try {
      driver = DuckDb.driver();
    } catch (DuckDb.Missing e) {
      throw new IOException(e.getMessage(), e);
    }
    Path db = database == null ? null : database.toAbsolutePath().normalize();
    if (db != null) {
      if (Files.isDirectory(db)) {
        throw new IOException(database + " is a folder, not a file");
      }
      if (db.getParent() == null || !Files.isDirectory(db.getParent())) {
        throw new IOException("the folder of " + database + " does not exist");
      }
    }
    Path dir = parquet == null ? null : parquet.toAbsolutePath().normalize();
    if (dir != null) {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new IOException(parquet + " is a file, not a folder");
      }
      Files.createDirectories(dir);
    }
    // beside the outputs, not in /tmp: the rows of a national batch are gigabytes, and a tmpfs is memory
    Path work = Files.createTempDirectory(db != null ? db.getParent() : dir, ".nianbao-facts-");
    try {
      FactsFiles rows = FactsFiles.raw(database != null ? "--db" : "--parquet", work.resolve("facts.csv"),
          work.resolve("findings.csv"), locale, accepted);
      return new DuckStore(driver, db, dir, work, rows);
    } catch (IOException e) {
      delete(work);
      throw e;
    }
  }

  @Override
  public String option() {
    return rows.option();
  }

  @Override
  public void write(ReportBatch.Outcome outcome, ReportDocument document) throws IOException {
    rows.write(outcome, document);
  }

  /** Loads the rows into the database and the Parquet files, and moves them into place. */
  public void commit() throws IOException {
    rows.commit();
    Path facts = work.resolve("facts.csv");
    Path findings = work.resolve("findings.csv");
    try {
      if (database != null) {
        Path partial = work.resolve("facts.duckdb");
        try (Connection c = DuckDb.open(driver, partial, false); Statement s = c.createStatement()) {
          s.execute("CREATE TABLE facts AS " + factsFrom(facts));
          s.execute("CREATE TABLE findings AS " + findingsFrom(findings));
          if (parquet != null) {
            exportParquet(s, "SELECT * FROM facts", "SELECT * FROM findings");
          }
        }
        move(partial, database);
      } else {
        try (Connection c = DuckDb.open(driver, null, false); Statement s = c.createStatement()) {
          exportParquet(s, factsFrom(facts), findingsFrom(findings));
        }
      }
    } catch (SQLException e) {
      throw new IOException(oneLine(e.getMessage()), e);
    } finally {
      finished = true;
      delete(work);
    }
  }

  private void exportParquet(Statement s, String facts, String findings) throws SQLException, IOException {
    Path factsPartial = work.resolve("facts.parquet");
    Path findingsPartial = work.resolve("findings.parquet");
    s.execute("COPY (" + facts + ") TO " + DuckDb.literal(factsPartial.toString()) + " (FORMAT parquet)");
    s.execute("COPY (" + findings + ") TO " + DuckDb.literal(findingsPartial.toString()) + " (FORMAT parquet)");
    move(factsPartial, parquet.resolve("facts.parquet"));
    move(findingsPartial, parquet.resolve("findings.parquet"));
  }

  static String factsFrom(Path csv) {
    return "SELECT body, body_normalised, level, year, edition, source, pointer, label, value,"
        + " CASE WHEN semantic = 'number' THEN TRY_CAST(value AS DECIMAL(38,6)) END AS number, semantic, line, page"
        + " FROM " + read(csv, FACTS_COLUMNS);
  }

  static String findingsFrom(Path csv) {
    return "SELECT body, body_normalised, year, source, rule, severity, pointers,"
        + " TRY_CAST(expected AS DECIMAL(38,6)) AS expected, TRY_CAST(actual AS DECIMAL(38,6)) AS actual,"
        + " fix_pointer, TRY_CAST(fix_to AS DECIMAL(38,6)) AS fix_to, message, reviewed"
        + " FROM " + read(csv, FINDINGS_COLUMNS);
  }

  private static String read(Path csv, String columns) {
    return "read_csv(" + DuckDb.literal(csv.toString()) + ", header = true, auto_detect = false, delim = ',',"
        + " quote = '\"', escape = '\"', allow_quoted_nulls = false, columns = " + columns + ")";
  }

  /** Into place, unless the run was abandoned meanwhile (SIGTERM while DuckDB loads): then the target stays as it was. */
  private synchronized void move(Path from, Path to) throws IOException {
    if (abandoned) {
      throw new IOException("interrupted");
    }
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Stops, leaving the targets as they were and removing the rows gathered.
   *
   * @return true when this call stopped it
   */
  public synchronized boolean abandon() {
    if (finished) {
      return false;
    }
    finished = true;
    abandoned = true;
    rows.abandon();
    delete(work);
    return true;
  }

  @Override
  public void close() {
    abandon();
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is named for what it is; nothing more to do while stopping
    }
  }

  private static String oneLine(String s) {
    return s == null ? "DuckDB failed" : s.replaceAll("\\s+", " ").strip();
  }
}
