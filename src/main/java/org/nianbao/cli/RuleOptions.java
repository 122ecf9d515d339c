package org.nianbao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.ReportValidator;
import org.nianbao.Rule;
import org.nianbao.Severity;
import picocli.CommandLine.Option;

/** {@code --disable} and {@code --severity}, the validator's configuration, for every command that checks. */
final class RuleOptions {
  @Option(names = "--disable", paramLabel = "RULE", converter = RuleIds.RuleConverter.class,
      description = "Leave a rule out, by its id (repeatable; nianbao rules lists them), e.g. --disable text.fee.")
  List<Rule> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      converter = {RuleIds.RuleConverter.class, RuleIds.SeverityConverter.class},
      description = "Give a rule's findings another severity: error, warning or info (repeatable),"
          + " e.g. --severity text.breakdown=warning.")
  Map<Rule, Severity> severities = new LinkedHashMap<>();

  /** The validator these options ask for, writing in {@code locale}. */
  ReportValidator validator(Locale locale) {
    ReportValidator.Builder configuration = ReportValidator.builder().locale(locale);
    disabled.forEach(configuration::disable);
    severities.forEach(configuration::severity);
    return configuration.build();
  }
}
