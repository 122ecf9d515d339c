package org.nianbao.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.ActiveDisclosure;
import org.nianbao.ActiveDisclosure2019;
import org.nianbao.ActiveDisclosure2021;
import org.nianbao.ApplicantRow;
import org.nianbao.Applications;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.ReviewLitigation;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A QuickTheories generator of reports whose tables are consistent: every sum of the template
 * holds, every count is non-negative, no cell is blank. Counts are drawn small and often zero,
 * as in real reports, with the odd large one.
 */
public final class ConsistentReports {
  private ConsistentReports() {}

  public static Gen<Report> of(Edition edition) {
    return in -> generate(edition, in);
  }

  /** Where the numbers come from: QuickTheories (shrinkable) or a seeded generator (bulk fixtures). */
  public interface Draw {
    long between(long min, long max);
  }

  public static Report generate(Edition edition, java.util.SplittableRandom random) {
    return generate(edition, (Draw) (min, max) -> min + random.nextLong(max - min + 1));
  }

  public static Report generate(Edition edition, RandomnessSource source) {
    return generate(edition, (Draw) (min, max) -> source.next(Constraint.between(min, max)));
  }

  /**
   * A consistent report with marks: some zeros printed "/" (not applicable counts as 0 in the
   * sums) and some cells left blank (a sum with a blank term still holds for some value), at
   * least one of each.
   */
  public static Report withMarks(Edition edition, java.util.SplittableRandom random) {
    return withMarks(edition, (Draw) (min, max) -> min + random.nextLong(max - min + 1));
  }

  /** {@link #withMarks(Edition, java.util.SplittableRandom)} for QuickTheories. */
  public static Gen<Report> withMarks(Edition edition) {
    return source -> withMarks(edition, (Draw) (min, max) -> source.next(Constraint.between(min, max)));
  }

  private static Report withMarks(Edition edition, Draw in) {
    Report report = generate(edition, in);
    org.nianbao.internal.layout.Layout layout = org.nianbao.internal.layout.Layout.of(edition);
    Cell[] cells = layout.cells(report);
    java.util.Map<String, Object> marks = new java.util.HashMap<>();
    List<String> zeros = new ArrayList<>();
    for (org.nianbao.internal.layout.Layout.Slot slot : layout.slots()) {
      boolean zero = cells[slot.index()].numberOrNull() != null && cells[slot.index()].numberOrNull().signum() == 0;
      if (zero) {
        zeros.add(slot.pointer());
      }
      long roll = draw(in, 0, 19);
      if (roll < 2) {
        marks.put(slot.pointer(), null);
      } else if (zero && roll < 6) {
        marks.put(slot.pointer(), Cell.NOT_APPLICABLE_MARK);
      }
    }
    if (!marks.containsValue(null)) {
      marks.put(layout.slots().get((int) draw(in, 0, layout.slots().size() - 1)).pointer(), null);
    }
    if (!marks.containsValue(Cell.NOT_APPLICABLE_MARK) && !zeros.isEmpty()) {
      String zero = zeros.get((int) draw(in, 0, zeros.size() - 1));
      if (!marks.containsKey(zero)) {
        marks.put(zero, Cell.NOT_APPLICABLE_MARK);
      }
    }
    return TestReports.with(report, marks);
  }

  private static Report generate(Edition edition, Draw in) {
    int year = (int) (edition == Edition.E2019 ? draw(in, 2019, 2020) : draw(in, 2021, 2026));
    return new Report("测试市某某局", year, edition, activeDisclosure(edition, in), applications(edition, in),
        new ReviewLitigation(group(in), group(in), group(in)), Narrative.EMPTY);
  }

  private static long draw(Draw in, long min, long max) {
    return in.between(min, max);
  }

  /** Mostly zero, sometimes a handful, occasionally hundreds. */
  private static long count(Draw in) {
    long kind = draw(in, 0, 9);
    return kind < 5 ? 0 : kind < 9 ? draw(in, 0, 12) : draw(in, 0, 800);
  }

  private static Cell cell(long n) {
    return Cell.of(n);
  }

  private static ActiveDisclosure activeDisclosure(Edition edition, Draw in) {
    if (edition == Edition.E2019) {
      return new ActiveDisclosure2019(
          new ActiveDisclosure2019.Documents(documents2019(in), documents2019(in)),
          new ActiveDisclosure2019.Licensing(items(in), items(in)),
          new ActiveDisclosure2019.Enforcement(items(in), items(in)),
          new ActiveDisclosure2019.Fees(fees(in)),
          new ActiveDisclosure2019.Procurement(new ActiveDisclosure2019.ProcurementCounts(
              cell(count(in)), Cell.of(BigDecimal.valueOf(draw(in, 0, 99999), 2)))));
    }
    return new ActiveDisclosure2021(
        new ActiveDisclosure2021.Documents(documents2021(in), documents2021(in)),
        new ActiveDisclosure2021.Licensing(new ActiveDisclosure2021.Decisions(cell(count(in)))),
        new ActiveDisclosure2021.Enforcement(new ActiveDisclosure2021.Decisions(cell(count(in))),
            new ActiveDisclosure2021.Decisions(cell(count(in)))),
        new ActiveDisclosure2021.Fees(new ActiveDisclosure2021.FeeAmount(
            Cell.of(BigDecimal.valueOf(draw(in, 0, 999999), 1)))));
  }

  private static ActiveDisclosure2019.DocumentCounts documents2019(Draw in) {
    long total = count(in);
    long published = draw(in, 0, total);
    return new ActiveDisclosure2019.DocumentCounts(cell(count(in)), cell(published), cell(total));
  }

  private static ActiveDisclosure2021.DocumentCounts documents2021(Draw in) {
    return new ActiveDisclosure2021.DocumentCounts(cell(count(in)), cell(count(in)), cell(count(in)));
  }

  private static ActiveDisclosure2019.ItemCounts items(Draw in) {
    long previous = count(in);
    return new ActiveDisclosure2019.ItemCounts(cell(previous), cell(draw(in, -previous, 20)), cell(count(in)));
  }

  private static ActiveDisclosure2019.FeeItems fees(Draw in) {
    long previous = count(in);
    return new ActiveDisclosure2019.FeeItems(cell(previous), cell(draw(in, -previous, 5)));
  }

  private static ApplicantRow row(long[] columns) {
    long total = 0;
    for (long c : columns) {
      total += c;
    }
    return new ApplicantRow(cell(columns[0]), cell(columns[1]), cell(columns[2]), cell(columns[3]),
        cell(columns[4]), cell(columns[5]), cell(total));
  }

  private static long[] columns(Draw in) {
    long[] columns = new long[6];
    for (int i = 0; i < 6; i++) {
      columns[i] = i == 0 ? count(in) : count(in) / 4;
    }
    return columns;
  }

  private static Applications applications(Edition edition, Draw in) {
    long[] outcomeTotal = new long[6];
    List<ApplicantRow> leaves = new ArrayList<>();
    int leafCount = edition == Edition.E2019 ? 19 : 21;
    for (int i = 0; i < leafCount; i++) {
      long[] columns = columns(in);
      for (int c = 0; c < 6; c++) {
        outcomeTotal[c] += columns[c];
      }
      leaves.add(row(columns));
    }
    long[] forward = columns(in);
    long[] over = new long[6];
    long[] fresh = new long[6];
    for (int c = 0; c < 6; c++) {
      over[c] = draw(in, 0, outcomeTotal[c] + forward[c]);
      fresh[c] = outcomeTotal[c] + forward[c] - over[c];
    }
    Applications.OtherHandling other = edition == Edition.E2019 ? leaves.get(18)
        : new Applications.OtherHandlingItems(leaves.get(18), leaves.get(19), leaves.get(20));
    return new Applications(row(fresh), row(over), new Applications.Outcomes(leaves.get(0), leaves.get(1),
        new Applications.Withheld(leaves.get(2), leaves.get(3), leaves.get(4), leaves.get(5), leaves.get(6),
            leaves.get(7), leaves.get(8), leaves.get(9)),
        new Applications.Unavailable(leaves.get(10), leaves.get(11), leaves.get(12)),
        new Applications.NotProcessed(leaves.get(13), leaves.get(14), leaves.get(15), leaves.get(16),
            leaves.get(17)),
        other, row(outcomeTotal)), row(forward));
  }

  private static ReviewLitigation.CaseGroup group(Draw in) {
    long upheld = count(in);
    long corrected = count(in);
    long other = count(in);
    long pending = count(in);
    return ReviewLitigation.CaseGroup.of(upheld, corrected, other, pending, upheld + corrected + other + pending);
  }
}
