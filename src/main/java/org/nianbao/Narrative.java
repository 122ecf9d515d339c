package org.nianbao;

import java.util.List;
import java.util.Objects;

/**
 * The report's text: the lines before the first section (title, preamble) and each section with
 * its heading and lines, each line with its number in the source, so that findings on the text
 * can point at it.
 *
 * @param preamble the lines before the first section heading
 * @param sections the sections in the order they appear
 */
public record Narrative(List<TextLine> preamble, List<Section> sections) {

  /** A report read without its text, e.g. tables entered by hand. */
  public static final Narrative EMPTY = new Narrative(List.of(), List.of());

  /**
   * The text, its lists copied.
   *
   * @param preamble the lines before the first section heading
   * @param sections the sections in the order they appear
   */
  public Narrative {
    preamble = List.copyOf(Objects.requireNonNull(preamble, "preamble"));
    sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
  }

  /**
   * One section: a heading such as 一、总体情况 and the lines up to the next heading (table lines are
   * read into the tables, not kept here).
   *
   * @param heading the heading as printed
   * @param line the heading's line number in the source, or {@code null} when unknown
   * @param lines the section's lines
   */
  public record Section(String heading, Integer line, List<TextLine> lines) {
    /**
     * A section, its lines copied.
     *
     * @param heading the heading as printed
     * @param line the heading's line number in the source, or {@code null} when unknown
     * @param lines the section's lines
     */
    public Section {
      Objects.requireNonNull(heading, "heading");
      lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
  }

  /**
   * A line of text with its 1-based line number in the source.
   *
   * @param line the line number
   * @param text the text, without surrounding white space
   */
  public record TextLine(int line, String text) {
    /**
     * A line; the text must not be null.
     *
     * @param line the line number
     * @param text the text, without surrounding white space
     */
    public TextLine {
      Objects.requireNonNull(text, "text");
    }
  }
}
