package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.internal.batch.Baseline;
import org.nianbao.internal.batch.BatchRun;
import org.nianbao.internal.facts.DuckStore;
import org.nianbao.internal.facts.FactsFiles;
import picocli.CommandLine.Option;

/**
 * batch's outputs of the reports as data: {@code --facts} (CSV), {@code --db} (DuckDB) and
 * {@code --parquet}. DuckDB is touched only when one of the last two is given.
 */
final class FactsOptions {
  @Option(names = "--facts", paramLabel = "FILE.csv",
      description = {"Write one CSV row per cell of every report to FILE.csv, and one per finding to",
          "FILE.findings.csv (UTF-8 with a byte order mark, for Excel)."})
  Path facts;

  @Option(names = "--db", paramLabel = "FILE.duckdb",
      description = "Write the tables facts and findings into a DuckDB database (needs " + "org.duckdb:duckdb_jdbc).")
  Path db;

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "Write DIR/facts.parquet and DIR/findings.parquet through DuckDB (DIR made if missing).")
  Path parquet;

  private FactsFiles files;
  private DuckStore store;

  /**
   * Checks the outputs against the inputs and creates them, before anything is read.
   *
   * @param accepted the baseline read ({@code --baseline}), or null: its findings are marked reviewed
   *
   * @return the one-line error, or null when they are ready
   */
  String open(List<Path> inputs, Locale locale, Baseline accepted) {
    try {
      if (facts != null) {
        String clash = firstClash(inputs, facts, FactsFiles.findingsOf(facts));
        if (clash != null) {
          return "--facts " + Main.oneLine(facts.toString()) + ": " + clash + "; choose a file elsewhere";
        }
        files = FactsFiles.create("--facts", facts, locale, accepted);
      }
    } catch (IOException e) {
      return "--facts " + Main.oneLine(facts.toString()) + ": " + Main.oneLine(e.getMessage());
    }
    if (db != null || parquet != null) {
      String option = db != null ? "--db " + Main.oneLine(db.toString()) : "--parquet " + Main.oneLine(parquet.toString());
      try {
        String clash = firstClash(inputs, db, parquet);
        if (clash != null) {
          return option + ": " + clash + "; choose another place";
        }
        store = DuckStore.create(db, parquet, locale, accepted);
      } catch (IOException e) {
        abandon();
        return option + ": " + Main.oneLine(e.getMessage());
      }
    }
    return null;
  }

  private static String firstClash(List<Path> inputs, Path... outputs) throws IOException {
    for (Path output : outputs) {
      String clash = output == null ? null : BatchCommand.clash(output, inputs);
      if (clash != null) {
        return clash;
      }
    }
    return null;
  }

  /** The outputs that are written report by report. */
  List<BatchRun.Sink> sinks() {
    List<BatchRun.Sink> sinks = new ArrayList<>();
    if (files != null) {
      sinks.add(files);
    }
    if (store != null) {
      sinks.add(store);
    }
    return sinks;
  }

  boolean any() {
    return files != null || store != null;
  }

  /** Moves the files into place, the database and Parquet files loaded first; the one-line error, or null. */
  String commit() {
    if (files != null) {
      try {
        files.commit();
      } catch (IOException e) {
        return "--facts " + Main.oneLine(facts.toString()) + ": cannot be written: " + Main.oneLine(e.getMessage());
      }
    }
    if (store != null) {
      try {
        store.commit();
      } catch (IOException e) {
        return (db != null ? "--db " + Main.oneLine(db.toString()) : "--parquet " + Main.oneLine(parquet.toString()))
            + ": cannot be written: " + Main.oneLine(e.getMessage()) + "; left as it was";
      }
    }
    return null;
  }

  /** On an interrupted or failed run: the targets stay as they were; says where the finished rows are. */
  void abandon(PrintWriter err) {
    if (files != null && files.abandon() && err != null && files.cells().lines() > 0) {
      err.println("nianbao: " + Main.oneLine(files.cells().target().toString()) + " left as it was; the rows of the "
          + files.cells().lines() + " reports finished are in " + Main.oneLine(String.valueOf(files.cells().partial()))
          + (files.findings().lines() == 0 ? "" : " and " + Main.oneLine(String.valueOf(files.findings().partial()))));
    }
    if (store != null) {
      store.abandon();
    }
  }

  void abandon() {
    abandon(null);
  }
}
