package org.nianbao.internal.rulepack;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelRuntime;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.Edition;
import org.nianbao.LocalRule;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.rulepack.PackTree.Node;

/** Reads a pack's text into rules, every expression compiled and checked; the first fault stops it. */
public final class PackLoader {
  /** A pack is a page of rules; a larger file is not one (and its parser's memory is bounded). */
  public static final int MAX_BYTES = 1 << 20;
  /** Far more than a province asks for; compiling each takes about a millisecond. */
  static final int MAX_RULES = 1000;
  /** The rule id of {@code schema/findings.schema.json}. */
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9_]+)+");
  private static final Set<String> PACK_KEYS = Set.of("$schema", "name", "version", "description", "rules");
  private static final Set<String> RULE_KEYS = Set.of("id", "severity", "editions", "when", "expr", "cells",
      "message", "title", "basis", "args", "expected", "actual", "description");

  /** A loaded pack: its name, version and rules. */
  public record Loaded(String name, String version, List<LocalRule> rules) {}

  private final String source;

  private PackLoader(String source) {
    this.source = source;
  }

  /**
   * The pack written in {@code text}.
   *
   * @throws PackError naming the source, the line and column, the rule and what is wrong
   */
  public static Loaded load(String text, String source) {
    if (text.length() > MAX_BYTES) {
      throw new PackError(source, null, 0, 0, "larger than a pack may be (" + MAX_BYTES / 1024 + " KiB)");
    }
    return new PackLoader(source).pack(PackTree.read(text, source));
  }

  private Loaded pack(Node root) {
    Map<String, Node> pack = root.map();
    if (pack == null) {
      throw error(null, root, "a pack is a map with name, version and rules");
    }
    unknownKeys(null, root, PACK_KEYS);
    String name = text(null, root, "name", true);
    Node versionNode = pack.get("version");
    String version = versionNode != null && versionNode.value() instanceof BigDecimal number
        ? number.toPlainString() : text(null, root, "version", true);
    Node rulesNode = required(null, root, "rules");
    if (rulesNode.list() == null || rulesNode.list().isEmpty()) {
      throw error(null, rulesNode, "rules is a list of at least one rule");
    }
    if (rulesNode.list().size() > MAX_RULES) {
      throw error(null, rulesNode, "more than " + MAX_RULES + " rules (" + rulesNode.list().size() + ")");
    }
    List<LocalRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node ruleNode : rulesNode.list()) {
      PackRule rule = rule(ruleNode);
      if (!ids.add(rule.id())) {
        throw error(rule.id(), ruleNode, "the id " + rule.id() + " is given to another rule of the pack");
      }
      rules.add(rule);
    }
    return new Loaded(name, version, List.copyOf(rules));
  }

  private PackRule rule(Node node) {
    if (node.map() == null) {
      throw error(null, node, "a rule is a map with id, severity, expr, message and basis");
    }
    Node idNode = required(null, node, "id");
    String id = idNode.text();
    if (id == null || !ID.matcher(id).matches()) {
      throw error(null, idNode, "the rule id " + (id == null ? idNode.value() : id)
          + " is not a rule id: lower-case letters, digits and _ in words joined by dots, e.g. js.t2.new_media");
    }
    if (Rule.byId(id).isPresent()) {
      throw error(id, idNode, "the id " + id + " is the id of a built-in rule");
    }
    unknownKeys(id, node, RULE_KEYS);
    Severity severity = severity(id, required(id, node, "severity"));
    Set<Edition> editions = editions(id, node);
    PackRule.Words message = words(id, required(id, node, "message"), "message");
    PackRule.Words basis = words(id, required(id, node, "basis"), "basis");
    Node titleNode = node.map().get("title");
    PackRule.Words title = titleNode == null ? new PackRule.Words(id, id) : words(id, titleNode, "title");
    List<String> cells = pointers(id, node, editions);
    CelRuntime.Program when = node.map().containsKey("when")
        ? expression(id, node.map().get("when"), "when", editions, SimpleType.BOOL) : null;
    CelRuntime.Program expr = expression(id, required(id, node, "expr"), "expr", editions, SimpleType.BOOL);
    List<CelRuntime.Program> arguments = new ArrayList<>();
    Node argsNode = node.map().get("args");
    if (argsNode != null) {
      if (argsNode.list() == null) {
        throw error(id, argsNode, "args is a list of expressions");
      }
      for (Node arg : argsNode.list()) {
        arguments.add(expression(id, arg, "args", editions, null));
      }
    }
    CelRuntime.Program expected = node.map().containsKey("expected")
        ? expression(id, node.map().get("expected"), "expected", editions, SimpleType.DOUBLE) : null;
    CelRuntime.Program actual = node.map().containsKey("actual")
        ? expression(id, node.map().get("actual"), "actual", editions, SimpleType.DOUBLE) : null;
    int placeholders = arguments.isEmpty() ? cells.size() : arguments.size();
    placeholders(id, node.map().get("message"), message, placeholders);
    return new PackRule(source, id, severity, editions, title, basis, message, cells, when, expr,
        List.copyOf(arguments), expected, actual);
  }

  private Severity severity(String id, Node node) {
    for (Severity s : Severity.values()) {
      if (s.id().equals(node.text())) {
        return s;
      }
    }
    throw error(id, node, "severity is error, warning or info, not " + node.value());
  }

  private Set<Edition> editions(String id, Node rule) {
    Node node = rule.map().get("editions");
    if (node == null) {
      return EnumSet.allOf(Edition.class);
    }
    if (node.list() == null || node.list().isEmpty()) {
      throw error(id, node, "editions is a list of \"2019\" and \"2021\"");
    }
    Set<Edition> editions = EnumSet.noneOf(Edition.class);
    for (Node edition : node.list()) {
      String name = edition.value() instanceof BigDecimal n ? n.toPlainString() : edition.text();
      editions.add(Edition.fromId(name).orElseThrow(
          () -> error(id, edition, "no edition " + edition.value() + ": editions are \"2019\" and \"2021\"")));
    }
    return editions;
  }

  private List<String> pointers(String id, Node rule, Set<Edition> editions) {
    Node node = rule.map().get("cells");
    if (node == null) {
      return List.of();
    }
    if (node.list() == null) {
      throw error(id, node, "cells is a list of JSON Pointers");
    }
    Set<String> pointers = new LinkedHashSet<>();
    for (Node cell : node.list()) {
      if (cell.text() == null) {
        throw error(id, cell, "cells is a list of JSON Pointers, not " + cell.value());
      }
      unknownPointer(id, cell.text(), editions, cell.line(), cell.column());
      pointers.add(cell.text());
    }
    return List.copyOf(pointers);
  }

  private void unknownPointer(String id, String pointer, Set<Edition> editions, int line, int column) {
    for (Edition edition : editions) {
      if (Layout.of(edition).slot(pointer) == null) {
        throw new PackError(source, id, line, column,
            "unknown pointer " + pointer + ": the " + edition.id() + " template has no such cell");
      }
    }
  }

  /** {zh, en}, both given; or one text for both languages (a notice's number reads the same). */
  private PackRule.Words words(String id, Node node, String field) {
    if (node.text() != null && !node.text().isBlank() && !field.equals("message")) {
      return new PackRule.Words(node.text(), node.text());
    }
    if (node.map() == null) {
      throw error(id, node, field + " is a map of zh and en" + (field.equals("message") ? "" : ", or one text"));
    }
    String zh = text(id, node, "zh", false);
    String en = text(id, node, "en", false);
    if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
      throw error(id, node, field + " has no " + (zh == null || zh.isBlank() ? "zh" : "en") + " text");
    }
    return new PackRule.Words(zh, en);
  }

  private void placeholders(String id, Node node, PackRule.Words message, int arguments) {
    for (String pattern : List.of(message.zh(), message.en())) {
      int used;
      try {
        used = new MessageFormat(pattern).getFormatsByArgumentIndex().length;
      } catch (IllegalArgumentException e) {
        throw error(id, node, "message is not a message pattern (" + e.getMessage() + "): " + pattern);
      }
      if (used > arguments) {
        throw error(id, node, "message uses {" + (used - 1) + "} but the rule gives " + arguments
            + " value" + (arguments == 1 ? "" : "s") + " (its cells, or its args)");
      }
    }
  }

  private CelRuntime.Program expression(String id, Node node, String field, Set<Edition> editions, CelType type) {
    String text = node.text();
    if (text == null || text.isBlank()) {
      throw error(id, node, field + " is a CEL expression (text)");
    }
    int[] where = new int[2];
    String[] problem = new String[1];
    CelAbstractSyntaxTree ast = Expressions.compile(text, type == null ? SimpleType.DYN : type, p -> {
      problem[0] = p.message();
      where[0] = p.line();
      where[1] = p.column();
    });
    if (ast == null) {
      String place = where[1] == 0 ? "" : where[0] > 1 ? " (line " + where[0] + ", column " + where[1]
          + " of the expression)" : " (column " + where[1] + " of the expression)";
      throw error(id, node, field + ": " + problem[0] + place);
    }
    if (type == null && !ast.getResultType().equals(SimpleType.DYN)
        && !Set.of(SimpleType.DOUBLE, SimpleType.INT, SimpleType.STRING, SimpleType.BOOL).contains(ast.getResultType())) {
      throw error(id, node, field + ": is of type " + ast.getResultType().name() + ", not a number or a text");
    }
    for (Expressions.Pointer pointer : Expressions.literalPointers(ast)) {
      for (Edition edition : editions) {
        if (Layout.of(edition).slot(pointer.pointer()) == null) {
          throw error(id, node, field + ": unknown pointer " + pointer.pointer() + ": the " + edition.id()
              + " template has no such cell (column " + pointer.column() + " of the expression)");
        }
      }
    }
    return Expressions.program(ast);
  }

  private Node required(String id, Node map, String key) {
    Node node = map.map().get(key);
    if (node == null || node.value() == null) {
      throw error(id, map, "no " + key);
    }
    return node;
  }

  private String text(String id, Node map, String key, boolean required) {
    Node node = map.map().get(key);
    if (node == null || node.value() == null) {
      if (required) {
        throw error(id, map, "no " + key);
      }
      return null;
    }
    if (node.text() == null) {
      throw error(id, node, key + " is a text, not " + node.value());
    }
    return node.text();
  }

  private void unknownKeys(String id, Node map, Set<String> known) {
    for (Map.Entry<String, Node> entry : map.map().entrySet()) {
      if (!known.contains(entry.getKey())) {
        throw error(id, entry.getValue(), "unknown key " + entry.getKey() + " (keys are "
            + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  private PackError error(String id, Node node, String problem) {
    return new PackError(source, id, node.line(), node.column(), problem);
  }
}
