package org.nianbao.internal.document;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.Finding;

/**
 * A document flattened into lines of text (table rows as tab-separated cells), each with its
 * place in the document: table, row and cell, paragraph, or page.
 */
public final class Lines {
  private final StringBuilder text = new StringBuilder();
  private final List<Finding.Location> places = new ArrayList<>();

  /** Adds a line; {@code place} says where it is in the document. */
  public void add(String line, Finding.Location place) {
    text.append(line.replace('\n', ' ').replace('\r', ' ')).append('\n');
    places.add(place);
  }

  public String text() {
    return text.toString();
  }

  /** The place of a 1-based line, or null. */
  public Finding.Location place(int line) {
    return line >= 1 && line <= places.size() ? places.get(line - 1) : null;
  }

  public List<Finding.Location> places() {
    return List.copyOf(places);
  }

  public static Finding.Location tableRow(int table, int row) {
    return new Finding.Location(null, null, null, table, row, null, null, null);
  }

  public static Finding.Location paragraph(int paragraph) {
    return new Finding.Location(null, null, null, null, null, null, paragraph, null);
  }
}
