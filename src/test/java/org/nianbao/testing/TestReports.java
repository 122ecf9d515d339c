package org.nianbao.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.nianbao.Report;
import org.nianbao.ReportReadException;
import org.nianbao.Reports;
import org.nianbao.internal.json.ReportJson;

/** Reports for tests: the bundled examples, and copies of a report with some cells changed. */
public final class TestReports {
  public static final Path EXAMPLES = Path.of("examples");

  private TestReports() {}

  public static Report example(String name) {
    try {
      return Reports.readJson(EXAMPLES.resolve(name + ".json"));
    } catch (ReportReadException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode exampleTree(String name) {
    try {
      return (ObjectNode) ReportJson.MAPPER.readTree(Files.readString(EXAMPLES.resolve(name + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode tree(Report report) {
    try {
      return (ObjectNode) ReportJson.MAPPER.readTree(Reports.toJson(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Report read(JsonNode tree) {
    try {
      return Reports.readJson(ReportJson.MAPPER.writeValueAsString(tree), "test");
    } catch (IOException | ReportReadException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same report without its text: for tests of the tables alone. */
  public static Report withoutText(Report report) {
    return new Report(report.unit(), report.year(), report.edition(), report.activeDisclosure(),
        report.applications(), report.reviewLitigation(), org.nianbao.Narrative.EMPTY);
  }

  /** An example's tables, without its text. */
  public static Report tables(String name) {
    return withoutText(example(name));
  }

  /** Sets the value at a JSON Pointer (its parent must exist). */
  public static ObjectNode set(ObjectNode tree, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? tree : tree.at(pointer.substring(0, slash));
    if (!(parent instanceof ObjectNode object)) {
      throw new IllegalArgumentException("no object at " + pointer.substring(0, slash));
    }
    object.set(pointer.substring(slash + 1), value);
    return tree;
  }

  /** A copy of {@code report} with the given cells changed: values are numbers, null (blank) or strings. */
  public static Report with(Report report, Map<String, Object> cells) {
    ObjectNode tree = tree(report);
    cells.forEach((pointer, value) -> set(tree, pointer, node(value)));
    return read(tree);
  }

  public static JsonNode node(Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value == null) {
      return f.nullNode();
    }
    if (value instanceof JsonNode n) {
      return n;
    }
    if (value instanceof Integer i) {
      return f.numberNode(i);
    }
    if (value instanceof Long l) {
      return f.numberNode(l);
    }
    if (value instanceof BigDecimal d) {
      return f.numberNode(d);
    }
    return f.textNode(value.toString());
  }
}
