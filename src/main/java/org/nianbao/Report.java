package org.nianbao;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.nianbao.internal.json.ReportJsonBinding;
import org.nianbao.internal.layout.Layout;

/**
 * One annual report: who published it, for which year, on which template, its three tables and
 * its text. Immutable; read it from canonical JSON with {@link Reports}, or build it cell by cell
 * with {@link #builder(Edition)}.
 *
 * @param unit the issuing body, e.g. 银川市西夏区兴泾镇人民政府
 * @param year the report year (the statistics period is that calendar year)
 * @param edition the template the tables follow
 * @param activeDisclosure table 二, of the same edition
 * @param applications table 三
 * @param reviewLitigation table 四
 * @param narrative the text; {@link Narrative#EMPTY} when there is none
 */
@ValidReport
@JsonDeserialize(using = ReportJsonBinding.Reader.class)
@JsonSerialize(using = ReportJsonBinding.Writer.class)
public record Report(
    String unit,
    int year,
    Edition edition,
    @Valid ActiveDisclosure activeDisclosure,
    @Valid Applications applications,
    @Valid ReviewLitigation reviewLitigation,
    Narrative narrative) {

  /**
   * @param unit the issuing body
   * @param year the report year
   * @param edition the template the tables follow
   * @param activeDisclosure table 二, of the same edition
   * @param applications table 三
   * @param reviewLitigation table 四
   * @param narrative the text; {@code null} becomes {@link Narrative#EMPTY}
   * @throws NullPointerException naming the first missing part, as a JSON Pointer
   * @throws IllegalArgumentException when a table's shape belongs to the other edition
   */
  public Report {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(edition, "edition");
    narrative = narrative == null ? Narrative.EMPTY : narrative;
    Layout.requireComplete(edition, activeDisclosure, applications, reviewLitigation);
  }

  /**
   * A builder of a report of {@code edition}, its cells named by their JSON Pointers. Every cell
   * not set stays blank (unknown, never 0).
   *
   * @param edition the template the tables follow
   * @return a builder with every cell blank, no unit, year 0 and no text
   */
  public static Builder builder(Edition edition) {
    return new Builder(Objects.requireNonNull(edition, "edition"));
  }

  /**
   * The cell at a pointer.
   *
   * @param pointer a cell's JSON Pointer, e.g. {@code /applications/newRequests/total}
   * @return its content
   * @throws IllegalArgumentException when this report's edition has no cell there, naming the pointer
   */
  public Cell cell(String pointer) {
    Layout layout = Layout.of(edition);
    return layout.cells(this)[layout.requireSlot(pointer).index()];
  }

  /**
   * This report with one cell changed; the report itself is left as it is.
   *
   * @param pointer the cell's JSON Pointer, e.g. {@code /applications/newRequests/total}
   * @param cell its new content
   * @return a new report
   * @throws IllegalArgumentException naming the pointer, when this edition has no cell there or the
   *     cell holds a number its column cannot (a fraction or a negative count)
   */
  public Report with(String pointer, Cell cell) {
    Layout layout = Layout.of(edition);
    Layout.Slot slot = layout.requireSlot(pointer);
    slot.kind().require(pointer, cell);
    Cell[] cells = layout.cells(this);
    cells[slot.index()] = cell;
    return layout.report(unit, year, narrative, cells);
  }

  /**
   * This report with a finding's fix applied: the cell the fix names set to the number it gives.
   * A fix already applied changes nothing, so that the fixes of findings that share one (a wrong
   * total breaks its row and its column) can all be applied.
   *
   * @param fix a fix from a finding on this report
   * @return a new report
   * @throws IllegalArgumentException naming the pointer, when the cell no longer holds what the fix
   *     changes ({@link Finding.Fix#from()}), e.g. a fix found on another report
   */
  public Report with(Finding.Fix fix) {
    Objects.requireNonNull(fix, "fix");
    Cell now = cell(fix.pointer());
    Cell fixed = Cell.of(fix.to());
    if (now.equals(fixed)) {
      return this; // two findings of one slip share its fix
    }
    if (!now.equals(fix.from())) {
      throw new IllegalArgumentException(fix.pointer() + " holds " + now + ", not " + fix.from()
          + " as the fix expects; was the fix found on another report?");
    }
    return with(fix.pointer(), fixed);
  }

  /**
   * Builds a {@link Report} cell by cell. Not thread-safe; {@link #build()} may be called again
   * after more changes, each time giving a new report.
   */
  public static final class Builder {
    private final Layout layout;
    private final Cell[] cells;
    private String unit = "";
    private int year;
    private Narrative narrative = Narrative.EMPTY;

    private Builder(Edition edition) {
      this.layout = Layout.of(edition);
      this.cells = new Cell[layout.slots().size()];
      Arrays.fill(cells, Cell.BLANK);
    }

    /**
     * Sets the issuing body.
     *
     * @param unit e.g. 淮安市人民政府; empty (the default) when not stated
     * @return this builder
     */
    public Builder unit(String unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the report year.
     *
     * @param year e.g. 2024; 0 (the default) when not stated
     * @return this builder
     */
    public Builder year(int year) {
      this.year = year;
      return this;
    }

    /**
     * Sets the report's text.
     *
     * @param narrative the text, {@link Narrative#EMPTY} (the default) for none
     * @return this builder
     */
    public Builder narrative(Narrative narrative) {
      this.narrative = Objects.requireNonNull(narrative, "narrative");
      return this;
    }

    /**
     * Sets one cell.
     *
     * @param pointer the cell's JSON Pointer, e.g. {@code /applications/outcomes/disclosed/naturalPerson}
     * @param cell its content: a number, {@link Cell#BLANK}, {@link Cell#NOT_APPLICABLE}
     * @return this builder
     * @throws IllegalArgumentException naming the pointer, when the edition has no cell there (or
     *     only the other edition has) or the cell holds a number its column cannot
     */
    public Builder cell(String pointer, Cell cell) {
      Layout.Slot slot = layout.requireSlot(pointer);
      slot.kind().require(pointer, cell);
      cells[slot.index()] = cell;
      return this;
    }

    /**
     * Sets one cell by its row and column names, e.g. {@code ("/applications/newRequests",
     * "naturalPerson", cell)}: the names of a database table that keeps one row of the template
     * per record.
     *
     * @param row the row's JSON Pointer
     * @param column the column's name
     * @param cell its content
     * @return this builder
     * @throws IllegalArgumentException as {@link #cell(String, Cell)}
     */
    public Builder cell(String row, String column, Cell cell) {
      return cell(row + "/" + column, cell);
    }

    /**
     * Sets one cell to a number.
     *
     * @param pointer the cell's JSON Pointer
     * @param number the count or amount
     * @return this builder
     * @throws IllegalArgumentException as {@link #cell(String, Cell)}
     */
    public Builder cell(String pointer, long number) {
      return cell(pointer, Cell.of(number));
    }

    /**
     * Sets one cell to a number, its scale kept.
     *
     * @param pointer the cell's JSON Pointer
     * @param number the count or amount; {@code null} is refused, {@link Cell#ofNullable(BigDecimal)}
     *     makes it blank
     * @return this builder
     * @throws IllegalArgumentException as {@link #cell(String, Cell)}, and for {@code null}
     */
    public Builder cell(String pointer, BigDecimal number) {
      return cell(pointer, number == null ? null : Cell.of(number));
    }

    /**
     * The report as set so far.
     *
     * @return a new immutable report
     */
    public Report build() {
      return layout.report(unit, year, narrative, cells.clone());
    }
  }
}
