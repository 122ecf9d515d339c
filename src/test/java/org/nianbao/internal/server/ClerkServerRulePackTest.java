package org.nianbao.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ReportValidator;
import org.nianbao.RulePack;

/** A server started with a rule pack (serve --rules) answers with the pack's findings, as check --rules does. */
class ClerkServerRulePackTest {
  private static final Path PACK = Path.of("examples/rulepacks/local-rules.yaml");

  @Test
  void aPacksFindingComesBackAsTheCommandLineGivesIt(@TempDir Path dir) throws Exception {
    // huaian-2024 (a city: 规章 1 issued, 11 in force) said to be a town's: js.t2.rules_township fails
    String json = Files.readString(Path.of("examples/huaian-2024.json"), StandardCharsets.UTF_8)
        .replace("\"unit\": \"淮安市人民政府\"", "\"unit\": \"淮安市淮安区车桥镇人民政府\"");
    assertThat(json).contains("车桥镇");
    Path file = Files.writeString(dir.resolve("town-2024.json"), json, StandardCharsets.UTF_8);
    RulePack pack = RulePack.load(PACK);
    Map<Locale, ReportValidator> validators = Map.of(
        Locale.CHINESE, ReportValidator.builder().locale(Locale.CHINESE).rules(pack).build(),
        Locale.ENGLISH, ReportValidator.builder().locale(Locale.ENGLISH).rules(pack).build());
    try (ClerkServer server = ClerkServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2,
        validators)) {
      String name = URLEncoder.encode(file.toString(), StandardCharsets.UTF_8);
      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(ServerFixture.uri(server, "/api/check?lang=en&name=" + name))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("\"rule\": \"js.t2.rules_township\"")
          .contains("A township has no power to make rules, yet table 2 reports 1 rules issued and 11 in force.");
      assertThat(answer.body()).isEqualTo(ServerFixture.cli("check", "--rules", PACK.toString(), "--lang", "en",
          "--format", "json", file.toString()));
    }
  }
}
