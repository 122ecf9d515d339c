package org.nianbao.internal.facts;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nianbao query}: one SQL query over a database written by {@code batch --db}, opened
 * read-only, or over a folder written by {@code batch --parquet}, whose files are the views
 * {@code facts} and {@code findings}.
 */
public final class Query {
  private Query() {}

  /**
   * A query's answer.
   *
   * @param columns the column names
   * @param rows the values: String, BigDecimal, Long, Double, Boolean, other objects as text; null for NULL
   */
  public record Result(List<String> columns, List<List<Object>> rows) {}

  /**
   * Runs the query.
   *
   * @throws IOException a database that is not there, with why
   * @throws SQLException the query's error, as DuckDB words it
   * @throws DuckDb.Missing the driver is not on the class path
   */
  public static Result run(Path store, String sql) throws IOException, SQLException, DuckDb.Missing {
    if (!Files.exists(store)) {
      throw new IOException("no such file or folder");
    }
    Driver driver = DuckDb.driver();
    boolean parquet = Files.isDirectory(store);
    if (parquet && !Files.isRegularFile(store.resolve("facts.parquet"))) {
      throw new IOException("a folder without facts.parquet (written by batch --parquet)");
    }
    try (Connection c = DuckDb.open(driver, parquet ? null : store, !parquet); Statement s = c.createStatement()) {
      if (parquet) {
        for (String table : List.of("facts", "findings")) {
          Path file = store.resolve(table + ".parquet");
          if (Files.isRegularFile(file)) {
            s.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet(" + DuckDb.literal(file.toString()) + ")");
          }
        }
      }
      try (ResultSet r = s.executeQuery(sql)) {
        ResultSetMetaData meta = r.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (r.next()) {
          List<Object> row = new ArrayList<>(columns.size());
          for (int i = 1; i <= columns.size(); i++) {
            row.add(value(r.getObject(i)));
          }
          rows.add(row);
        }
        return new Result(columns, rows);
      }
    }
  }

  /** The answer as a text table: columns aligned as a terminal shows them (a Chinese character is two wide), numbers to the right. */
  public static String table(Result result) {
    int n = result.columns().size();
    int[] width = new int[n];
    List<String[]> texts = new ArrayList<>();
    texts.add(result.columns().toArray(String[]::new));
    for (List<Object> row : result.rows()) {
      texts.add(row.stream().map(Query::text).toArray(String[]::new));
    }
    for (String[] t : texts) {
      for (int i = 0; i < n; i++) {
        width[i] = Math.max(width[i], width(t[i]));
      }
    }
    StringBuilder b = new StringBuilder();
    for (int r = 0; r < texts.size(); r++) {
      String[] t = texts.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String pad = " ".repeat(width[i] - width(t[i]));
        boolean right = r > 0 && result.rows().get(r - 1).get(i) instanceof Number;
        line.append(i == 0 ? "" : "  ").append(right ? pad + t[i] : t[i] + (i == n - 1 ? "" : pad));
      }
      b.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
          rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        b.append(rule).append('\n');
      }
    }
    return b.append("(").append(result.rows().size()).append(result.rows().size() == 1 ? " row)" : " rows)")
        .append('\n').toString();
  }

  /** The answer as CSV (RFC 4180, header row, formulas disarmed as in the facts files; no byte order mark). */
  public static String csv(Result result) {
    StringBuilder b = new StringBuilder(Csv.header(result.columns()));
    for (List<Object> row : result.rows()) {
      b.append(Csv.row(row.stream().map(v -> new Csv.Field(v == null ? "" : text(v), v instanceof Number)).toList(),
          true));
    }
    return b.toString();
  }

  /** The answer as JSON: an array of objects, numbers as numbers, NULL as null. */
  public static String json(Result result) throws IOException {
    com.fasterxml.jackson.databind.node.ArrayNode array = org.nianbao.internal.json.ReportJson.MAPPER.createArrayNode();
    for (List<Object> row : result.rows()) {
      com.fasterxml.jackson.databind.node.ObjectNode o = array.addObject();
      for (int i = 0; i < result.columns().size(); i++) {
        Object v = row.get(i);
        String name = result.columns().get(i);
        if (v == null) {
          o.putNull(name);
        } else if (v instanceof BigDecimal d) {
          o.put(name, d);
        } else if (v instanceof Long l) {
          o.put(name, l);
        } else if (v instanceof Double d) {
          o.put(name, d);
        } else if (v instanceof Boolean bool) {
          o.put(name, bool);
        } else {
          o.put(name, v.toString());
        }
      }
    }
    return org.nianbao.internal.json.ReportJson.MAPPER.writer(org.nianbao.internal.json.ReportJson.prettyPrinter())
        .writeValueAsString(array) + "\n";
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
  }

  /** Columns a terminal gives the text: two for East Asian wide characters, one otherwise. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      w += wide(c) ? 2 : 1;
    }
    return w;
  }

  private static boolean wide(int c) {
    return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
        || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
  }

  private static Object value(Object o) {
    if (o == null || o instanceof String || o instanceof BigDecimal || o instanceof Boolean || o instanceof Double
        || o instanceof Float) {
      return o;
    }
    if (o instanceof Number n) {
      return n instanceof java.math.BigInteger b ? new BigDecimal(b) : (Object) n.longValue();
    }
    return o.toString();
  }
}
