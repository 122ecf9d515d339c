package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
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
  // ids, not rules: a pack's rule is known only once --rules is loaded
  @Option(names = "--disable", paramLabel = "RULE",
      description = "Leave a rule out, by its id (repeatable; nianbao rules lists them), e.g. --disable text.fee.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL", converter = {RuleIds.Id.class, RuleIds.SeverityConverter.class},
      description = "Give a rule's findings another severity: error, warning or info (repeatable),"
          + " e.g. --severity text.breakdown=warning.")
  Map<String, Severity> severities = new LinkedHashMap<>();

  @Option(names = "--rules", paramLabel = "PACK",
      description = "Check the local rules of a rule pack too (YAML or JSON; repeatable), e.g. --rules jiangsu.yaml.")
  List<Path> packs = new ArrayList<>();

  /** The validator these options ask for, writing in {@code locale}; a pack that does not load stops the command. */
  ReportValidator validator(Locale locale) {
    ReportValidator.Builder configuration = ReportValidator.builder().locale(locale);
    Set<String> known = new HashSet<>();
    Arrays.stream(Rule.values()).forEach(r -> known.add(r.id()));
    for (RulePack pack : load(packs)) {
      try {
        configuration.rules(pack);
      } catch (IllegalArgumentException e) {
        throw new InputFailure(pack.source() + ": " + e.getMessage());
      }
      pack.rules().forEach(r -> known.add(r.id()));
    }
    for (String id : disabled) {
      RuleIds.requireKnown(id, known);
    }
    for (String id : severities.keySet()) {
      RuleIds.requireKnown(id, known);
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
        throw new InputFailure(e.getMessage());
      }
    }
    return loaded;
  }

  /** A pack that does not load, a rule id no rule has: the user's input, one line, exit status 2. */
  static final class InputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputFailure(String message) {
      super(message, null, false, false);
    }
  }
}
