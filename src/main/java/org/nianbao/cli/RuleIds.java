package org.nianbao.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.nianbao.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Rule ids and severities as the command line takes them: {@code text.fee}, {@code warning}. */
final class RuleIds {
  private RuleIds() {}

  /** A rule id as given: whether a rule has it is known once the packs of --rules are loaded. */
  static final class Id implements ITypeConverter<String> {
    @Override
    public String convert(String id) {
      return id;
    }
  }

  /** An id no rule has, built in or of a pack given: the user's input, one line, exit status 2. */
  static void requireKnown(String id, java.util.Set<String> known) {
    if (!known.contains(id)) {
      throw new RuleOptions.InputFailure("no rule '" + id + "' in the catalog (nianbao rules lists the ids,"
          + " nianbao rules --rules PACK a pack's too)");
    }
  }

  static final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String id) {
      return Arrays.stream(Severity.values()).filter(s -> s.id().equals(id)).findFirst()
          .orElseThrow(() -> new TypeConversionException("no severity '" + id + "': one of "
              + Arrays.stream(Severity.values()).map(Severity::id).collect(Collectors.joining(", "))));
    }
  }
}
