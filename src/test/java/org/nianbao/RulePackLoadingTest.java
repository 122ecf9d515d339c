package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CEL (and YAML) are loaded only when a pack is given: a check without one stays as fast as before. */
class RulePackLoadingTest {
  private static String classesLoaded(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class", "-cp",
        System.getProperty("java.class.path"), "org.nianbao.cli.Main"));
    command.addAll(List.of(args));
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    java.waitFor();
    assertThat(output).contains("org.nianbao.cli.Main");
    return output;
  }

  @Test
  void checkWithoutAPackLoadsNoCelNorYaml() throws Exception {
    String output = classesLoaded("check", "examples/xingjing-2020.json");
    assertThat(output).doesNotContain("dev.cel.").doesNotContain("com.google.protobuf")
        .doesNotContain("org.nianbao.internal.rulepack").doesNotContain("dataformat.yaml");
  }

  @Test
  void aJsonPackLoadsCelButNoYaml(@TempDir Path dir) throws Exception {
    Path pack = Files.writeString(dir.resolve("pack.json"), """
        {"name": "t", "version": 1, "rules": [{"id": "x.t", "severity": "info", "expr": "year > 2000",
          "message": {"zh": "中", "en": "en"}, "basis": "b"}]}
        """);
    String output = classesLoaded("check", "--rules", pack.toString(), "examples/xingjing-2020.json");
    assertThat(output).contains("dev.cel.").doesNotContain("dataformat.yaml");
  }
}
