package org.nianbao.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Report;
import org.nianbao.internal.layout.Layout;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A QuickTheories generator of consistent reports ({@link ConsistentReports}) with one kind of
 * damage that real reports carry, together with what the damage is, so that a property can say what
 * the checker must report for it: cells left blank, zeros printed "/", words or garbled characters
 * in a cell, a report year of the other edition's years.
 */
public final class DamagedReports {
  private DamagedReports() {}

  public enum Kind {
    /** One cell of any table left blank. */
    BLANK_CELL,
    /** Every cell of one row of table 三 left blank. */
    BLANK_ROW,
    /** One column of table 三 left blank in every row. */
    BLANK_COLUMN,
    /** Some zeros, anywhere, printed "/" (not applicable). */
    NOT_APPLICABLE_ZEROS,
    /** One count of table 三 or 四 that is not zero printed "/": the sums count it as 0. */
    NOT_APPLICABLE_COUNT,
    /** Words in one cell where a number belongs ("见附件"). */
    TEXT,
    /** What a bad copy or character recognition leaves in one cell ("1O", "锟斤拷"), or digits as text. */
    UNREADABLE,
    /** The tables of one edition under a year of the other's (2019 tables in a 2023 report). */
    YEAR_OF_OTHER_EDITION
  }

  /**
   * @param consistent the report before the damage (every sum holds, no cell blank)
   * @param pointers the damaged cells, in table order (none for a year)
   * @param text what was put in the cells: the words or characters, "/", or null for a blank or a year
   */
  public record Damaged(Kind kind, Report consistent, Report report, List<String> pointers, String text) {
    @Override
    public String toString() {
      return kind + " " + (kind == Kind.YEAR_OF_OTHER_EDITION ? report.year() + " with " + report.edition().id()
          + " tables" : pointers + (text == null ? "" : " = ‹" + text + "›"));
    }
  }

  /** Words clerks put in a count's cell instead of a number. Not "无", a not-applicable mark (SPEC). */
  private static final List<String> WORDS = List.of("见附件", "不详", "待统计", "略", "未统计", "详见正文", "数据缺失");

  /** What is left of a number after a bad copy: mojibake, spreadsheet errors, replacement marks. */
  private static final List<String> GARBLE = List.of("锟斤拷", "#VALUE!", "#REF!", "\uFFFD\uFFFD", "□□", "？");

  /** Letters character recognition reads for digits (O for 0, l and I for 1, S for 5, B for 8). */
  private static final String LOOKALIKES = "OolISBZ";

  /** Any kind of damage, on reports of {@code edition}. */
  public static Gen<Damaged> of(Edition edition) {
    return in -> damage(edition, Kind.values()[(int) in.next(Constraint.between(0, Kind.values().length - 1))], in);
  }

  /** One kind of damage, on reports of {@code edition}. */
  public static Gen<Damaged> of(Edition edition, Kind kind) {
    return in -> damage(edition, kind, in);
  }

  private static long draw(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }

  private static <T> T pick(RandomnessSource in, List<T> from) {
    return from.get((int) draw(in, 0, from.size() - 1));
  }

  private static Damaged damage(Edition edition, Kind kind, RandomnessSource in) {
    Report consistent = ConsistentReports.generate(edition, in);
    Layout layout = Layout.of(edition);
    Cell[] cells = layout.cells(consistent);
    List<Layout.Slot> slots = layout.slots();
    List<Layout.Slot> countsOfThreeAndFour = slots.stream().filter(s -> !s.table().equals("activeDisclosure"))
        .filter(s -> cells[s.index()].numberOrNull().signum() != 0).toList();
    List<String> pointers = new ArrayList<>();
    String text = null;
    switch (kind) {
      case BLANK_CELL -> pointers.add(pick(in, slots).pointer());
      case BLANK_ROW -> layout.row(pick(in, layout.rows("/applications"))).forEach(s -> pointers.add(s.pointer()));
      case BLANK_COLUMN -> {
        String column = pick(in, layout.row("/applications/newRequests")).column();
        slots.stream().filter(s -> s.table().equals("applications") && s.column().equals(column))
            .forEach(s -> pointers.add(s.pointer()));
      }
      case NOT_APPLICABLE_ZEROS -> {
        List<Layout.Slot> zeros = slots.stream().filter(s -> cells[s.index()].numberOrNull().signum() == 0).toList();
        for (Layout.Slot zero : zeros) {
          if (draw(in, 0, 3) == 0) {
            pointers.add(zero.pointer());
          }
        }
        if (pointers.isEmpty() && !zeros.isEmpty()) {
          pointers.add(pick(in, zeros).pointer());
        }
        text = Cell.NOT_APPLICABLE_MARK;
      }
      case NOT_APPLICABLE_COUNT -> {
        if (countsOfThreeAndFour.isEmpty()) {
          return damage(edition, Kind.NOT_APPLICABLE_ZEROS, in); // every count zero: nothing to cross out
        }
        pointers.add(pick(in, countsOfThreeAndFour).pointer());
        text = Cell.NOT_APPLICABLE_MARK;
      }
      case TEXT -> {
        pointers.add(pick(in, slots).pointer());
        text = pick(in, WORDS);
      }
      case UNREADABLE -> {
        pointers.add(pick(in, slots).pointer());
        long variant = draw(in, 0, 2);
        // a number with a look-alike letter in it ("1O", "3l2"), or digits as a JSON string (a
        // spreadsheet's text cell: canonical JSON takes numbers, null or "/", SPEC "Cell values")
        text = variant == 0 ? pick(in, GARBLE)
            : variant == 1 ? draw(in, 1, 9) + "" + LOOKALIKES.charAt((int) draw(in, 0, LOOKALIKES.length() - 1))
                + (draw(in, 0, 1) == 0 ? "" : Long.toString(draw(in, 0, 9)))
            : Long.toString(draw(in, 0, 999));
      }
      case YEAR_OF_OTHER_EDITION -> {
        int year = (int) (edition == Edition.E2019 ? draw(in, 2021, 2026) : draw(in, 2019, 2020));
        Report report = new Report(consistent.unit(), year, edition, consistent.activeDisclosure(),
            consistent.applications(), consistent.reviewLitigation(), consistent.narrative());
        return new Damaged(kind, consistent, report, List.of(), null);
      }
    }
    Map<String, Object> changed = new HashMap<>();
    for (String pointer : pointers) {
      changed.put(pointer, text);
    }
    pointers.sort(java.util.Comparator.comparingInt(p -> layout.slot(p).index()));
    return new Damaged(kind, consistent, TestReports.with(consistent, changed), List.copyOf(pointers), text);
  }
}
