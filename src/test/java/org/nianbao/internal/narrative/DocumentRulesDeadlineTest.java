package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.nianbao.Report;
import org.nianbao.TimeLimitExceededException;
import org.nianbao.internal.Deadline;
import org.nianbao.testing.TestReports;

/** The rules on the report's opening stop when the time for the report is up, sentence by sentence. */
class DocumentRulesDeadlineTest {
  private static final Report REPORT = TestReports.example("huaian-2024");

  @Test
  void eachRuleStopsWhenTheTimeIsUp() {
    for (TextRule rule : new TextRule[] {new PeriodRule(), new SectionsRule(), new ActiveDisclosureRule()}) {
      assertThatThrownBy(() -> DocumentRuleRun.run(rule, REPORT, Deadline.after(Duration.ZERO), "本报告共分六个部分。"))
          .as(rule.rule().id()).isInstanceOf(TimeLimitExceededException.class);
    }
  }
}
