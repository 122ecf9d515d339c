package org.nianbao.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nianbao.Finding;
import org.nianbao.ReportDocument;
import org.nianbao.internal.layout.Layout;

/** {@code extract --provenance}: the canonical report and, per cell, the line and text it was read from. */
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
