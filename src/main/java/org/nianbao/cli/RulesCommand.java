package org.nianbao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.nianbao.Edition;
import org.nianbao.Rule;
import org.nianbao.RuleDefinition;
import org.nianbao.RulePack;
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

  @Option(names = "--rules", paramLabel = "PACK",
      description = "List the local rules of a rule pack too, after the built-in ones (repeatable).")
  List<Path> packs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<RuleDefinition> catalog = new ArrayList<>(List.of(Rule.values()));
    Map<RuleDefinition, RulePack> packOf = new HashMap<>();
    for (RulePack pack : RuleOptions.load(packs)) {
      for (RuleDefinition rule : pack.rules()) {
        if (Rule.byId(rule.id()).isPresent() || catalog.stream().anyMatch(r -> r.id().equals(rule.id()))) {
          throw new RuleOptions.InputFailure(pack.source() + ": local rule id " + rule.id()
              + " is the id of a rule listed before");
        }
        catalog.add(rule);
        packOf.put(rule, pack);
      }
    }
    if (format == CheckCommand.Format.json) {
      out.print(json(catalog, packOf));
    } else {
      // the id column is as wide as the longest id, so every title starts in one column
      int width = catalog.stream().mapToInt(r -> r.id().length()).max().orElse(0);
      String row = "%-" + width + "s %-8s %-10s %s%n";
      String indent = " ".repeat(width + 20);
      for (RuleDefinition rule : catalog) {
        out.printf(row, rule.id(), rule.severity().id(), editions(rule), rule.title(language.locale));
        out.printf("%s%s%n", indent, rule.basis(language.locale));
        if (rule instanceof Rule builtIn && builtIn.otherSeverity().isPresent()) {
          out.printf("%s%s: %s%n", indent, builtIn.otherSeverity().get().id(),
              builtIn.otherSeverityWhen(language.locale).orElseThrow());
        }
        if (packOf.containsKey(rule)) {
          RulePack pack = packOf.get(rule);
          out.printf("%s%s %s (%s)%n", indent, pack.name(), pack.version(), pack.source());
        }
      }
    }
    out.flush();
    return Main.OK;
  }

  private static String editions(RuleDefinition rule) {
    return rule.editions().stream().map(Edition::id).collect(Collectors.joining(","));
  }

  private String json(List<RuleDefinition> catalog, Map<RuleDefinition, RulePack> packOf) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = ReportJson.MAPPER.getFactory().createGenerator(text)) {
      gen.setPrettyPrinter(ReportJson.prettyPrinter());
      gen.writeStartArray();
      for (RuleDefinition rule : catalog) {
        gen.writeStartObject();
        gen.writeStringField("id", rule.id());
        gen.writeStringField("severity", rule.severity().id());
        gen.writeArrayFieldStart("editions");
        for (Edition edition : rule.editions()) {
          gen.writeString(edition.id());
        }
        gen.writeEndArray();
        // a pack's rule may read last year's report, and checks without it
        gen.writeBooleanField("needsPreviousYear", rule instanceof Rule builtIn && builtIn.needsPreviousYear());
        gen.writeStringField("title", rule.title(language.locale));
        gen.writeStringField("basis", rule.basis(language.locale));
        if (rule instanceof Rule builtIn && builtIn.otherSeverity().isPresent()) {
          gen.writeObjectFieldStart("otherSeverity");
          gen.writeStringField("severity", builtIn.otherSeverity().get().id());
          gen.writeStringField("when", builtIn.otherSeverityWhen(language.locale).orElseThrow());
          gen.writeEndObject();
        }
        if (packOf.containsKey(rule)) {
          RulePack pack = packOf.get(rule);
          gen.writeObjectFieldStart("pack");
          gen.writeStringField("name", pack.name());
          gen.writeStringField("version", pack.version());
          gen.writeStringField("source", pack.source());
          gen.writeEndObject();
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    return text + "\n";
  }
}
