package org.nianbao.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Reports;
import org.nianbao.testing.DocxRendering;

/**
 * The HTTP API without a browser: the answers equal the command line's for the same bytes and
 * source name, and every refusal has its status and one line of JSON.
 */
class ClerkServerApiTest {
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static ClerkServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir
  Path dir;

  @BeforeAll
  static void start() throws IOException {
    server = ServerFixture.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private HttpResponse<String> post(String pathAndQuery, String type, byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(ServerFixture.uri(server, pathAndQuery))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String name(Path file) {
    return URLEncoder.encode(file.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void checkAnswersExactlyWhatCheckFormatJsonPrintsForTheSameFile() throws Exception {
    Path changed = Files.writeString(dir.resolve("huaian 2024.txt"), ServerFixture.huaianWithOneCellChanged());
    Path docx = Files.write(dir.resolve("huaian.docx"),
        DocxRendering.render(Reports.load(Path.of("examples/huaian-2024.json")).report()));
    Object[][] inputs = {
        {changed, "text/plain; charset=utf-8"},
        {Path.of("examples/huaian-2024.json"), "application/json"},
        {Path.of("examples/xingjing-2020.txt"), "text/plain"},
        {docx, DOCX}};
    for (Object[] input : inputs) {
      Path file = (Path) input[0];
      byte[] bytes = Files.readAllBytes(file);
      for (String lang : new String[] {"zh", "en"}) {
        HttpResponse<String> answer = post("/api/check?lang=" + lang + "&name=" + name(file), (String) input[1], bytes);
        assertThat(answer.statusCode()).as(file + " " + lang).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(answer.body()).as(file + " " + lang)
            .isEqualTo(ServerFixture.cli("check", "--format", "json", "--lang", lang, file.toString()));
      }
    }
    // the changed cell is found: two errors, both fixed by setting 商业企业 back to 53
    String answer = post("/api/check?name=" + name(changed), "text/plain", Files.readAllBytes(changed)).body();
    assertThat(answer).contains("\"valid\": false", "\"error\": 2", "\"rule\": \"t3.row_total\"",
        "\"rule\": \"t3.balance\"");
  }

  @Test
  void withoutANameTheUploadIsCalledUploadAndEnglishComesFromAcceptLanguage() throws Exception {
    byte[] text = Files.readAllBytes(Path.of("examples/xingjing-2020.txt"));
    HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(ServerFixture.uri(server, "/api/check"))
        .header("Content-Type", "text/plain").header("Accept-Language", "en-GB,en;q=0.8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(text)).build(), HttpResponse.BodyHandlers.ofString());
    Path file = Files.write(dir.resolve("upload"), text);
    assertThat(answer.body()).isEqualTo(ServerFixture.cli("check", "--format", "json", "--lang", "en", file.toString())
        .replace(file.toString(), "upload"));
  }

  @Test
  void reportAnswersTheCanonicalJsonThatExtractPrints() throws Exception {
    Path file = Files.writeString(dir.resolve("huaian.txt"), ServerFixture.huaianWithOneCellChanged());
    HttpResponse<String> answer = post("/api/report?name=" + name(file), "text/plain", Files.readAllBytes(file));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(ServerFixture.cli("extract", file.toString()));
    assertThat(answer.body()).contains("\"commercialEnterprise\": 54");
  }

  @Test
  void htmlAnswersAWholeDocumentOrTheFragmentWithEveryCellPointedAt() throws Exception {
    byte[] text = ServerFixture.huaianWithOneCellChanged().getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> whole = post("/api/html?name=huaian.txt", "text/plain", text);
    HttpResponse<String> fragment = post("/api/html?name=huaian.txt&fragment=true", "text/plain", text);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(whole.body()).startsWith("<!DOCTYPE html>");
    assertThat(fragment.body()).doesNotContain("<html").contains("data-pointer=\"/applications/newRequests/total\"");
    assertThat(fragment.body()).contains("data-fix=\"53\"");
  }

  @Test
  void scriptInAReportComesBackEscaped() throws Exception {
    String row = "一、本年新收政府信息公开申请数量 | 3001 | 54 | 0 | 0 | 61 | 4 | 3119";
    String text = ServerFixture.huaianWithOneCellChanged().replace(row, row + "<script>alert(1)</script>");
    for (String fragment : new String[] {"false", "true"}) {
      HttpResponse<String> answer = post("/api/html?name=" + URLEncoder.encode("<script>x.txt", StandardCharsets.UTF_8)
          + "&fragment=" + fragment, "text/plain", text.getBytes(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body().toLowerCase()).doesNotContain("<script");
      assertThat(answer.body()).contains("&lt;script");
    }
  }

  @Test
  void badJsonIs400WithOneLine() throws Exception {
    HttpResponse<String> answer = post("/api/check?name=r.json", "application/json",
        "{\"unit\": \"淮安市人民政府\",\n \"year\": ".getBytes(StandardCharsets.UTF_8));
    assertOneLineError(answer, 400);
    assertThat(answer.body()).contains("r.json: is not well-formed JSON (line 2");
  }

  @Test
  void badParametersAre400() throws Exception {
    byte[] text = "x".getBytes(StandardCharsets.UTF_8);
    assertOneLineError(post("/api/check?lang=fr", "text/plain", text), 400);
    assertOneLineError(post("/api/html?fragment=yes", "text/plain", text), 400);
    assertOneLineError(post("/api/check?name=a&name=b", "text/plain", text), 400);
    assertOneLineError(post("/api/check?name=a%0Ab.txt", "text/plain", text), 400);
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405() throws Exception {
    assertOneLineError(post("/api/validate", "text/plain", new byte[1]), 404);
    assertOneLineError(post("/nothing-here", "text/plain", new byte[1]), 404);
    HttpResponse<String> get = CLIENT.send(HttpRequest.newBuilder(ServerFixture.uri(server, "/api/check")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertOneLineError(get, 405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertOneLineError(post("/page.js", "text/plain", new byte[1]), 405);
  }

  @Test
  void anUnknownTypeIs415() throws Exception {
    assertOneLineError(post("/api/check", "image/png", new byte[] {1, 2, 3}), 415);
    assertOneLineError(post("/api/check?name=report.xlsx", "application/octet-stream", new byte[] {1}), 415);
    assertOneLineError(post("/api/check", null, new byte[] {1}), 415);
    // untyped bytes named as a report are taken, and read by their content
    HttpResponse<String> named = post("/api/check?name=report.txt", "application/octet-stream",
        Files.readAllBytes(Path.of("examples/xingjing-2020.txt")));
    assertThat(named.statusCode()).isEqualTo(200);
  }

  @Test
  void anUnreadableReportIs422NamingTheUpload() throws Exception {
    HttpResponse<String> answer = post("/api/check?name=notes.txt", "text/plain",
        "会议纪要\n今天开会。".getBytes(StandardCharsets.UTF_8));
    assertOneLineError(answer, 422);
    assertThat(answer.body()).startsWith("{\"error\":\"notes.txt: ");
    HttpResponse<String> zip = post("/api/check?name=a.docx", DOCX, new byte[] {'P', 'K', 3, 4, 0, 0});
    assertOneLineError(zip, 422);
    // JSON that parses but is no report: unreadable, not malformed
    assertOneLineError(post("/api/check?name=r.json", "application/json", "{\"a\": 1}".getBytes()), 422);
  }

  @Test
  void aDeclaredLengthOverTheLimitIs413BeforeTheBodyIsRead() throws Exception {
    String answer = raw("POST /api/check?name=big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
        + "Content-Length: " + (Reports.MAX_INPUT_BYTES + 1) + "\r\nConnection: close\r\n\r\n", 0);
    assertThat(answer).startsWith("HTTP/1.1 413 ");
    assertThat(body(answer)).isEqualTo("{\"error\":\"big.txt: is 33554433 bytes; reports larger than 33554432 bytes"
        + " (32 MiB, input size) are refused\"}\n");
  }

  @Test
  void aBodyOverTheLimitIs413WithoutAContentLengthToTrust() throws Exception {
    // chunked: the length is not known before the body is read, and is counted as it is read
    String answer = raw("POST /api/check?name=big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", Reports.MAX_INPUT_BYTES + 1);
    assertThat(answer).startsWith("HTTP/1.1 413 ");
    assertThat(body(answer)).isEqualTo("{\"error\":\"big.txt: is more than 33554432 bytes; reports larger than"
        + " 33554432 bytes (32 MiB, input size) are refused\"}\n");
    // and the server goes on answering
    assertThat(post("/api/check?name=x.txt", "text/plain", Files.readAllBytes(Path.of("examples/xingjing-2020.txt")))
        .statusCode()).isEqualTo(200);
  }

  @Test
  void aContentLengthThatContradictsTheChunkedBodyIsRefusedBeforeTheApiSeesIt() throws Exception {
    // a request that claims 10 bytes and sends its body in chunks: the JDK's server refuses it
    String answer = raw("POST /api/check?name=big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
        + "Content-Length: 10\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n", 0);
    assertThat(answer).startsWith("HTTP/1.1 400 ").doesNotContain("\tat ");
  }

  @Test
  void answersAreNotCachedAndThePageRunsNoInlineScript() throws Exception {
    HttpResponse<String> check = post("/api/check?name=x.txt", "text/plain",
        Files.readAllBytes(Path.of("examples/xingjing-2020.txt")));
    assertThat(check.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(check.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'");
    assertThat(check.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(ServerFixture.uri(server, "/?lang=en")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'");
    assertThat(page.body()).contains("<html lang=\"en\">", "<title>Annual report check</title>")
        .doesNotContain("{{").doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("http://", "https://");
  }

  private static void assertOneLineError(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(answer.body()).matches("\\{\"error\":\"[^\\n]+\"}\\n").doesNotContain("\tat ", "Exception");
  }

  /** Sends a request by hand, then {@code bodyBytes} of body in chunks; the whole answer as text. */
  private String raw(String head, long bodyBytes) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      try {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) '0');
        for (long sent = 0; sent < bodyBytes; ) {
          int n = (int) Math.min(chunk.length, bodyBytes - sent);
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk, 0, n);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          sent += n;
        }
        if (bodyBytes > 0) {
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
      } catch (java.net.SocketException answeredEarly) {
        // the server may answer, and close, before the whole body is sent: its answer is still read
      }
      return answer(socket.getInputStream());
    }
  }

  /**
   * The answer's head and as much body as its Content-Length says; the server closes the connection
   * only when the client does, after draining what the client still sends.
   */
  private static String answer(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    String text = head.toString(StandardCharsets.US_ASCII);
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(text);
    byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
    return text + new String(body, StandardCharsets.UTF_8);
  }

  private static String body(String answer) {
    return answer.substring(answer.indexOf("\r\n\r\n") + 4);
  }
}
