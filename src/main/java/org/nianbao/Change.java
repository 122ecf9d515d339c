package org.nianbao;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A cell that holds a change in a number of items (本年增/减): a whole number, possibly negative. Blank and not-applicable cells satisfy
 * it (they are reported by their own rules); a violation is a {@code cell.invalid} finding.
 */
@Documented
@Constraint(validatedBy = {}) // the validator is a service (see ValidReport), not public API
@Target({ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Change {
  /**
   * The message template of a violation.
   *
   * @return the bundle key, in braces
   */
  String message() default "{org.nianbao.Change.message}";

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
}
