package org.nianbao;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs nianbao's rules when a Jakarta Bean Validation {@code Validator} validates a {@link
 * Report}. {@code Report} carries it already; it may also sit on a field, parameter, method or
 * type use that holds a report, to configure it differently there.
 *
 * <p>Each finding becomes one violation per cell it names, whose property path is the cell (e.g.
 * {@code applications.newRequests.total}); a finding without cells is one violation on the report.
 * The message template is {@code {nianbao.<rule id>}}, e.g. {@code {nianbao.t4.total}}, which
 * resolves by default to the finding's message in the {@code MessageInterpolator}'s locale
 * (Chinese, or English for an English locale); an application overrides one rule's message with
 * that key in its own {@code ValidationMessages}, where the parameters {@code {rule}}, {@code
 * {cell}} (the pointer), {@code {label}}, {@code {expected}} and {@code {actual}} (empty when the
 * finding has none), {@code {messageZh}}, {@code {messageEn}}, and {@code {arg0}}, {@code {arg1}},
 * … (the finding's {@link Finding#arguments() arguments} that are strings or numbers) are
 * available. The report is checked once; both messages are worded from its findings. A {@link
 * LocalRule}'s violations have the template {@code {nianbao.finding}}: the rule words its own
 * messages. With Hibernate Validator, each violation also carries its {@link Finding} as dynamic
 * payload: {@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Finding.class)}.
 * Other providers get the finding's message as the template.
 *
 * <p>{@code cell.invalid} comes from the cells' own {@link Count}, {@link Change} and {@link
 * Amount} constraints instead.
 *
 * <p>The validators of these constraints are not public: nianbao registers them as services of
 * {@code jakarta.validation.ConstraintValidator} ({@code META-INF/services}, and {@code provides}
 * in its module), which Hibernate Validator reads. Another provider needs them declared in the
 * application's {@code META-INF/validation.xml}.
 */
@Documented
@Constraint(validatedBy = {}) // the validator is a service, not public API: see the class comment
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER,
    ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
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
   * The language of the messages, {@code "zh"} or {@code "en"}, whatever the interpolator's
   * locale; empty (the default) leaves it to the {@code MessageInterpolator}'s locale.
   *
   * @return {@code "zh"}, {@code "en"}, or empty
   */
  String language() default "";

  /**
   * The least severe finding that counts as a violation. By default an error, as for {@link
   * ValidationResult#isValid()}: a report without violations is a valid one. {@link
   * Severity#WARNING} reports warnings too.
   *
   * @return the severity
   */
  Severity threshold() default Severity.ERROR;

  /**
   * Rules of the application's own, checked beside the built-in ones (see {@link LocalRule}):
   * each class needs a public constructor without parameters.
   *
   * @return the local rules' classes; none by default
   */
  Class<? extends LocalRule>[] rules() default {};
}
