package org.nianbao;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nianbao.internal.json.FindingsJson;

/**
 * The findings on one report, in a deterministic order: findings on the document first, then by
 * the position of their first cell in the tables, then by rule.
 *
 * @param report the report that was checked
 * @param findings what is wrong with it
 */
public record ValidationResult(Report report, List<Finding> findings) {

  /**
   * A result; the findings are copied.
   *
   * @param report the report that was checked
   * @param findings what is wrong with it, in the order above
   */
  public ValidationResult {
    Objects.requireNonNull(report, "report");
    findings = List.copyOf(findings);
  }

  /**
   * Whether the report may be submitted.
   *
   * @return true when no finding is an {@link Severity#ERROR}
   */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * The number of findings of one severity.
   *
   * @param severity the severity
   * @return how many findings have it
   */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * The number of findings of each severity.
   *
   * @return the counts, every severity present, 0 included
   */
  public Map<Severity, Long> counts() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, count(severity));
    }
    return counts;
  }

  /**
   * Whether any finding is at least as severe as a threshold.
   *
   * @param threshold the least severity that counts
   * @return true when some finding has it or a more severe one
   */
  public boolean hasAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /**
   * The findings of one rule.
   *
   * @param rule the rule, built in or added
   * @return its findings, in the result's order
   */
  public List<Finding> findings(RuleDefinition rule) {
    return findings.stream().filter(f -> f.rule() == rule).toList();
  }

  /**
   * This result as JSON, in the form {@code nianbao check --format json} prints and
   * {@code schema/findings.schema.json} describes: one object, fields in a fixed order, optional
   * fields left out, a blank cell as {@code null}.
   *
   * @param source where the report came from (a file name, an upload's name), written as
   *     {@code "source"}
   * @return the JSON text, ending in a line break
   */
  public String toJson(String source) {
    Objects.requireNonNull(source, "source");
    return FindingsJson.write(List.of(new FindingsJson.Entry(source, null, this)), false);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder()
        .append(report.unit()).append(' ').append(report.year())
        .append(isValid() ? " valid" : " invalid")
        .append(" (").append(counts()).append(')');
    findings.forEach(f -> s.append("\n  ").append(f));
    return s.toString();
  }
}
