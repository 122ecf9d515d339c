package org.nianbao.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.Edition;
import org.nianbao.Rule;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.layout.Layout.Slot;

/**
 * The checks of each edition, as data: the sums declared on the model (through {@link Layout}),
 * the template's 勾稽关系 of table 三, the bounds of table 二, and the relations between one year's
 * report and the next. Built once per edition and shared.
 */
final class RuleBook {
  private static final String APPLICATIONS = "/applications";
  /** Made on first use, as the layouts are: a check of one report needs one edition's book. */
  private static final Map<Edition, RuleBook> BOOKS = new ConcurrentHashMap<>();

  private final Layout layout;
  /** The sums within one report, in catalog order: the blanks' implied values come from these. */
  private final List<Equation> equations = new ArrayList<>();
  private final List<Bound> bounds = new ArrayList<>();

  private RuleBook(Layout layout) {
    this.layout = layout;
    for (Layout.Sum sum : layout.sums()) {
      equations.add(new Equation(sum.rule(), scopeKey(sum.scope()),
          sum.parts().stream().map(Term::plus).toList(), List.of(Term.plus(sum.total()))));
    }
    // 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 (printed on table 三 itself)
    for (Slot column : layout.row(APPLICATIONS + "/newRequests")) {
      equations.add(new Equation(Rule.T3_BALANCE, scopeKey(column.column()),
          List.of(Term.plus(column), Term.plus(at("/carriedOver", column))),
          List.of(Term.plus(at("/outcomes/total", column)), Term.plus(at("/carriedForward", column)))));
    }
    for (Slot slot : layout.slots()) {
      if (slot.column().equals("change")) {
        Slot items = layout.slot(slot.row() + "/previousItems");
        bounds.add(new Bound(Rule.T2_CHANGE, "row." + slot.row(), List.of(),
            List.of(Term.plus(items), Term.plus(slot))));
      }
      if (slot.column().equals("published")) {
        bounds.add(new Bound(Rule.T2_PUBLISHED, "row." + slot.row(), List.of(Term.plus(slot)),
            List.of(Term.plus(layout.slot(slot.row() + "/publicTotal")))));
      }
    }
  }

  static RuleBook of(Edition edition) {
    return edition == null ? null : BOOKS.computeIfAbsent(edition, e -> new RuleBook(Layout.of(e)));
  }

  Layout layout() {
    return layout;
  }

  List<Equation> equations() {
    return equations;
  }

  List<Bound> bounds() {
    return bounds;
  }

  /**
   * The relations between last year's report and this one. Table 三 is the same in both editions;
   * table 二's running figures carry over only between reports of the same edition.
   */
  List<Equation> crossYear(Edition previousEdition) {
    List<Equation> out = new ArrayList<>();
    Layout previous = Layout.of(previousEdition);
    for (Slot column : layout.row(APPLICATIONS + "/carriedOver")) {
      out.add(new Equation(Rule.PREV_CARRY_OVER, scopeKey(column.column()),
          List.of(Term.lastYear(previous.slot(APPLICATIONS + "/carriedForward/" + column.column()))),
          List.of(Term.plus(column))));
    }
    if (previousEdition != layout.edition()) {
      return out;
    }
    for (Slot slot : layout.slots()) {
      if (slot.column().equals("previousItems") && Rule.PREV_ITEMS.appliesTo(layout.edition())) {
        out.add(new Equation(Rule.PREV_ITEMS, "row." + slot.row(),
            List.of(Term.lastYear(slot), Term.lastYear(layout.slot(slot.row() + "/change"))),
            List.of(Term.plus(slot))));
      }
      if (slot.column().equals("inForce") && Rule.PREV_IN_FORCE.appliesTo(layout.edition())) {
        out.add(new Equation(Rule.PREV_IN_FORCE, "row." + slot.row(),
            List.of(Term.lastYear(slot), Term.plus(layout.slot(slot.row() + "/issued")),
                Term.minus(layout.slot(slot.row() + "/repealed"))),
            List.of(Term.plus(slot))));
      }
    }
    return out;
  }

  private Slot at(String row, Slot column) {
    return layout.slot(APPLICATIONS + row + "/" + column.column());
  }

  /** A sum along a row is named by the row, a sum down a column of table 三 by the column. */
  private static String scopeKey(String scope) {
    return scope.startsWith("/") ? "row." + scope : "column.applications." + scope;
  }
}
