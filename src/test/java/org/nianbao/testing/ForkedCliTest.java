package org.nianbao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The forked runner itself: it must see what a user sees, and its one-line check must be able to fail. */
class ForkedCliTest {
  @Test
  void aMissingFileGivesStatusTwoAndOneLine() {
    ForkedCli.Result result = ForkedCli.nianbao("check", "no-such-report.json").run();
    result.hasStatus(2).hasOneLineError().tookLessThan(Duration.ofSeconds(60));
    assertThat(result.err()).startsWith("nianbao: ").contains("no-such-report.json");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void theOneLineCheckRefusesStackTracesAndSeveralLines() {
    assertThatThrownBy(() -> ForkedCli.assertOneLineError("first\nsecond\n")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> ForkedCli.assertOneLineError(
        "java.lang.IllegalStateException: boom\n")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> ForkedCli.assertOneLineError("boom\n\tat org.nianbao.X.y(X.java:1)\n"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> ForkedCli.assertOneLineError("")).isInstanceOf(AssertionError.class);
    ForkedCli.assertOneLineError("nianbao: a.json: is empty\n");
  }

  @Test
  void aRunPastItsLimitIsKilledAndMarkedTimedOut() {
    // starting a JVM alone takes longer than a millisecond
    ForkedCli.Result result = ForkedCli.nianbao("--version").timeout(Duration.ofMillis(1)).run();
    assertThat(result.timedOut()).isTrue();
    assertThat(result.status()).isEqualTo(-1);
  }
}
