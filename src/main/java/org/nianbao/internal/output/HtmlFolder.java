package org.nianbao.internal.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nianbao.Report;
import org.nianbao.Severity;
import org.nianbao.ValidationResult;
import org.nianbao.internal.batch.Peers;
import org.nianbao.internal.batch.Profile;
import org.nianbao.internal.html.Dashboard;
import org.nianbao.internal.html.HtmlReport;
import org.nianbao.internal.json.FindingsJson;

/**
 * The folder {@code batch --html DIR} writes one HTML report per input into. Each report's name is
 * its input's file name and {@code .html} ({@code huaian-2024.txt.html}), so that {@code a.txt}
 * and {@code a.pdf} do not share one; inputs of one name from different folders get {@code -2},
 * {@code -3} in the order they were found, so that a rerun gives each the same file again.
 * Characters a file system or a shell may take for something else are replaced by {@code _}.
 */
public final class HtmlFolder {
  /** Room for a suffix and ".html" under the common limit of 255 bytes a name. */
  private static final int MAX_NAME_BYTES = 200;

  private final Path folder;
  private final Locale locale;
  /** The report of the i-th input: by position, so that an input named twice gets two reports. */
  private final List<Path> targets = new ArrayList<>();
  private final Set<Path> inputs = new HashSet<>();
  /** What the dashboard needs of each report written: a few numbers each, never the report. */
  private final List<Dashboard.Row> rows = new ArrayList<>();

  private HtmlFolder(Path folder, Locale locale) {
    this.folder = folder;
    this.locale = locale;
  }

  /**
   * The folder, made when it is missing (its parent must exist), and a name for each input's report.
   *
   * @param files the inputs, in the order found
   * @throws IOException with a one-line reason: it is a file, cannot be made, is an input folder or
   *     holds inputs (a report could then replace one, and the next batch would read the reports)
   */
  public static HtmlFolder create(Path folder, List<Path> files, Locale locale) throws IOException {
    Path absolute = folder.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new IOException("is a file, not a folder");
    }
    if (!Files.exists(absolute)) {
      Path parent = absolute.getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        throw new IOException("its folder " + parent + " does not exist");
      }
      Files.createDirectory(absolute);
    }
    Path real = absolute.toRealPath();
    HtmlFolder out = new HtmlFolder(real, locale);
    Set<String> taken = new HashSet<>();
    taken.add("index"); // index.html is the dashboard: an input named "index" gets index-2.html
    for (Path file : files) {
      Path input = file.toRealPath();
      if (input.startsWith(real)) {
        throw new IOException("holds the input " + file);
      }
      out.inputs.add(input);
      String name = safe(file.getFileName() == null ? "report" : file.getFileName().toString());
      String unique = name;
      // case-insensitively: on macOS and Windows A.txt and a.txt are one file
      for (int k = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); k++) {
        unique = name + "-" + k;
      }
      out.targets.add(real.resolve(unique + ".html"));
    }
    return out;
  }

  /** A file name of letters, digits and {@code . - _ ( )}, not hidden, and short enough for any file system. */
  static String safe(String name) {
    StringBuilder s = new StringBuilder();
    name.codePoints().forEach(c -> s.appendCodePoint(Character.isLetterOrDigit(c) || ".-_()（）".indexOf(c) >= 0 ? c : '_'));
    while (s.length() > 0 && s.charAt(0) == '.') {
      s.setCharAt(0, '_'); // ".." or a hidden name
    }
    while (s.toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      s.setLength(s.offsetByCodePoints(s.length(), -1));
    }
    return s.length() == 0 ? "report" : s.toString();
  }

  public Path folder() {
    return folder;
  }

  /** The report's file for the i-th input given to {@link #create}. */
  public Path target(int input) {
    return targets.get(input);
  }

  /**
   * Writes one input's report whole, or leaves the file there as it was.
   *
   * @throws IOException with a one-line reason, also when the name is a link to one of the inputs
   */
  public void write(int input, FindingsJson.Entry entry) throws IOException {
    Path target = targets.get(input);
    if (Files.exists(target) && inputs.contains(target.toRealPath())) {
      throw new IOException(target + " is a link to the input " + target.toRealPath() + "; it is left as it was");
    }
    LineFile.writeWhole(target, HtmlReport.document(List.of(entry), locale));
    ValidationResult result = entry.result();
    int[] open = new int[Severity.values().length];
    int reviewed = 0;
    for (int i = 0; i < result.findings().size(); i++) {
      if (entry.reviewed(i) != null) {
        reviewed++;
      } else {
        open[result.findings().get(i).severity().ordinal()]++;
      }
    }
    Report report = result.report();
    Dashboard.Row row = new Dashboard.Row(entry.source(), target.getFileName().toString(), report.unit(),
        Peers.level(report.unit()), report.year(), Profile.figures(report), open[Severity.ERROR.ordinal()],
        open[Severity.WARNING.ordinal()], open[Severity.INFO.ordinal()], reviewed);
    synchronized (rows) {
      rows.add(row);
    }
  }

  /** The dashboard's file: index.html in the folder. */
  public Path index() {
    return folder.resolve("index.html");
  }

  /** Writes the dashboard of the reports written so far: whole, or the file there is left as it was. */
  public void writeIndex(Dashboard.Totals totals) throws IOException {
    try (LineFile file = LineFile.create(index())) {
      synchronized (rows) {
        Dashboard.write(rows, totals, locale, file);
      }
      file.commit();
    }
  }
}
