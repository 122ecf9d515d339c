package org.nianbao.internal.facts;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The DuckDB driver, an optional dependency: looked up by name only when a DuckDB or Parquet
 * output or a query asks for it, so that a check or batch without them neither needs nor loads it
 * (its jar is 80 MB, most of it native libraries). Used through JDBC alone: nothing of DuckDB's
 * own API is compiled against.
 */
public final class DuckDb {
  /** The Maven artifact, with the version nianbao is built and tested with. */
  public static final String ARTIFACT = "org.duckdb:duckdb_jdbc:2.0.0.1";
  private static final String DRIVER = "org.duckdb.DuckDBDriver";

  private DuckDb() {}

  /** The driver is missing or cannot be loaded here; the message names the artifact to add. */
  public static final class Missing extends Exception {
    private static final long serialVersionUID = 1L;

    Missing(Throwable cause) {
      super("needs " + ARTIFACT + " on the class path (optional dependency of nianbao; missing: "
          + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")", cause);
    }
  }

  /** Loads the driver, before any work, so that a missing jar is said at once. */
  public static Driver driver() throws Missing {
    try {
      return (Driver) Class.forName(DRIVER).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new Missing(e);
    }
  }

  /**
   * A connection to a database file, or to one in memory for {@code null}.
   *
   * @param readOnly true to open an existing file without changing it
   */
  public static Connection open(Driver driver, java.nio.file.Path file, boolean readOnly) throws SQLException {
    Properties properties = new Properties();
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    Connection c = driver.connect("jdbc:duckdb:" + (file == null ? "" : file.toAbsolutePath()), properties);
    if (c == null) {
      throw new SQLException("the DuckDB driver did not accept the database " + file);
    }
    return c;
  }

  /** A string literal of SQL: quotes doubled. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
