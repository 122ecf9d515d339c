package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.testing.ForkedCli;

/** What a report or a file name holds cannot drive the terminal or break a line (issue 9, item 13). */
class TerminalSafetyTest {
  private static final String XINGJING_UNIT = "银川市西夏区兴泾镇人民政府";
  /** Clears the screen, turns the line around, ends it and forges another. */
  private static final String HOSTILE = "\u001b[2J\u202e\r\n\u2066\u0085\u2028";
  private static final String HOSTILE_ESCAPED = "\\u001b[2J\\u202e\\r\\n\\u2066\\u0085\\u2028";

  @Test
  void controlsBidiAndLoneSurrogatesAreEscapedAndTheRestKept() {
    assertThat(Terminal.escape("a\u001bb\tc\u007f\u009b\u200e\u200f\u061c\u202a\u2069\ud800好😀"))
        .isEqualTo("a\\u001bb\\tc\\u007f\\u009b\\u200e\\u200f\\u061c\\u202a\\u2069\\ud800好😀");
    assertThat(Terminal.escape("淮安市人民政府 2024 年（2021 版格式）")).isEqualTo("淮安市人民政府 2024 年（2021 版格式）");
    assertThat(Terminal.escape(HOSTILE)).isEqualTo(HOSTILE_ESCAPED);
  }

  @Test
  void aUnitNameIsEscapedInTextAndJsonOutput(@TempDir Path dir) throws IOException {
    String json = Files.readString(Path.of("examples/xingjing-2020.json"));
    assertThat(json).contains("\"unit\": \"" + XINGJING_UNIT + "\"");
    String hostileJson = HOSTILE.replace("\u001b", "\\u001b").replace("\r", "\\r").replace("\n", "\\n");
    Path file = Files.writeString(dir.resolve("r.json"),
        json.replace("\"unit\": \"" + XINGJING_UNIT + "\"", "\"unit\": \"" + hostileJson + XINGJING_UNIT + "\""));
    CliTest.Run text = CliTest.run("check", file.toString());
    assertThat(text.out().lines().findFirst().orElseThrow())
        .isEqualTo(file + "：" + HOSTILE_ESCAPED + XINGJING_UNIT + " 2020 年度报告（2019 版格式）");
    assertThat(text.out()).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\r");

    CliTest.Run asJson = CliTest.run("check", "--format", "json", file.toString());
    assertThat(asJson.out()).contains("\"unit\": \"\\u001B[2J\\u202e\\r\\n\\u2066\\u0085\\u2028" + XINGJING_UNIT + "\"")
        .doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u2066").doesNotContain("\u0085");
    JsonNode back = ReportJson.MAPPER.readTree(asJson.out());
    assertThat(back.at("/report/unit").asText()).isEqualTo(HOSTILE + XINGJING_UNIT); // the same string to a program
  }

  @Test
  void aFileNameIsEscapedInErrorsAndInTheBatchSummary(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a\n\u001b[31mb\u202e.json"), "");
    String shown = dir + "/a\\n\\u001b[31mb\\u202e.json";
    ForkedCli.Result check = ForkedCli.nianbao("check", file.toString()).run().hasStatus(2).hasOneLineError();
    assertThat(check.err()).isEqualTo("nianbao: " + shown + ": is empty\n");
    CliTest.Run batch = CliTest.run("batch", dir.toString());
    assertThat(batch.out()).isEqualTo("共找到 1 个文件：读取 0 份报告，1 个无法读取；0 份通过，0 份有错误。\n"
        + "无法读取：\n  " + shown + ": is empty\n");
  }
}
