package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.DocxRendering;
import org.nianbao.testing.TestReports;

/**
 * Word, PDF and HTML are read by optional dependencies: an application without one gets a
 * one-line error naming the Maven artifact to add, not the name of a class it has never heard of.
 */
class MissingReaderTest {
  @TempDir
  Path dir;

  private record Run(int status, String err) {}

  /** The command line on this test's class path without the jars whose path holds {@code without}. */
  private static Run withoutLibrary(String without, Path input) throws IOException, InterruptedException {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.replace('\\', '/').contains(without)).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", classPath, "org.nianbao.cli.Main", "check", input.toString()));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), err);
  }

  @Test
  void aWordDocumentWithoutPoiNamesTheArtifactToAdd() throws Exception {
    Path docx = Files.write(dir.resolve("r.docx"), DocxRendering.render(TestReports.example("huaian-2024")));
    Run run = withoutLibrary("/org/apache/poi/", docx);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n").startsWith("nianbao: " + docx)
        .contains("reading Word (.docx) needs org.apache.poi:poi-ooxml:5.5.1 on the class path")
        .doesNotContain("\tat ");
  }

  @Test
  void aWebPageWithoutJsoupNamesTheArtifactToAdd() throws Exception {
    Path html = Files.writeString(dir.resolve("r.html"),
        "<html><body><h1>淮安市人民政府2024年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>");
    Run run = withoutLibrary("/org/jsoup/", html);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n")
        .contains("reading HTML needs org.jsoup:jsoup:1.24.1 on the class path");
  }
}
