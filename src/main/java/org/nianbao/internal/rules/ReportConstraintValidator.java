package org.nianbao.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.nianbao.Finding;
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

  private Engine chinese;
  private Engine english;
  private Severity threshold;

  @Override
  public void initialize(ValidReport annotation) {
    if (annotation.language().isEmpty()) {
      chinese = new Engine(Locale.CHINESE);
      english = new Engine(Locale.ENGLISH);
    } else {
      // an explicit language: both messages are in it, whatever the interpolator's locale
      chinese = new Engine(Locale.forLanguageTag(annotation.language()));
      english = chinese;
    }
    threshold = annotation.threshold();
  }

  @Override
  public boolean isValid(Report report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    List<Finding> inChinese = violations(chinese.check(report, null));
    if (inChinese.isEmpty()) {
      return true;
    }
    // the rules are deterministic: the English run finds the same findings in the same order
    List<Finding> inEnglish = english == chinese ? inChinese : violations(english.check(report, null));
    context.disableDefaultConstraintViolation();
    for (int i = 0; i < inChinese.size(); i++) {
      Finding finding = inChinese.get(i);
      Finding translated = inEnglish.get(i);
      if (finding.cells().isEmpty()) {
        violation(context, finding, translated, null).addConstraintViolation();
        continue;
      }
      Set<Finding.CellReference> cells = new LinkedHashSet<>(finding.cells());
      for (Finding.CellReference cell : cells) {
        String[] names = cell.pointer().substring(1).split("/");
        var node = violation(context, finding, translated, cell).addPropertyNode(names[0]);
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
      Finding finding, Finding translated, Finding.CellReference cell) {
    if (!HIBERNATE) {
      return context.buildConstraintViolationWithTemplate(escape(finding.message()));
    }
    return Hibernate.violation(context, finding, translated, cell);
  }

  /** Loaded only when Hibernate Validator is there. */
  private static final class Hibernate {
    static ConstraintValidatorContext.ConstraintViolationBuilder violation(ConstraintValidatorContext context,
        Finding finding, Finding translated, Finding.CellReference cell) {
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
          .addMessageParameter("messageZh", finding.message())
          .addMessageParameter("messageEn", translated.message());
      return hibernate.buildConstraintViolationWithTemplate("{nianbao." + finding.rule().id() + "}");
    }
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
