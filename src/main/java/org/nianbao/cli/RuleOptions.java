package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.ReportValidator;
import org.nianbao.Rule;
import org.nianbao.RulePack;
import org.nianbao.RulePackException;
import org.nianbao.Severity;
import picocli.CommandLine.Option;

/**
 * {@code --disable}, {@code --severity} and {@code --rules}, the validator's configuration, for
 * every command that checks.
 */
final class RuleOptions {
  @Option(names = "--disable", paramLabel = "RULE", converter = RuleIds.RuleConverter.class,
      description = "Leave a rule out, by its id (repeatable; nianbao rules lists them), e.g. --disable text.fee.")
  List<Rule> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      converter = {RuleIds.RuleConverter.class, RuleIds.SeverityConverter.class},
      description = "Give a rule's findings another severity: error, warning or info (repeatable),"
          + " e.g. --severity text.breakdown=warning.")
  Map<Rule, Severity> severities = new LinkedHashMap<>();

  @Option(names = "--rules", paramLabel = "PACK",
      description = "Check the local rules of a rule pack too (YAML or JSON; repeatable), e.g. --rules jiangsu.yaml.")
  List<Path> packs = new ArrayList<>();

  /** The validator these options ask for, writing in {@code locale}; a pack that does not load stops the command. */
  ReportValidator validator(Locale locale) {
    ReportValidator.Builder configuration = ReportValidator.builder().locale(locale);
    for (RulePack pack : load(packs)) {
      try {
        configuration.rules(pack);
      } catch (IllegalArgumentException e) {
        throw new PackFailure(pack.source() + ": " + e.getMessage());
      }
    }
    disabled.forEach(configuration::disable);
    severities.forEach(configuration::severity);
    return configuration.build();
  }

  /** The packs of a {@code --rules}, loaded in order. */
  static List<RulePack> load(List<Path> packs) {
    List<RulePack> loaded = new ArrayList<>();
    for (Path pack : packs) {
      try {
        loaded.add(RulePack.load(pack));
      } catch (RulePackException e) {
        throw new PackFailure(e.getMessage());
      }
    }
    return loaded;
  }

  /** A pack that does not load: the user's input, one line, exit status 2. */
  static final class PackFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PackFailure(String message) {
      super(message, null, false, false);
    }
  }
}
