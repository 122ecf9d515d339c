package org.nianbao.testing;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's JSON Schemas, loaded from {@code schema/}. */
public final class Schemas {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private Schemas() {}

  public static Schema report() {
    return load("report.schema.json");
  }

  public static Schema findings() {
    return load("findings.schema.json");
  }

  public static Schema load(String name) {
    try {
      return REGISTRY.getSchema(Files.readString(Path.of("schema", name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
