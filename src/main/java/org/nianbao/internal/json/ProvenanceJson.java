package org.nianbao.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nianbao.Finding;
import org.nianbao.ReportDocument;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.narrative.NarrativeRules;

/**
 * {@code extract --provenance}: the canonical report; per cell, the line and text it was read from;
 * and per sentence of the text that states counts, each count as the rules on the text read it
 * (its number, unit, the words naming it, and whether it is a total, a part of one, or an item),
 * so that a reviewer sees what was compared with what.
 */
public final class ProvenanceJson {
  private ProvenanceJson() {}

  public static String write(ReportDocument document, String canonicalJson) {
    try {
      ObjectNode root = ReportJson.MAPPER.createObjectNode();
      root.set("report", ReportJson.MAPPER.readTree(canonicalJson));
      ObjectNode cells = root.putObject("cells");
      for (Layout.Slot slot : Layout.of(document.report().edition()).slots()) {
        document.location(slot.pointer()).ifPresent(location -> {
          ObjectNode place = cells.putObject(slot.pointer());
          put(place, location);
        });
      }
      ArrayNode narrative = root.putArray("narrative");
      ObjectNode sentence = null;
      String last = null;
      int lastLine = -1;
      for (NarrativeRules.ReadCount count : NarrativeRules.countsOf(document.report().narrative())) {
        if (sentence == null || count.line() != lastLine || !count.sentence().equals(last)) {
          sentence = narrative.addObject();
          if (count.line() > 0) {
            sentence.put("line", count.line());
          }
          sentence.put("sentence", count.sentence());
          sentence.putArray("counts");
          last = count.sentence();
          lastLine = count.line();
        }
        ObjectNode read = ((ArrayNode) sentence.get("counts")).addObject();
        read.put("value", count.value());
        read.put("unit", count.unit());
        read.put("label", count.label());
        read.put("role", count.role());
      }
      return ReportJson.MAPPER.writer(ReportJson.prettyPrinter()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(ObjectNode place, Finding.Location location) {
    if (location.line() != null) {
      place.put("line", location.line());
    }
    if (location.text() != null) {
      place.put("text", location.text());
    }
  }
}
