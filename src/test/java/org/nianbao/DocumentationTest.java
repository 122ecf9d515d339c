package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table and the changelog stay true to the catalog. */
class DocumentationTest {

  @Test
  void theReadmeListsEveryRuleWithItsSeverity() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (Rule rule : Rule.values()) {
      String editions = rule.editions().size() == Edition.values().length ? "both"
          : rule.editions().iterator().next().id();
      assertThat(readme).as(rule.id())
          .contains("| `" + rule.id() + "` | " + rule.severity().id()
              + rule.otherSeverity().map(other -> " / " + other.id()).orElse("") + " | " + editions + " |");
    }
  }

  @Test
  void theChangelogNamesEveryRule() throws IOException {
    String changelog = Files.readString(Path.of("CHANGELOG.md"));
    for (Rule rule : Rule.values()) {
      assertThat(changelog).contains("`" + rule.id() + "`");
    }
  }

  @Test
  void theReadmeCommandsExist() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme).contains("src/bin/nianbao check examples/xingjing-2020.txt").contains("mvn -B verify");
    assertThat(Path.of("src/bin/nianbao")).isExecutable();
    assertThat(Files.readString(Path.of(".ci/run"))).contains("\nmvn -B verify\n");
  }
}
