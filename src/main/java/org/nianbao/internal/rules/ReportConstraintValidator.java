package org.nianbao.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.nianbao.Finding;
import org.nianbao.Report;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.ValidReport;

/** Turns findings into constraint violations for {@link ValidReport}. */
public final class ReportConstraintValidator implements ConstraintValidator<ValidReport, Report> {
  private Engine engine;
  private Severity threshold;

  @Override
  public void initialize(ValidReport annotation) {
    engine = new Engine(Locale.forLanguageTag(annotation.language()));
    threshold = annotation.threshold();
  }

  @Override
  public boolean isValid(Report report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    boolean valid = true;
    context.disableDefaultConstraintViolation();
    for (Finding finding : engine.check(report, null)) {
      if (finding.rule() == Rule.CELL_INVALID || !finding.severity().atLeast(threshold)) {
        continue;
      }
      valid = false;
      var builder = context.buildConstraintViolationWithTemplate(escape(finding.message()));
      if (finding.cells().isEmpty()) {
        builder.addConstraintViolation();
        continue;
      }
      String[] names = finding.cells().get(finding.cells().size() - 1).pointer().substring(1).split("/");
      var node = builder.addPropertyNode(names[0]);
      for (int i = 1; i < names.length; i++) {
        node = node.addPropertyNode(names[i]);
      }
      node.addConstraintViolation();
    }
    return valid;
  }

  /** Messages are final text, not templates: braces, dollars and backslashes must not be interpolated. */
  private static String escape(String message) {
    return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}
