package org.nianbao.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.nianbao.Rule;
import org.nianbao.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Rule ids and severities as the command line takes them: {@code text.fee}, {@code warning}. */
final class RuleIds {
  private RuleIds() {}

  static final class RuleConverter implements ITypeConverter<Rule> {
    @Override
    public Rule convert(String id) {
      return Rule.byId(id).orElseThrow(() -> new TypeConversionException(
          "no rule '" + id + "' in the catalog (nianbao rules lists the ids)"));
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
