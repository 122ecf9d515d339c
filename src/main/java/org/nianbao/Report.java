package org.nianbao;

import jakarta.validation.Valid;
import java.util.Objects;
import org.nianbao.internal.layout.Layout;

/**
 * One annual report: who published it, for which year, on which template, its three tables and
 * its text. Immutable; build it from canonical JSON with {@link Reports} or by hand.
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
}
