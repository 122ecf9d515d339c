package org.nianbao.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clerks at once, against 127.0.0.1 only: 8 clients send 2,000 reports in all, within a time
 * cap; every answer is the command line's JSON for the same input. The rate goes to
 * target/serve-load.txt (and into BENCHMARKS.md by hand).
 */
class ClerkServerLoadTest {
  private static final int CLIENTS = 8;
  private static final int REQUESTS = 2_000;
  private static final Duration CAP = Duration.ofMinutes(3);

  @TempDir
  Path dir;

  @Test
  void eightClientsSendTwoThousandReportsAndEveryAnswerIsTheCommandLines() throws Exception {
    List<Path> files = List.of(Path.of("examples/huaian-2024.txt"), Path.of("examples/xingjing-2020.txt"),
        Path.of("examples/huaian-2024.json"),
        Files.writeString(dir.resolve("changed.txt"), ServerFixture.huaianWithOneCellChanged()));
    List<byte[]> bodies = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Path file : files) {
      bodies.add(Files.readAllBytes(file));
      expected.add(ServerFixture.cli("check", "--format", "json", file.toString()));
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    try (ClerkServer server = ServerFixture.start()) {
      HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(clients.submit(() -> {
          for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
            int input = i % files.size();
            HttpRequest request = HttpRequest.newBuilder(ServerFixture.uri(server, "/api/check?name="
                    + URLEncoder.encode(files.get(input).toString(), StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(input))).build();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !answer.body().equals(expected.get(input))) {
              wrong.incrementAndGet();
            }
          }
          return null;
        }));
      }
      clients.shutdown();
      assertThat(clients.awaitTermination(CAP.toSeconds(), TimeUnit.SECONDS)).as("done within " + CAP).isTrue();
      for (Future<?> client1 : running) {
        client1.get(); // a client's exception fails the test
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(wrong.get()).isZero();
      String rate = String.format(Locale.ROOT, "%d requests from %d clients in %.2f s: %.0f requests/s (%s cores)%n",
          REQUESTS, CLIENTS, seconds, REQUESTS / seconds, Runtime.getRuntime().availableProcessors());
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target/serve-load.txt"), rate);
      System.out.print("ClerkServerLoadTest: " + rate);
    }
  }
}
