package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs built to exhaust the loader: each stops within seconds, with one line saying why. */
class RulePackHostileTest {
  private static final Duration BUDGET = Duration.ofSeconds(20);
  private static final String HEAD = "name: t\nversion: \"1\"\nrules:\n";

  private static String rule(String id, String expr) {
    return "  - id: " + id + "\n    severity: error\n    expr: '" + expr + "'\n    message: {zh: 中, en: en}\n"
        + "    basis: b\n";
  }

  @Test
  void aTenMegabytePackIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path pack = dir.resolve("huge.yaml");
    StringBuilder text = new StringBuilder(HEAD);
    for (int i = 0; text.length() < 10 << 20; i++) {
      text.append(rule("x.r" + i, "true"));
    }
    Files.writeString(pack, text, StandardCharsets.UTF_8);
    assertTimeoutPreemptively(BUDGET, () -> assertThatThrownBy(() -> RulePack.load(pack))
        .isInstanceOf(RulePackException.class)
        .hasMessage(pack + ": larger than a pack may be (1024 KiB)"));
    assertTimeoutPreemptively(BUDGET, () -> assertThatThrownBy(() -> RulePack.load(text.toString(), "huge.yaml"))
        .isInstanceOf(RulePackException.class)
        .hasMessage("huge.yaml: larger than a pack may be (1024 KiB)"));
  }

  @Test
  void aPackOfTooManyRulesIsRefused() {
    StringBuilder text = new StringBuilder(HEAD);
    for (int i = 0; i < 1001; i++) {
      text.append(rule("x.r" + i, "true"));
    }
    assertTimeoutPreemptively(BUDGET, () -> assertThatThrownBy(() -> RulePack.load(text.toString(), "many.yaml"))
        .isInstanceOf(RulePackException.class)
        .hasMessage("many.yaml:4:3: more than 1000 rules (1001)"));
  }

  @Test
  void aHugeExpressionIsRefused() {
    // 1.0 + 1.0 + … : 5000 code points, over the 4096 an expression may have
    String expr = "1.0" + " + 1.0".repeat(833) + " > 0.0";
    assertThat(expr.length()).isGreaterThan(4096);
    assertTimeoutPreemptively(BUDGET, () -> assertThatThrownBy(() -> RulePack.load(HEAD + rule("x.long", expr), "long.yaml"))
        .isInstanceOf(RulePackException.class)
        .hasMessageStartingWith("long.yaml:6:11: rule x.long: expr: ")
        .hasMessageContaining("4096"));
  }

  @Test
  void anExpressionOfTooManyNodesIsRefused() {
    // a list of 1,500 ones: 1,501 nodes (a sum as long would be too deep first) in 3,000 code points
    String expr = "size([1" + ",1".repeat(1499) + "])>0";
    assertTimeoutPreemptively(BUDGET, () -> assertThatThrownBy(() -> RulePack.load(HEAD + rule("x.nodes", expr), "n.yaml"))
        .isInstanceOf(RulePackException.class)
        .hasMessageStartingWith("n.yaml:6:11: rule x.nodes: expr: ")
        .hasMessageContaining("1000"));
  }

  @Test
  void aHugeListOrStringCannotBeBuilt() {
    // joining is not declared: the doubling that would reach gigabytes does not type-check
    for (String expr : new String[] {"size(text.section(1) + text.section(1)) > 0", "size([1] + [1]) > 0"}) {
      assertThatThrownBy(() -> RulePack.load(HEAD + rule("x.join", expr), "j.yaml"))
          .isInstanceOf(RulePackException.class)
          .hasMessageStartingWith("j.yaml:6:11: rule x.join: expr: found no matching overload for '_+_'");
    }
  }

  @Test
  void aPackNotInUtf8IsRefused(@TempDir Path dir) throws Exception {
    Path pack = dir.resolve("gbk.yaml");
    Files.write(pack, (HEAD + rule("x.gbk", "true")).replace("中", "\u4e2d").getBytes("GBK"));
    assertThatThrownBy(() -> RulePack.load(pack)).isInstanceOf(RulePackException.class)
        .hasMessage(pack + ": not UTF-8 text");
  }

  @Test
  void deeplyNestedYamlIsRefused() {
    String text = HEAD + "  - id: x.deep\n    severity: error\n    expr: 'true'\n    message: {zh: 中, en: en}\n"
        + "    basis: b\n    description: " + "[".repeat(100) + "]".repeat(100) + "\n";
    assertTimeoutPreemptively(BUDGET, () -> assertThatThrownBy(() -> RulePack.load(text, "deep.yaml"))
        .isInstanceOf(RulePackException.class)
        .hasMessageStartingWith("deep.yaml:"));
  }
}
