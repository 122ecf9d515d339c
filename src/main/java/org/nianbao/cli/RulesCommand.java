package org.nianbao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nianbao.Edition;
import org.nianbao.Rule;
import org.nianbao.internal.json.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rule catalog.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  CheckCommand.Format format;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (format == CheckCommand.Format.json) {
      out.print(json());
    } else {
      // the id column is as wide as the longest id, so every title starts in one column
      int width = java.util.Arrays.stream(Rule.values()).mapToInt(r -> r.id().length()).max().orElse(0);
      String row = "%-" + width + "s %-8s %-10s %s%n";
      String indent = " ".repeat(width + 20);
      for (Rule rule : Rule.values()) {
        out.printf(row, rule.id(), rule.severity().id(), editions(rule), rule.title(language.locale));
        out.printf("%s%s%n", indent, rule.basis(language.locale));
        if (rule.otherSeverity().isPresent()) {
          out.printf("%s%s: %s%n", indent, rule.otherSeverity().get().id(),
              rule.otherSeverityWhen(language.locale).orElseThrow());
        }
      }
    }
    out.flush();
    return Main.OK;
  }

  private static String editions(Rule rule) {
    return rule.editions().stream().map(Edition::id).collect(Collectors.joining(","));
  }

  private String json() throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = ReportJson.MAPPER.getFactory().createGenerator(text)) {
      gen.setPrettyPrinter(ReportJson.prettyPrinter());
      gen.writeStartArray();
      for (Rule rule : Rule.values()) {
        gen.writeStartObject();
        gen.writeStringField("id", rule.id());
        gen.writeStringField("severity", rule.severity().id());
        gen.writeArrayFieldStart("editions");
        for (Edition edition : rule.editions()) {
          gen.writeString(edition.id());
        }
        gen.writeEndArray();
        gen.writeBooleanField("needsPreviousYear", rule.needsPreviousYear());
        gen.writeStringField("title", rule.title(language.locale));
        gen.writeStringField("basis", rule.basis(language.locale));
        if (rule.otherSeverity().isPresent()) {
          gen.writeObjectFieldStart("otherSeverity");
          gen.writeStringField("severity", rule.otherSeverity().get().id());
          gen.writeStringField("when", rule.otherSeverityWhen(language.locale).orElseThrow());
          gen.writeEndObject();
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    return text + "\n";
  }
}
