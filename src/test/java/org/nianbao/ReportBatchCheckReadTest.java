package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportBatch#checkRead}: each outcome with the document read, so that its cells' places need no second read. */
class ReportBatchCheckReadTest {
  @TempDir
  Path dir;

  @Test
  void eachOutcomeComesWithItsDocumentAndAnUnreadableFileWithNone() throws Exception {
    Path text = Files.copy(Path.of("examples/huaian-2024.txt"), dir.resolve("a.txt"));
    Path broken = Files.writeString(dir.resolve("b.json"), "{\"unit\": ");
    List<String> seen = new ArrayList<>();
    List<Integer> steps = new ArrayList<>();
    ReportBatch.builder().addFile(text).addFile(broken).build().checkRead((outcome, document) -> {
      if (outcome.result() != null) {
        // examples/huaian-2024.txt line 41: 一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119
        seen.add(outcome.source() + " " + document.location("/applications/newRequests/total").orElseThrow().line());
      } else {
        seen.add(outcome.source() + " " + document);
      }
    }, steps::add);
    assertThat(seen).containsExactly(text + " 41", broken + " null");
    assertThat(steps).containsExactly(1, 2, 3, 4);
  }
}
