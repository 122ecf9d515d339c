package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.nianbao.internal.facts.DuckDb;
import org.nianbao.internal.facts.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Runs one SQL query (DuckDB's dialect) over the tables facts and findings written by",
        "batch --db (opened read-only) or batch --parquet (a folder), and prints the answer."})
final class QueryCommand implements Callable<Integer> {
  enum Format { text, json, csv }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.duckdb|DIR", description = "A database written by batch --db, or a folder written by batch --parquet.")
  Path store;

  @Parameters(index = "1", paramLabel = "SQL", description = "The query.")
  String sql;

  @Option(names = "--format", defaultValue = "text", description = "text (an aligned table), json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    Query.Result result;
    try {
      result = Query.run(store, sql);
    } catch (IOException e) {
      return fail(Main.oneLine(store.toString()) + ": " + e.getMessage());
    } catch (SQLException e) {
      return fail(String.valueOf(e.getMessage()));
    } catch (DuckDb.Missing e) {
      return fail(e.getMessage());
    }
    try {
      String text = switch (format) {
        case json -> Query.json(result);
        case csv -> Query.csv(result);
        case text -> Query.table(escaped(result));
      };
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return Main.OK;
    } catch (IOException e) {
      return fail(e.getMessage());
    }
  }

  /** What the database holds came from reports and file names: each value made harmless for the terminal. */
  private static Query.Result escaped(Query.Result result) {
    return new Query.Result(result.columns().stream().map(Terminal::escape).toList(), result.rows().stream()
        .map(row -> row.stream().map(v -> v instanceof String text ? (Object) Terminal.escape(text) : v).toList())
        .toList());
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("nianbao: query: " + Main.oneLine(message));
    return Main.USAGE_OR_INPUT;
  }
}
