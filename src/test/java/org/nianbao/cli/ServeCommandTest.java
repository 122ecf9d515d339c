package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code nianbao serve}: what it refuses, before it would start serving, in one line and status 2. */
class ServeCommandTest {
  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliTest.Run run = CliTest.run("serve", "--port", "70000");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nianbao: --port must be 0 to 65535, not 70000\n");
  }

  @Test
  void aPortInUseIsOneLineNamingIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliTest.Run run = CliTest.run("serve", "--port", String.valueOf(taken.getLocalPort()));
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.err()).startsWith("nianbao: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
          .endsWith("\n").hasLineCount(1).doesNotContain("Exception");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void anUnknownAddressIsOneLine() {
    CliTest.Run run = CliTest.run("serve", "--bind", "no-such-host.invalid");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nianbao: --bind no-such-host.invalid: no such address\n");
  }

  @Test
  void noThreadsIsAUsageError() {
    CliTest.Run run = CliTest.run("serve", "--threads", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nianbao: --threads must be at least 1\n");
  }

  @Test
  void aPackThatDoesNotLoadStopsServeBeforeItListens() {
    CliTest.Run run = CliTest.run("serve", "--port", "0", "--rules", "no-such-pack.yaml");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("nianbao: no-such-pack.yaml").endsWith("\n").hasLineCount(1)
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }
}
