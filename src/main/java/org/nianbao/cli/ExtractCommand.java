package org.nianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.ReportDocument;
import org.nianbao.ReportReadException;
import org.nianbao.internal.json.ProvenanceJson;
import org.nianbao.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Prints the canonical JSON of a report (the input of check).")
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A report file: canonical JSON or text; - reads standard input.")
  Path file;

  @Option(names = "--provenance", description = "Print {\"report\": …, \"cells\": {pointer: {line, text}}, "
      + "\"narrative\": [{line, sentence, counts}]}: the report, the line each cell was read from, and each count "
      + "the text states as it was read (total, part or item).")
  boolean provenance;

  @Override
  public Integer call() {
    try {
      ReportDocument document = Main.load(file);
      String json = Reports.toJson(document.report());
      spec.commandLine().getOut().print(provenance ? ProvenanceJson.write(document, json) : json);
      spec.commandLine().getOut().flush();
      return Main.OK;
    } catch (ReportReadException e) {
      spec.commandLine().getErr().println("nianbao: " + Main.oneLine(e.getMessage()));
      return Main.USAGE_OR_INPUT;
    }
  }
}
