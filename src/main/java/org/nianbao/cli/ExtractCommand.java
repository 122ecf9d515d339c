package org.nianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.ReportReadException;
import org.nianbao.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Prints the canonical JSON of a report (the input of check).")
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A report file.")
  Path file;

  @Override
  public Integer call() {
    try {
      spec.commandLine().getOut().print(Reports.toJson(Reports.read(file)));
      spec.commandLine().getOut().flush();
      return Main.OK;
    } catch (ReportReadException e) {
      spec.commandLine().getErr().println("nianbao: " + Main.oneLine(e.getMessage()));
      return Main.USAGE_OR_INPUT;
    }
  }
}
