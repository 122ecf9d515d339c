package org.nianbao.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.nianbao.Finding;
import org.nianbao.LocalRule;
import org.nianbao.Report;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.ValidReport;

/**
 * Turns findings into constraint violations for {@link ValidReport}: one per cell of a finding,
 * with the template {@code {nianbao.<rule id>}} so that the interpolator picks the language and an
 * application may reword one rule.
 */
public final class ReportConstraintValidator implements ConstraintValidator<ValidReport, Report> {
  /** Hibernate Validator is optional: without it, violations carry their final text. */
  private static final boolean HIBERNATE = present(
      "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext");

  private Engine engine;
  /** The languages of {@code {messageZh}} and {@code {messageEn}}: both the same one when the annotation says. */
  private Locale chinese;
  private Locale english;
  private Severity threshold;

  @Override
  public void initialize(ValidReport annotation) {
    if (annotation.language().isEmpty()) {
      chinese = Locale.CHINESE;
      english = Locale.ENGLISH;
    } else {
      // an explicit language: both messages are in it, whatever the interpolator's locale
      chinese = Locale.forLanguageTag(annotation.language());
      english = chinese;
    }
    List<LocalRule> rules = new ArrayList<>();
    for (Class<? extends LocalRule> type : annotation.rules()) {
      rules.add(instance(type));
    }
    // the labels of cells are in the first language; messages are worded from each finding in both
    engine = new Engine(chinese, rules);
    threshold = annotation.threshold();
  }

  private static LocalRule instance(Class<? extends LocalRule> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.trySetAccessible(); // a class nested in a test or a package-private one
      return constructor.newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ValidationException("@ValidReport(rules = " + type.getName() + ".class): the local rule needs a"
          + " public constructor without parameters (" + e + ")", e);
    }
  }

  @Override
  public boolean isValid(Report report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    List<Finding> findings = violations(engine.check(report, null));
    if (findings.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Finding finding : findings) {
      // worded twice from the one finding: the interpolator's bundle picks the language
      String zh = finding.message(chinese);
      String en = english == chinese ? zh : finding.message(english);
      if (finding.cells().isEmpty()) {
        violation(context, finding, zh, en, null).addConstraintViolation();
        continue;
      }
      Set<Finding.CellReference> cells = new LinkedHashSet<>(finding.cells());
      for (Finding.CellReference cell : cells) {
        String[] names = cell.pointer().substring(1).split("/");
        var node = violation(context, finding, zh, en, cell).addPropertyNode(names[0]);
        for (int n = 1; n < names.length; n++) {
          node = node.addPropertyNode(names[n]);
        }
        node.addConstraintViolation();
      }
    }
    return false;
  }

  private List<Finding> violations(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.rule() != Rule.CELL_INVALID && f.severity().atLeast(threshold)).toList();
  }

  private static ConstraintValidatorContext.ConstraintViolationBuilder violation(ConstraintValidatorContext context,
      Finding finding, String zh, String en, Finding.CellReference cell) {
    if (!HIBERNATE) {
      return context.buildConstraintViolationWithTemplate(escape(finding.message()));
    }
    return Hibernate.violation(context, finding, zh, en, cell);
  }

  /** Loaded only when Hibernate Validator is there. */
  private static final class Hibernate {
    static ConstraintValidatorContext.ConstraintViolationBuilder violation(ConstraintValidatorContext context,
        Finding finding, String zh, String en, Finding.CellReference cell) {
      HibernateConstraintValidatorContext hibernate;
      try {
        hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
      } catch (jakarta.validation.ValidationException otherProvider) {
        return context.buildConstraintViolationWithTemplate(escape(finding.message()));
      }
      // Hibernate copies the payload and parameters into each violation as it is added, and puts
      // parameter values in the message verbatim: quoted text with braces or dollars stays as written
      hibernate.withDynamicPayload(finding)
          .addMessageParameter("rule", finding.rule().id())
          .addMessageParameter("cell", cell == null ? "" : cell.pointer())
          .addMessageParameter("label", cell == null ? "" : cell.label())
          .addMessageParameter("expected", plain(finding.expected()))
          .addMessageParameter("actual", plain(finding.actual()))
          .addMessageParameter("messageZh", zh)
          .addMessageParameter("messageEn", en);
      // the arguments that read the same in every language: {arg0}, {arg1}, … (a phrase is worded, so left out)
      for (int i = 0; i < finding.arguments().size(); i++) {
        Object argument = finding.arguments().get(i);
        if (argument instanceof String || argument instanceof Number) {
          hibernate.addMessageParameter("arg" + i, argument instanceof BigDecimal n ? n.toPlainString()
              : argument.toString());
        }
      }
      // a local rule words its own messages: no bundle has a key for it, so it gets the finding's
      return hibernate.buildConstraintViolationWithTemplate(finding.rule() instanceof Rule
          ? "{nianbao." + finding.rule().id() + "}" : "{nianbao.finding}");
    }
  }

  private static String plain(BigDecimal n) {
    return n == null ? "" : n.toPlainString();
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, ReportConstraintValidator.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  /** Messages are final text, not templates: braces, dollars and backslashes must not be interpolated. */
  private static String escape(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
