package org.nianbao.internal.rulepack;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.checker.CelStandardDeclarations;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.OpaqueType;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nianbao.Cell;

/**
 * The CEL environment of rule packs: the variables and functions an expression may use, the
 * limits that keep a hostile pack within budget, and the evaluation of one compiled expression.
 *
 * <p>Blank cells: {@code cell(p)}, {@code sum([...])} and {@code prev(p)} over a blank (or
 * unreadable) cell stop the evaluation with no verdict, so a rule over blank cells neither passes
 * nor fails. {@code cell(p)} and {@code prev(p)} stop on not applicable too ("/" has no value);
 * {@code sum} counts it as 0, as the template's sums do. {@code known(p)}, {@code blank(p)},
 * {@code na(p)} and {@code cell(p, default)} say how a rule counts them otherwise. CEL's {@code
 * &&} and {@code ||} absorb the stop where the other side decides: {@code !known(p) || cell(p) > 0}
 * passes a blank cell.
 *
 * <p>Budget: an expression is at most {@link #MAX_EXPRESSION} code points, {@link #MAX_NODES}
 * nodes and {@link #MAX_DEPTH} levels deep; the only macro is {@code has}, so nothing loops; and
 * strings, lists and maps cannot be joined with {@code +}, so no expression builds a value larger
 * than the report it reads. Its cost is then bounded by its size.
 */
final class Expressions {
  static final int MAX_EXPRESSION = 4096;
  static final int MAX_NODES = 1000;
  static final int MAX_DEPTH = 32;

  /** The functions whose literal pointers are checked against the template at load. */
  static final List<String> CELL_FUNCTIONS = List.of("cell", "sum", "known", "blank", "na", "prev");

  private static final OpaqueType TEXT = OpaqueType.create("nianbao.Text");

  /** Thrown by the cell functions when a cell has no value: the evaluation gives no verdict. */
  static final class NoValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoValue() {
      super("a cell without a value", null, false, false);
    }
  }

  private static final NoValue NO_VALUE = new NoValue();

  /** The facts of the report being checked, on this thread, while an expression runs. */
  private static final ThreadLocal<ReportView> CURRENT = new ThreadLocal<>();

  static final Cel CEL = build();

  private Expressions() {}

  private static Cel build() {
    CelOptions options = CelOptions.current()
        .maxExpressionCodePointSize(MAX_EXPRESSION)
        .maxParseExpressionNodeCount(MAX_NODES)
        .maxParseRecursionDepth(MAX_DEPTH)
        .comprehensionMaxIterations(1000)
        .enableHeterogeneousNumericComparisons(true)
        .build();
    CelType strings = ListType.create(SimpleType.STRING);
    return CelFactory.standardCelBuilder()
        .setOptions(options)
        .setStandardMacros(CelStandardMacro.HAS)
        // joining strings or lists is what could build a value without bound
        .setStandardEnvironmentEnabled(false)
        .setStandardFunctions(dev.cel.runtime.CelStandardFunctions.newBuilder().build())
        .setStandardDeclarations(CelStandardDeclarations.newBuilder()
            .filterFunctions((function, overload) -> !overload.celOverloadDecl().overloadId().matches(
                "add_(string|list|bytes)"))
            .build())
        .addVar("report", SimpleType.DYN)
        .addVar("previous", SimpleType.DYN)
        .addVar("unit", SimpleType.STRING)
        .addVar("level", SimpleType.STRING)
        .addVar("year", SimpleType.INT)
        .addVar("edition", SimpleType.STRING)
        .addVar("text", TEXT)
        .addFunctionDeclarations(
            CelFunctionDecl.newFunctionDeclaration("cell",
                CelOverloadDecl.newGlobalOverload("cell_string", SimpleType.DOUBLE, SimpleType.STRING),
                CelOverloadDecl.newGlobalOverload("cell_string_double", SimpleType.DOUBLE, SimpleType.STRING,
                    SimpleType.DOUBLE)),
            CelFunctionDecl.newFunctionDeclaration("sum",
                CelOverloadDecl.newGlobalOverload("sum_list", SimpleType.DOUBLE, strings)),
            CelFunctionDecl.newFunctionDeclaration("known",
                CelOverloadDecl.newGlobalOverload("known_string", SimpleType.BOOL, SimpleType.STRING)),
            CelFunctionDecl.newFunctionDeclaration("blank",
                CelOverloadDecl.newGlobalOverload("blank_string", SimpleType.BOOL, SimpleType.STRING)),
            CelFunctionDecl.newFunctionDeclaration("na",
                CelOverloadDecl.newGlobalOverload("na_string", SimpleType.BOOL, SimpleType.STRING)),
            CelFunctionDecl.newFunctionDeclaration("prev",
                CelOverloadDecl.newGlobalOverload("prev_string", SimpleType.DOUBLE, SimpleType.STRING)),
            CelFunctionDecl.newFunctionDeclaration("section",
                CelOverloadDecl.newMemberOverload("text_section_int", SimpleType.STRING, TEXT, SimpleType.INT)),
            CelFunctionDecl.newFunctionDeclaration("contains",
                CelOverloadDecl.newMemberOverload("text_contains_string", SimpleType.BOOL, TEXT, SimpleType.STRING)))
        .addFunctionBindings(
            CelFunctionBinding.from("cell_string", String.class, pointer -> value(facts().cell(pointer))),
            CelFunctionBinding.from("cell_string_double", String.class, Double.class,
                (pointer, otherwise) -> {
                  Cell cell = facts().cell(pointer);
                  return cell instanceof Cell.Value v ? v.number().doubleValue() : otherwise;
                }),
            CelFunctionBinding.from("sum_list", List.class, Expressions::sum),
            CelFunctionBinding.from("known_string", String.class, p -> facts().cell(p) instanceof Cell.Value),
            CelFunctionBinding.from("blank_string", String.class,
                p -> facts().cell(p) instanceof Cell.Blank || facts().cell(p) instanceof Cell.Unreadable),
            CelFunctionBinding.from("na_string", String.class, p -> facts().cell(p) instanceof Cell.NotApplicable),
            CelFunctionBinding.from("prev_string", String.class, p -> value(facts().previousCell(p))),
            CelFunctionBinding.from("text_section_int", ReportView.Text.class, Long.class, ReportView.Text::section),
            CelFunctionBinding.from("text_contains_string", ReportView.Text.class, String.class,
                (text, word) -> text.all().contains(word)))
        .build();
  }

  private static ReportView facts() {
    return CURRENT.get();
  }

  /** A cell's number; no verdict for a cell without one (and for last year's when not known). */
  private static double value(Cell cell) {
    if (cell instanceof Cell.Value v) {
      return v.number().doubleValue();
    }
    throw NO_VALUE;
  }

  private static double sum(List<?> pointers) {
    BigDecimal total = BigDecimal.ZERO;
    ReportView facts = facts();
    for (Object pointer : pointers) {
      Cell cell = facts.cell((String) pointer);
      if (cell instanceof Cell.Value v) {
        total = total.add(v.number());
      } else if (!(cell instanceof Cell.NotApplicable)) {
        throw NO_VALUE;
      }
    }
    return total.doubleValue();
  }

  /** An expression that does not compile or check: the first issue, with its place in the expression. */
  record Problem(String message, int line, int column) {}

  /** Compiles and type-checks an expression; the problem, or the checked tree. */
  static CelAbstractSyntaxTree compile(String expression, CelType resultType, Consumer<Problem> problem) {
    try {
      CelAbstractSyntaxTree ast = CEL.compile(expression).getAst();
      if (!resultType.equals(SimpleType.DYN) && !ast.getResultType().equals(resultType)
          && !ast.getResultType().equals(SimpleType.DYN)) {
        problem.accept(new Problem("is of type " + ast.getResultType().name() + ", not " + resultType.name(), 0, 0));
        return null;
      }
      return ast;
    } catch (CelValidationException e) {
      CelIssue first = e.getErrors().isEmpty() ? null : e.getErrors().get(0);
      if (first == null) {
        problem.accept(new Problem(e.getMessage(), 0, 0));
      } else {
        problem.accept(new Problem(first.getMessage(), first.getSourceLocation().getLine(),
            first.getSourceLocation().getColumn() + 1));
      }
      return null;
    } catch (RuntimeException e) {
      // the parser's own limits (too long, too deep) are reported as errors, not issues
      problem.accept(new Problem(String.valueOf(e.getMessage()), 0, 0));
      return null;
    }
  }

  /** A literal pointer given to a cell function, with its place in the expression (1-based). */
  record Pointer(String pointer, int line, int column) {}

  /** The literal pointers an expression gives to the cell functions, to check against the template. */
  static List<Pointer> literalPointers(CelAbstractSyntaxTree ast) {
    List<Pointer> out = new ArrayList<>();
    collect(ast, ast.getExpr(), out, false);
    return out;
  }

  private static void collect(CelAbstractSyntaxTree ast, CelExpr expr, List<Pointer> out, boolean pointerPlace) {
    switch (expr.getKind()) {
      case CONSTANT -> {
        if (pointerPlace && expr.constant().getKind() == dev.cel.common.ast.CelConstant.Kind.STRING_VALUE) {
          int offset = ast.getSource().getPositionsMap().getOrDefault(expr.id(), -1);
          var at = offset < 0 ? Optional.<dev.cel.common.CelSourceLocation>empty()
              : ast.getSource().getOffsetLocation(offset);
          out.add(new Pointer(expr.constant().stringValue(), at.map(l -> l.getLine()).orElse(0),
              at.map(l -> l.getColumn() + 1).orElse(0)));
        }
      }
      case CALL -> {
        CelExpr.CelCall call = expr.call();
        call.target().ifPresent(t -> collect(ast, t, out, false));
        boolean cellFunction = CELL_FUNCTIONS.contains(call.function());
        for (int i = 0; i < call.args().size(); i++) {
          collect(ast, call.args().get(i), out, cellFunction && i == 0);
        }
      }
      case LIST -> expr.list().elements().forEach(e -> collect(ast, e, out, pointerPlace));
      case SELECT -> collect(ast, expr.select().operand(), out, false);
      case MAP -> expr.map().entries().forEach(e -> {
        collect(ast, e.key(), out, false);
        collect(ast, e.value(), out, false);
      });
      default -> { }
    }
  }

  static CelRuntime.Program program(CelAbstractSyntaxTree ast) {
    try {
      return CEL.createProgram(ast);
    } catch (dev.cel.common.CelException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The result of an expression on a report: true, false, or null for no verdict (a cell without a value). */
  static Object evaluate(CelRuntime.Program program, ReportView facts) throws CelEvaluationException {
    ReportView outer = CURRENT.get();
    CURRENT.set(facts);
    try {
      return program.eval((CelVariableResolver) name -> Optional.ofNullable(variable(facts, name)));
    } catch (CelEvaluationException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof NoValue) {
          return null;
        }
      }
      throw e;
    } finally {
      CURRENT.set(outer);
    }
  }

  private static Object variable(ReportView facts, String name) {
    return switch (name) {
      case "report" -> facts.reportMap();
      case "previous" -> facts.previousMap();
      case "unit" -> facts.report.unit();
      case "level" -> facts.level();
      case "year" -> (long) facts.report.year();
      case "edition" -> facts.report.edition().id();
      case "text" -> facts.text();
      default -> null;
    };
  }
}
