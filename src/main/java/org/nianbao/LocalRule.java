package org.nianbao;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A rule an application adds to the catalog: a province's or a city's own requirement, checked
 * beside the built-in rules by a validator built with {@link ReportValidator.Builder#add(LocalRule)}.
 * Its findings are like the built-in ones: they name their cells (with labels, and the place in
 * the input where the report was read from a document), count in {@link
 * ValidationResult#isValid()} at the rule's severity, appear in {@link
 * ValidationResult#toJson(String)} under the rule's id, become {@link ValidReport} violations, and
 * may be disabled or given another severity on the builder.
 *
 * <p>An implementation is immutable and thread-safe: one validator checks reports on many threads.
 * Its {@link #id()} must not be the id of a built-in {@link Rule}. An exception it throws
 * surfaces from {@code validate} as a {@link LocalRuleException} naming the rule's id.
 *
 * <pre>{@code
 * class NewMediaStated implements LocalRule {
 *   public String id() { return "js.t2.new_media"; }
 *   public Severity severity() { return Severity.WARNING; }
 *   public Set<Edition> editions() { return EnumSet.allOf(Edition.class); }
 *   public String title(Locale l) { return "…"; }
 *   public String basis(Locale l) { return "…"; }
 *   public Optional<String> message(String key, Locale l) { return Optional.of("「{0}」…"); }
 *   public List<Violation> check(Report report, Report previousYear) { … }
 * }
 * }</pre>
 */
public interface LocalRule extends RuleDefinition {
  /**
   * Checks one report. Called only for reports of the rule's {@link #editions()}.
   *
   * @param report the report
   * @param previousYear the same body's report of the year before, or {@code null} when the
   *     validator was not given it
   * @return what is wrong with the report, in the order to report it; empty when nothing is
   */
  List<Violation> check(Report report, Report previousYear);

  /**
   * One thing a local rule finds wrong, before it is worded: a finding of the rule is made of it.
   *
   * @param messageKey the key of the rule's {@link #message(String, java.util.Locale) message}
   * @param arguments the message's arguments, of the types {@link Finding#arguments()} allows
   * @param pointers the JSON Pointers of the cells involved (e.g. {@code
   *     /activeDisclosure/licensing/administrativeLicensing/decisions}); empty for the report as a
   *     whole
   * @param expected what the report should hold, or {@code null}
   * @param actual what it holds, or {@code null}
   */
  record Violation(String messageKey, List<Object> arguments, List<String> pointers, BigDecimal expected,
      BigDecimal actual) {
    /**
     * A violation; its lists are copied.
     *
     * @param messageKey the key of the rule's message
     * @param arguments the message's arguments, of the types {@link Finding#arguments()} allows
     * @param pointers the JSON Pointers of the cells involved; empty for the report as a whole
     * @param expected what the report should hold, or {@code null}
     * @param actual what it holds, or {@code null}
     * @throws IllegalArgumentException when an argument is of another type
     */
    public Violation {
      Objects.requireNonNull(messageKey, "messageKey");
      arguments = Finding.checkedArguments(arguments);
      pointers = List.copyOf(pointers);
    }

    /**
     * A violation without expected and actual values.
     *
     * @param messageKey the key of the rule's message
     * @param pointers the JSON Pointers of the cells involved; empty for the report as a whole
     * @param arguments the message's arguments, of the types {@link Finding#arguments()} allows
     * @return the violation
     */
    public static Violation of(String messageKey, List<String> pointers, Object... arguments) {
      return new Violation(messageKey, List.of(arguments), pointers, null, null);
    }
  }
}
