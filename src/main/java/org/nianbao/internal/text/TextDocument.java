package org.nianbao.internal.text;

import java.util.List;
import java.util.Map;
import org.nianbao.Finding;
import org.nianbao.Report;

/**
 * A report read from text, with where each cell came from and what reading could not settle.
 *
 * @param report the report
 * @param cells each cell's line and the text it was read from, by pointer
 * @param issues problems met while reading, to be reported as findings
 */
public record TextDocument(Report report, Map<String, Finding.Location> cells, List<ReadIssue> issues) {
  public TextDocument {
    cells = Map.copyOf(cells);
    issues = List.copyOf(issues);
  }
}
