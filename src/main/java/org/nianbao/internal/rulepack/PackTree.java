package org.nianbao.internal.rulepack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pack's text read into maps, lists and scalars that keep the line and column they were written
 * at, so that an error in a rule names where the rule is. Jackson's own trees drop locations.
 */
final class PackTree {
  /** Far deeper than any pack needs; a deeper file is hostile, not a pack. */
  static final int MAX_DEPTH = 16;

  /** A value with where it starts in the file (1-based). */
  record Node(Object value, int line, int column) {
    @SuppressWarnings("unchecked")
    Map<String, Node> map() {
      return value instanceof Map<?, ?> m ? (Map<String, Node>) m : null;
    }

    @SuppressWarnings("unchecked")
    List<Node> list() {
      return value instanceof List<?> l ? (List<Node>) l : null;
    }

    String text() {
      return value instanceof String s ? s : null;
    }
  }

  private PackTree() {}

  /** JSON when the text opens with a brace (JSON's own form), YAML otherwise. */
  static Node read(String text, String source) {
    JsonFactory factory = text.stripLeading().startsWith("{") ? new JsonFactory() : Yaml.factory();
    factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new PackError(source, null, 1, 1, "the pack is empty");
      }
      Node root = node(parser, source, 0);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new PackError(source, null, (int) at.getLineNr(), (int) at.getColumnNr(), "text after the pack's end");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String what = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
      throw new PackError(source, null, at == null ? 0 : (int) at.getLineNr(), at == null ? 0 : (int) at.getColumnNr(),
          "not valid " + (factory.getFormatName().equals("JSON") ? "JSON" : "YAML") + ": " + what);
    } catch (IOException e) {
      throw new PackError(source, null, 0, 0, "unreadable: " + e.getMessage());
    }
  }

  private static Node node(JsonParser parser, String source, int depth) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = (int) at.getLineNr();
    int column = (int) at.getColumnNr();
    if (depth > MAX_DEPTH) {
      throw new PackError(source, null, line, column, "nested deeper than " + MAX_DEPTH + " levels");
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          JsonLocation keyAt = parser.currentTokenLocation();
          parser.nextToken();
          if (map.put(key, node(parser, source, depth + 1)) != null) {
            throw new PackError(source, null, (int) keyAt.getLineNr(), (int) keyAt.getColumnNr(),
                "the key " + key + " is given twice");
          }
        }
        return new Node(map, line, column);
      }
      case START_ARRAY -> {
        List<Node> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(node(parser, source, depth + 1));
        }
        return new Node(list, line, column);
      }
      case VALUE_STRING -> {
        return new Node(parser.getText(), line, column);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Node(parser.getDecimalValue(), line, column);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node(token == JsonToken.VALUE_TRUE, line, column);
      }
      default -> {
        return new Node(null, line, column);
      }
    }
  }

  /** YAML's parser, in a class of its own so that a JSON pack does not load it. */
  private static final class Yaml {
    static JsonFactory factory() {
      return new com.fasterxml.jackson.dataformat.yaml.YAMLFactory();
    }
  }
}
