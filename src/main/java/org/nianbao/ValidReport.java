package org.nianbao;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.nianbao.internal.rules.ReportConstraintValidator;

/**
 * Runs nianbao's rules when a Jakarta Bean Validation {@code Validator} validates a {@link
 * Report}: each finding becomes a constraint violation whose property path is the cell, e.g.
 * {@code applications.newRequests.total}, and whose message is the finding's. {@code cell.invalid}
 * comes from the cells' own {@link Count}, {@link Change} and {@link Amount} constraints instead.
 */
@Documented
@Constraint(validatedBy = ReportConstraintValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidReport {
  /**
   * The message template of a violation.
   *
   * @return the bundle key, in braces
   */
  String message() default "{org.nianbao.ValidReport.message}";

  /**
   * The validation groups this constraint belongs to.
   *
   * @return the groups; none is the default group
   */
  Class<?>[] groups() default {};

  /**
   * The payload that clients of the constraint attach.
   *
   * @return the payload types
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The language of the messages.
   *
   * @return {@code "zh"} (default) or {@code "en"}
   */
  String language() default "zh";

  /**
   * The least severe finding that counts as a violation.
   *
   * @return the severity; by default warnings count too
   */
  Severity threshold() default Severity.WARNING;
}
