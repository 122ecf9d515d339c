package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.batch.BatchRun;

/** Errors in the user's words: no reader settings, no path said twice, no character changed silently (issue 9, item 14). */
class MessagesTest {
  private static final String XINGJING_UNIT = "银川市西夏区兴泾镇人民政府";

  @Test
  void jsonRefusalsDoNotNameTheReadersSettings(@TempDir Path dir) throws IOException {
    Path nan = Files.writeString(dir.resolve("nan.json"), "{\"year\": NaN}");
    assertThat(CliTest.run("check", nan.toString()).err())
        .isEqualTo("nianbao: " + nan + ": malformed JSON (line 1, column 13): Non-standard token 'NaN'\n");
    Path longName = Files.writeString(dir.resolve("name.json"), "{\"" + "a".repeat(60_000) + "\": 1}");
    assertThat(CliTest.run("check", longName.toString()).err())
        .isEqualTo("nianbao: " + longName + ": refused: a field name longer than 50000 characters\n");
    Path comment = Files.writeString(dir.resolve("comment.json"), "{/* a comment */}");
    CliTest.Run run = CliTest.run("check", comment.toString());
    assertThat(run.err()).isEqualTo("nianbao: " + comment
        + ": malformed JSON (line 1, column 2): Unexpected character ('/' (code 47)): maybe a (non-standard) comment?\n");
    for (Path p : new Path[] {nan, longName, comment}) {
      assertThat(CliTest.run("check", p.toString()).err())
          .doesNotContain("StreamReadConstraints").doesNotContain("JsonReadFeature").doesNotContain("Feature");
    }
  }

  @Test
  void aBatchNamesTheFileOnceBeforeTheReason(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("a.json"), "");
    CliTest.Run run = CliTest.run("batch", empty.toString());
    assertThat(run.out()).isEqualTo("共找到 1 个文件：读取 0 份报告，1 个无法读取；0 份通过，0 份有错误。\n"
        + "无法读取：\n  " + empty + ": is empty\n");
  }

  @Test
  void aFileEmptiedAfterItWasReadIsCheckedAsItWasRead(@TempDir Path dir) throws IOException {
    Path report = Files.copy(Path.of("examples/huaian-2024.json"), dir.resolve("a.json"));
    BatchRun run = new BatchRun(new BatchRun.Options(1, org.nianbao.ReportValidator.builder().locale(Locale.ROOT).build(), null));
    // told once the file has been read and checked: a batch that read it again would find it empty
    BatchRun.Summary summary = run.run(List.of(report), done -> {
      if (done == 1) {
        try {
          Files.writeString(report, "");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
    assertThat(summary.unreadable()).isEmpty();
    assertThat(summary.read()).isEqualTo(1);
    assertThat(summary.valid()).isEqualTo(1);
  }

  @Test
  void aLoneSurrogateIsAnUnreadableCharacterNotAQuestionMark(@TempDir Path dir) throws IOException {
    String json = Files.readString(Path.of("examples/xingjing-2020.json"));
    Path file = Files.writeString(dir.resolve("r.json"),
        json.replace("\"unit\": \"" + XINGJING_UNIT + "\"", "\"unit\": \"\\ud800" + XINGJING_UNIT + "\""));
    CliTest.Run run = CliTest.run("check", "--format", "json", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("nianbao: " + file
        + ": unreadable character (line 2, column 12): \\ud800 is half of a UTF-16 pair, not a character\n");
    // a whole pair is a character: 😀 spelled as two escapes reads as itself
    Path pair = Files.writeString(dir.resolve("pair.json"),
        json.replace("\"unit\": \"" + XINGJING_UNIT + "\"", "\"unit\": \"\\ud83d\\ude00" + XINGJING_UNIT + "\""));
    CliTest.Run ok = CliTest.run("check", pair.toString());
    assertThat(ok.status()).isZero();
    assertThat(ok.out()).startsWith(pair + "：😀" + XINGJING_UNIT + " 2020 年度报告");
  }
}
