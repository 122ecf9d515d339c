package org.nianbao.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Finding;
import org.nianbao.LocalRule;
import org.nianbao.LocalRuleException;
import org.nianbao.Report;
import org.nianbao.Rule;
import org.nianbao.RuleDefinition;
import org.nianbao.Severity;
import org.nianbao.internal.Messages;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.Wording;
import org.nianbao.internal.layout.CellKind;
import org.nianbao.internal.layout.Labels;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.layout.Layout.Slot;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Limits;
import org.nianbao.internal.narrative.NarrativeRules;
import org.nianbao.internal.narrative.Observation;
import org.nianbao.internal.text.ReadIssue;

/**
 * Runs the rule book over a report. Stateless: one engine serves any number of threads.
 *
 * <p>Blank cells are unknowns, never zeros. A sum with blanks holds when some non-negative values
 * for them satisfy it; where the sums of the report leave a blank exactly one possible value,
 * that value is implied, stated in the {@code cell.blank} finding, and used by the other sums.
 */
public final class Engine {
  private final Messages messages;
  private final List<LocalRule> localRules;

  public Engine(Locale locale) {
    this(locale, List.of());
  }

  /** An engine that checks, after the catalog's rules, the rules an application added. */
  public Engine(Locale locale, List<LocalRule> localRules) {
    this.messages = Messages.forLocale(locale);
    this.localRules = List.copyOf(localRules);
  }

  public List<Finding> check(Report report, Report previousYear) {
    return check(report, previousYear, Map.of(), List.of(), Deadline.after(Limits.TIME_PER_REPORT));
  }

  /**
   * Checks a report read from a document: the reader's issues become findings (and the engine does
   * not report their cells again as invalid or blank), and every finding points at the place in
   * the document of its last cell, usually the total it checks.
   */
  public List<Finding> check(Report report, Report previousYear, Map<String, Finding.Location> locations,
      List<ReadIssue> issues, Deadline deadline) {
    Set<String> reported = new HashSet<>();
    int cutSection = 7;
    for (ReadIssue issue : issues) {
      reported.addAll(issue.pointers());
      reported.addAll(issue.silenced());
      if (issue.kind() == ReadIssue.Kind.TRUNCATED) {
        cutSection = issue.section();
      }
    }
    List<Finding> findings = new ArrayList<>(checkTables(report, previousYear, reported, deadline));
    Values values = new Values(RuleBook.of(report.edition()), report);
    for (ReadIssue issue : issues) {
      findings.add(readFinding(issue, report, values));
    }
    int cut = cutSection;
    boolean untitled = report.year() != 0 && issues.stream().anyMatch(i -> i.kind() == ReadIssue.Kind.NO_TITLE);
    for (Observation o : NarrativeRules.check(report, values.cells, deadline)) {
      boolean yearUnknown = report.year() == 0 && (o.rule() == Rule.DOC_PERIOD
          || o.rule() == Rule.DOC_YEAR && !o.key().equals("doc.year.missing"));
      if (afterCut(o, cut) || untitled && o.key().equals("doc.year.missing") || yearUnknown) {
        continue; // doc.title says where the year came from
      }
      List<Slot> slots = o.pointers().stream().map(p -> RuleBook.of(report.edition()).layout().slot(p)).toList();
      Finding f = finding(o.rule(), report.edition(), slots, values, o.expected(), o.actual(), o.key(),
          List.<Object>copyOf(o.arguments()));
      Finding.Location location = o.line() == null ? null
          : new Finding.Location(o.line(), null, null, null, null, null, null, o.sentence());
      findings.add(f.withSeverity(o.severity()).at(location));
    }
    for (LocalRule rule : localRules) {
      if (rule.appliesTo(report.edition())) {
        findings.addAll(localFindings(rule, report, previousYear, values));
      }
    }
    List<Finding> located = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Finding.Location location = f.location();
      for (int i = f.cells().size() - 1; location == null && i >= 0; i--) {
        location = locations.get(f.cells().get(i).pointer());
      }
      located.add(location == f.location() ? f
          : f.at(location));
    }
    located.sort(order(RuleBook.of(report.edition()).layout()));
    return located;
  }

  private List<Finding> checkTables(Report report, Report previousYear, Deadline deadline) {
    return checkTables(report, previousYear, Set.of(), deadline);
  }

  /**
   * @param reported cells the reader has already reported (or that a text that stops does not
   *     show): not reported again as invalid or blank
   */
  private List<Finding> checkTables(Report report, Report previousYear, Set<String> reported, Deadline deadline) {
    RuleBook book = RuleBook.of(report.edition());
    Values current = new Values(book, report);
    Values previous = previousYear == null ? null : new Values(RuleBook.of(previousYear.edition()), previousYear);
    List<Finding> findings = new ArrayList<>();

    if (report.year() != 0 && report.edition() != Edition.forYear(report.year())) {
      Edition expected = Edition.forYear(report.year());
      findings.add(finding(Rule.DOC_EDITION, report.edition(), List.of(), null, null, null, "doc.edition",
          List.of(Integer.toString(report.year()), report.edition().id(), report.edition().notice(),
              expected.notice())));
    }
    List<Slot> blanks = new ArrayList<>();
    for (Slot slot : book.layout().slots()) {
      Cell cell = current.cells[slot.index()];
      if (reported.contains(slot.pointer())) {
        continue;
      }
      Optional<CellKind.Problem> problem = slot.kind().check(cell);
      if (problem.isPresent()) {
        findings.add(finding(Rule.CELL_INVALID, report.edition(), List.of(slot), current, null, null,
            problem.get().key(), List.of(Labels.cell(report.edition(), slot), display(cell))));
      } else if (cell.isBlank()) {
        blanks.add(slot);
      }
    }
    for (List<Slot> run : BlankRuns.of(blanks, book.layout())) {
      findings.add(blankFinding(run, report.edition(), current));
    }
    Map<Equation, Localizer.Result> located =
        new Localizer(book.equations(), current::valueIfValid, current::printed).locateAll(deadline);
    for (Equation equation : book.equations()) {
      Localizer.Result result = located.get(equation);
      evaluate(equation, report.edition(), current, null)
          .map(f -> result == null ? f : withFix(f, equation, result, report.edition(), current))
          .ifPresent(findings::add);
    }
    for (Bound bound : book.bounds()) {
      evaluate(bound, report.edition(), current).ifPresent(findings::add);
    }
    if (previous != null) {
      for (Equation equation : book.crossYear(previousYear.edition())) {
        evaluate(equation, report.edition(), current, previous).ifPresent(findings::add);
      }
      jumps(report, previousYear, current, previous).forEach(findings::add);
    }
    findings.sort(order(book.layout()));
    return findings;
  }

  /** Document findings first, then by the first cell's place in the report's tables, then by rule. */
  private static Comparator<Finding> order(Layout layout) {
    return Comparator
        .comparingInt((Finding f) -> f.cells().isEmpty() ? -1 : layout.slot(f.cells().get(0).pointer()).index())
        .thenComparing(Finding::rule, RULE_ORDER)
        .thenComparing(f -> String.join(",", f.pointers()))
        .thenComparing(f -> f.message());
  }

  /** The catalog's order for built-in rules; rules an application adds come after them, by id. */
  private static final Comparator<RuleDefinition> RULE_ORDER = Comparator
      .comparingInt((RuleDefinition r) -> r instanceof Rule builtIn ? builtIn.ordinal() : Integer.MAX_VALUE)
      .thenComparing(RuleDefinition::id);

  /**
   * One finding for a run of blank cells (a row, a column, a table): the cells, with the values the
   * sums imply for them where they fix one. A single cell keeps the implied value as its fix.
   */
  private Finding blankFinding(List<Slot> run, Edition edition, Values current) {
    List<Finding.CellReference> cells = run.stream().map(s -> reference(edition, s, current)).toList();
    if (run.size() == 1) {
      Slot slot = run.get(0);
      BigDecimal implied = current.implied[slot.index()];
      Finding.Fix fix = implied == null ? null : new Finding.Fix(slot.pointer(), current.cells[slot.index()], implied);
      List<Object> arguments = implied == null ? List.of(Labels.cell(edition, slot))
          : List.of(Labels.cell(edition, slot), implied);
      return new Finding(Rule.CELL_BLANK, Rule.CELL_BLANK.severity(), implied == null ? "cell.blank" : "cell.blank.implied",
          arguments, word(Rule.CELL_BLANK, implied == null ? "cell.blank" : "cell.blank.implied", arguments), cells,
          implied, null, fix, null, null);
    }
    List<Object> implied = new ArrayList<>();
    java.util.Set<BigDecimal> values = new java.util.HashSet<>();
    for (Slot slot : run) {
      BigDecimal value = current.implied[slot.index()];
      if (value != null) {
        values.add(value.stripTrailingZeros());
        if (implied.size() < MAX_LISTED) {
          implied.add(Finding.Phrase.of("cell.blank.implied_cell", Labels.cell(edition, slot), value));
        }
      }
    }
    long known = run.stream().filter(slot -> current.implied[slot.index()] != null).count();
    Object impliedText = known == 0 ? ""
        : known == run.size() && values.size() == 1
            ? Finding.Phrase.of("cell.blank.run_implied_all", values.iterator().next())
            : Finding.Phrase.of(known > MAX_LISTED ? "cell.blank.run_implied_more" : "cell.blank.run_implied",
                new Finding.PhraseList("fix.and", implied));
    List<Object> arguments = List.of(BlankRuns.describe(run, edition), Integer.toString(run.size()), impliedText);
    return new Finding(Rule.CELL_BLANK, Rule.CELL_BLANK.severity(), "cell.blank.run", arguments,
        word(Rule.CELL_BLANK, "cell.blank.run", arguments), cells, null, null, null, null, null);
  }

  /** Implied values a run's message lists at most; the cells carry them all. */
  private static final int MAX_LISTED = 4;

  /** A reader's observation as a finding: its rule, severity and message are decided here. */
  private Finding readFinding(ReadIssue issue, Report report, Values values) {
    Rule rule = switch (issue.kind()) {
      case ROW_NOT_FOUND, CELL_COUNT, DIGITS_NO_CUT, DIGITS_AMBIGUOUS -> Rule.CELL_BLANK;
      case UNIT -> Rule.CELL_UNIT;
      case TRUNCATED -> Rule.DOC_TRUNCATED;
      case TABLES_MISSING, TABLE_MISSING -> Rule.DOC_TABLES_MISSING;
      case NO_TITLE -> Rule.DOC_TITLE;
      case OTHER_EDITION_ROW -> Rule.DOC_EDITION;
    };
    Layout layout = RuleBook.of(report.edition()).layout();
    List<Slot> slots = issue.pointers().stream().map(layout::slot).toList();
    String key = issue.kind().messageKey();
    if (issue.kind() == ReadIssue.Kind.NO_TITLE) {
      key = issue.arguments().get(2).equals("caller") ? "read.no_title.caller" : issue.arguments().get(2).equals("none")
          ? issue.arguments().get(1).isEmpty() ? "read.no_title.nothing" : "read.no_title.none"
          : issue.arguments().get(1).isEmpty() ? "read.no_title.no_year" : "read.no_title";
    } else if (issue.kind() == ReadIssue.Kind.TRUNCATED && issue.arguments().get(1).isEmpty()) {
      key = "read.truncated.start";
    } else if (issue.kind() == ReadIssue.Kind.UNIT && issue.value() == null) {
      key = "read.unit.other";
    }
    Finding f = finding(rule, report.edition(), slots, values, issue.value(), null, key,
        List.<Object>copyOf(issue.arguments()));
    Finding.Fix fix = issue.value() == null || slots.size() != 1 ? null
        : new Finding.Fix(slots.get(0).pointer(), values.cells[slots.get(0).index()], issue.value());
    return new Finding(rule, rule.severity(), f.messageKey(), f.arguments(), f.message(), f.cells(), f.expected(),
        null, fix, null, issue.location());
  }

  /**
   * A local rule's violations as findings, made as the built-in rules make theirs. Whatever goes
   * wrong inside the application's code is reported with the rule's id.
   */
  private List<Finding> localFindings(LocalRule rule, Report report, Report previousYear, Values values) {
    List<LocalRule.Violation> violations;
    try {
      violations = rule.check(report, previousYear);
    } catch (LocalRuleException e) {
      if (e.ruleId().equals(rule.id())) {
        throw e; // the rule said itself what failed (a rule pack's names its file and expression)
      }
      throw new LocalRuleException(rule.id(), "local rule " + rule.id() + " failed: " + e, e);
    } catch (RuntimeException e) {
      throw new LocalRuleException(rule.id(), "local rule " + rule.id() + " failed: " + e, e);
    }
    if (violations == null) {
      throw new LocalRuleException(rule.id(), "local rule " + rule.id() + " returned null, not a list of violations",
          null);
    }
    Layout layout = RuleBook.of(report.edition()).layout();
    List<Finding> out = new ArrayList<>(violations.size());
    for (LocalRule.Violation v : violations) {
      List<Slot> slots = new ArrayList<>();
      for (String pointer : v.pointers()) {
        Slot slot = layout.slot(pointer);
        if (slot == null) {
          throw new LocalRuleException(rule.id(), "local rule " + rule.id() + " names " + pointer
              + ", which is not a cell of an edition " + report.edition().id() + " report", null);
        }
        slots.add(slot);
      }
      try {
        out.add(finding(rule, report.edition(), slots, values, v.expected(), v.actual(), v.messageKey(),
            v.arguments()));
      } catch (RuntimeException e) {
        throw new LocalRuleException(rule.id(), "local rule " + rule.id() + " cannot word its message "
            + v.messageKey() + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** What the text rules say about sections after the point where a text stops is not reported. */
  private static boolean afterCut(Observation o, int cutSection) {
    if (cutSection > 6) {
      return false;
    }
    if (o.rule() == Rule.TEXT_FEE) {
      return true;
    }
    if (o.rule() == Rule.DOC_SECTIONS && o.key().equals("doc.sections.stated_headings")) {
      return true; // a text that stops has fewer headings than it announced
    }
    if (o.rule() == Rule.DOC_SECTIONS && o.key().equals("doc.sections.missing")) {
      int section = org.nianbao.internal.text.Sections.sectionOf(o.arguments().get(0));
      return section > cutSection;
    }
    return false;
  }

  private Optional<Finding> evaluate(Equation eq, Edition edition, Values current, Values previous) {
    Sum reference = Sum.of(eq.reference(), current, previous, 1);
    Sum checked = Sum.of(eq.checked(), current, previous, -1);
    if (reference.invalid || checked.invalid) {
      return Optional.empty(); // cell.invalid has said it
    }
    BigDecimal expected = reference.known;
    BigDecimal actual = checked.known;
    String key;
    if (reference.unknowns.isEmpty() && checked.unknowns.isEmpty()) {
      if (expected.compareTo(actual) == 0) {
        return Optional.empty();
      }
      key = eq.rule().id();
    } else if (feasible(expected.subtract(actual), reference, checked)) {
      return Optional.empty();
    } else {
      key = "sum.blank_infeasible";
    }
    List<Slot> slots = new ArrayList<>();
    for (List<Term> side : List.of(eq.reference(), eq.checked())) {
      for (Term term : side) {
        if (!term.previousYear()) {
          slots.add(term.slot());
        }
      }
    }
    return Optional.of(finding(eq.rule(), edition, slots, current, expected, actual, key,
        sumArguments(eq, edition, expected, actual, "")));
  }

  /**
   * prev.jump: a key figure that grew more than {@link KeyFigure#JUMP} times or fell below a
   * {@link KeyFigure#JUMP}th of last year's, where last year's was at least {@link KeyFigure#FLOOR}.
   */
  private List<Finding> jumps(Report report, Report previousYear, Values current, Values previous) {
    List<Finding> out = new ArrayList<>();
    Layout layout = RuleBook.of(report.edition()).layout();
    Layout lastLayout = RuleBook.of(previousYear.edition()).layout();
    for (KeyFigure figure : KeyFigure.values()) {
      BigDecimal now = figure.value(layout, current::value);
      BigDecimal then = figure.value(lastLayout, previous::value);
      if (now == null || then == null || then.compareTo(KeyFigure.FLOOR) < 0) {
        continue;
      }
      boolean grew = now.compareTo(then.multiply(KeyFigure.JUMP)) > 0;
      boolean fell = now.multiply(KeyFigure.JUMP).compareTo(then) < 0;
      if (grew || fell) {
        List<Slot> slots = figure.pointers().stream().map(layout::slot).toList();
        out.add(finding(Rule.PREV_JUMP, report.edition(), slots, current, then, now,
            grew ? "prev.jump.grew" : "prev.jump.fell", List.of(Finding.Phrase.of("figure." + figure.id()), then, now)));
      }
    }
    return out;
  }

  /**
   * A finding on reports compared with each other in a batch: its message from the bundles, citing
   * the rule's basis, and the cells it is about.
   */
  public Finding batchFinding(Rule rule, Report report, List<String> pointers, BigDecimal expected, BigDecimal actual,
      String key, Object... arguments) {
    Layout layout = RuleBook.of(report.edition()).layout();
    Values values = new Values(RuleBook.of(report.edition()), report);
    List<Slot> slots = pointers.stream().map(layout::slot).toList();
    return finding(rule, report.edition(), slots, values, expected, actual, key, List.of(arguments));
  }

  /**
   * A violated sum with what error localization found: the smallest change of cells that makes
   * every sum hold (the finding's own cell of it as {@code fix}), the ties, or that none is small.
   */
  private Finding withFix(Finding finding, Equation equation, Localizer.Result located, Edition edition,
      Values values) {
    Finding.Phrase advice;
    Finding.Fix fix = null;
    List<List<Finding.Fix>> candidates = List.of();
    if (located.none()) {
      advice = Finding.Phrase.of("fix.none");
    } else if (located.unique()) {
      Map<Slot, BigDecimal> change = located.fixes().get(0);
      List<Object> parts = new ArrayList<>();
      for (Map.Entry<Slot, BigDecimal> e : change.entrySet()) {
        Slot slot = e.getKey();
        parts.add(change(edition, slot, e.getValue(), values));
        if (fix == null && finding.pointers().contains(slot.pointer())) {
          fix = new Finding.Fix(slot.pointer(), values.cells[slot.index()], e.getValue());
        }
      }
      advice = Finding.Phrase.of("fix.unique", new Finding.PhraseList("fix.and", parts),
          ClericalPattern.of(change, values.cells).<Object>map(p -> Finding.Phrase.of("fix.pattern." + p)).orElse(""));
    } else {
      List<Object> options = new ArrayList<>();
      List<List<Finding.Fix>> sets = new ArrayList<>();
      for (Map<Slot, BigDecimal> change : located.fixes().subList(0, Math.min(located.fixes().size(),
          Localizer.MAX_CANDIDATES))) {
        List<Finding.Fix> set = new ArrayList<>();
        List<Object> parts = new ArrayList<>();
        change.forEach((slot, to) -> {
          set.add(new Finding.Fix(slot.pointer(), values.cells[slot.index()], to));
          parts.add(change(edition, slot, to, values));
        });
        sets.add(set);
        options.add(new Finding.PhraseList("fix.and", parts));
      }
      candidates = sets;
      advice = Finding.Phrase.of(located.fixes().size() > Localizer.MAX_CANDIDATES ? "fix.ties_more" : "fix.ties",
          new Finding.PhraseList("fix.or", options));
    }
    List<Object> arguments = sumArguments(equation, edition, finding.expected(), finding.actual(), advice);
    return new Finding(finding.rule(), finding.severity(), finding.messageKey(), arguments,
        word(finding.rule(), finding.messageKey(), arguments), finding.cells(), finding.expected(), finding.actual(),
        fix, candidates, finding.location());
  }

  /** One cell of a suggested change: its label, the number it should hold and what it holds. */
  private static Finding.Phrase change(Edition edition, Slot slot, BigDecimal to, Values values) {
    return Finding.Phrase.of("fix.cell", Labels.cell(edition, slot), to, display(values.cells[slot.index()]));
  }

  /**
   * The arguments of a violated sum's message: where, the sum as printed, the sum of its parts,
   * the difference, the rule's title, and the change that would make it hold ({@code ""} if none).
   */
  private static List<Object> sumArguments(Equation eq, Edition edition, BigDecimal expected, BigDecimal actual,
      Object advice) {
    return List.of(scope(edition, eq.scopeKey()), actual, expected, signed(actual.subtract(expected)),
        Finding.Phrase.of("rule." + eq.rule().id() + ".title"), advice);
  }

  private Optional<Finding> evaluate(Bound bound, Edition edition, Values current) {
    Sum lower = Sum.of(bound.lower(), current, null, 1);
    Sum upper = Sum.of(bound.upper(), current, null, 1);
    if (lower.invalid || upper.invalid || !lower.unknowns.isEmpty() || !upper.unknowns.isEmpty()
        || lower.known.compareTo(upper.known) <= 0) {
      return Optional.empty();
    }
    List<Slot> slots = new ArrayList<>();
    bound.lower().forEach(t -> slots.add(t.slot()));
    bound.upper().forEach(t -> slots.add(t.slot()));
    List<Object> values = new ArrayList<>();
    values.add(scope(edition, bound.scopeKey()));
    slots.forEach(s -> values.add(current.value(s) == null ? "?" : current.value(s)));
    values.add(upper.known);
    return Optional.of(finding(bound.rule(), edition, slots, current, null,
        bound.lower().isEmpty() ? upper.known : lower.known, bound.rule().id(), values));
  }

  /**
   * Whether non-negative values for the blanks make Σ reference = Σ checked, given that the known
   * terms leave {@code gap} = Σ known reference − Σ known checked. A blank in a signed cell (本年增/减)
   * can take any value.
   */
  private static boolean feasible(BigDecimal gap, Sum reference, Sum checked) {
    // the blanks must contribute Σ(checked blanks) − Σ(reference blanks) = gap
    List<Unknown> all = new ArrayList<>(reference.unknowns);
    all.addAll(checked.unknowns);
    if (all.stream().anyMatch(u -> u.signed) || gap.signum() == 0) {
      return true;
    }
    return all.stream().anyMatch(u -> u.coefficient == gap.signum());
  }

  private Finding finding(RuleDefinition rule, Edition edition, List<Slot> slots, Values values,
      BigDecimal expected, BigDecimal actual, String key, List<Object> arguments) {
    TreeMap<Integer, Finding.CellReference> cells = new TreeMap<>();
    for (Slot slot : slots) {
      cells.putIfAbsent(slot.index(), reference(edition, slot, values));
    }
    return new Finding(rule, rule.severity(), key, arguments, word(rule, key, arguments),
        List.copyOf(cells.values()), expected, actual, null, null, null);
  }

  /** The one place the engine words a message: in its language, citing the rule's basis. */
  private String word(RuleDefinition rule, String key, List<Object> arguments) {
    return Wording.message(rule, key, arguments, messages.locale());
  }

  private Finding.CellReference reference(Edition edition, Slot slot, Values values) {
    return new Finding.CellReference(slot.pointer(), label(edition, slot), values.cells[slot.index()]);
  }

  private String label(Edition edition, Slot slot) {
    return Wording.phrase(Labels.cell(edition, slot), messages.locale());
  }

  private static Finding.Phrase scope(Edition edition, String key) {
    return key.startsWith("row.") ? Labels.row(edition, key.substring(4)) : Finding.Phrase.of(key);
  }

  private static String display(Cell cell) {
    return cell instanceof Cell.Unreadable u ? abbreviated(u.text()) : abbreviated(cell.toString());
  }

  /** What a message quotes of a cell: its start and its length when it is long (a million digits). */
  public static String abbreviated(String text) {
    return Limits.quoted(text, Limits.MAX_QUOTED_CELL_CHARS);
  }

  private static String signed(BigDecimal n) {
    return (n.signum() > 0 ? "+" : "") + Numbers.plain(n);
  }

  /** A blank term: its coefficient in Σ checked − Σ reference, and whether it may be negative. */
  private record Unknown(Slot slot, int coefficient, boolean signed) {}

  /** The known part of one side of a sum, and its blanks. */
  private static final class Sum {
    BigDecimal known = BigDecimal.ZERO;
    final List<Unknown> unknowns = new ArrayList<>();
    boolean invalid;

    /** {@code side} is +1 for the reference side, -1 for the checked side. */
    static Sum of(List<Term> terms, Values current, Values previous, int side) {
      Sum sum = new Sum();
      for (Term term : terms) {
        Values values = term.previousYear() ? previous : current;
        Slot slot = term.slot();
        Cell cell = values.cells[slot.index()];
        if (slot.kind().check(cell).isPresent()) {
          sum.invalid = true;
        } else {
          BigDecimal value = values.value(slot);
          if (value == null) {
            sum.unknowns.add(new Unknown(slot, -side * term.sign(), slot.kind().signed()));
          } else {
            sum.known = sum.known.add(term.sign() > 0 ? value : value.negate());
          }
        }
      }
      return sum;
    }
  }

  /** A report's cells, with the values the sums imply for its blanks. */
  private static final class Values {
    final Cell[] cells;
    final BigDecimal[] implied;

    Values(RuleBook book, Report report) {
      this.cells = book.layout().cells(report);
      this.implied = new BigDecimal[cells.length];
      propagate(book.equations());
    }

    /** A cell's number for localization: as {@link #value}, but null for an invalid cell. */
    BigDecimal valueIfValid(Slot slot) {
      return slot.kind().check(cells[slot.index()]).isPresent() ? null : value(slot);
    }

    /** Whether a cell holds a number as printed (not blank, not "/"): only those are fixed. */
    boolean printed(Slot slot) {
      return cells[slot.index()] instanceof Cell.Value && slot.kind().check(cells[slot.index()]).isEmpty();
    }

    /** A cell's number: as printed, 0 when not applicable, implied when blank, null when unknown. */
    BigDecimal value(Slot slot) {
      BigDecimal value = Numbers.inSums(cells[slot.index()]);
      return value != null ? value : implied[slot.index()];
    }

    /**
     * Fills in blanks that a sum leaves exactly one non-negative value, until no sum does: a blank
     * 总计 takes the sum of its row, and a blank part the rest of its total. Sums are visited in
     * catalog order, so which sum implies a value is deterministic.
     */
    private void propagate(List<Equation> equations) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Equation eq : equations) {
          Sum reference = Sum.of(eq.reference(), this, null, 1);
          Sum checked = Sum.of(eq.checked(), this, null, -1);
          if (reference.invalid || checked.invalid) {
            continue;
          }
          List<Unknown> unknowns = new ArrayList<>(reference.unknowns);
          unknowns.addAll(checked.unknowns);
          BigDecimal gap = reference.known.subtract(checked.known);
          if (unknowns.size() == 1) {
            Unknown u = unknowns.get(0);
            BigDecimal value = u.coefficient > 0 ? gap : gap.negate();
            if (value.signum() >= 0 || u.signed) {
              implied[u.slot.index()] = value;
              changed = true;
            }
          } else if (unknowns.size() > 1 && gap.signum() == 0
              && unknowns.stream().noneMatch(Unknown::signed)
              && unknowns.stream().mapToInt(Unknown::coefficient).distinct().count() == 1) {
            unknowns.forEach(u -> implied[u.slot.index()] = BigDecimal.ZERO);
            changed = true;
          }
        }
      }
    }
  }
}
