package org.nianbao.internal.batch;

import java.math.BigDecimal;
import org.nianbao.Cell;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.rules.KeyFigure;
import org.nianbao.internal.text.ReportHeading;

/**
 * What a batch keeps of a report between reading it and checking it: enough to link the body's
 * years and compare peers, and never the report itself, so that memory stays flat.
 *
 * @param source where the report came from
 * @param unit the body as the report names it
 * @param year the report year, 0 when unknown
 * @param level township, county, city or provincial, or null (see {@link Peers#level}); null when
 *     peers are not compared
 * @param figures the key figures, by {@link KeyFigure} ordinal (null entries where a figure is
 *     blank); null when peers are not compared
 * @param signature the MinHash signature of the narrative; null when peers are not compared
 */
public record Profile(String source, String unit, int year, String level, BigDecimal[] figures, long[] signature) {

  /**
   * A report's profile.
   *
   * @param peers whether the figures and signature for the peer rules are wanted (they cost a pass over the text)
   */
  public static Profile of(Report report, String source, boolean peers) {
    if (!peers) {
      return new Profile(source, report.unit(), report.year(), null, null, null);
    }
    return new Profile(source, report.unit(), report.year(), Peers.level(report.unit()), figures(report),
        MinHash.signature(text(report.narrative())));
  }

  /** The report's key figures, by {@link KeyFigure} ordinal, null where a figure is blank. */
  public static BigDecimal[] figures(Report report) {
    Layout layout = Layout.of(report.edition());
    Cell[] cells = layout.cells(report);
    BigDecimal[] figures = new BigDecimal[KeyFigure.values().length];
    for (KeyFigure figure : KeyFigure.values()) {
      figures[figure.ordinal()] = figure.value(layout, s -> Numbers.inSums(cells[s.index()]));
    }
    return figures;
  }

  /**
   * The body as reports of different years and layouts name it, or null when the report names no
   * body or states no year: such a report cannot be matched to another year's.
   */
  public String bodyKey() {
    return unit.isEmpty() || year == 0 ? null : ReportHeading.normalize(unit);
  }

  /** The narrative's text, sections only: the preamble names the body and repeats legitimately. */
  private static String text(Narrative narrative) {
    StringBuilder text = new StringBuilder();
    narrative.sections().forEach(s -> s.lines().forEach(l -> text.append(l.text()).append('\n')));
    return text.toString();
  }
}
