package org.nianbao.internal.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.cli.Main;

/** What the server tests share: a server on a free port of 127.0.0.1, and the command line's answers. */
final class ServerFixture {
  private ServerFixture() {}

  static ClerkServer start() throws IOException {
    return ClerkServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
  }

  static URI uri(ClerkServer server, String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
  }

  /** What {@code nianbao ARGS} prints on standard output. */
  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return out.toString();
  }

  /** examples/huaian-2024.txt with row 一 of table 三, 商业企业, 53 changed to 54 (line 41). */
  static String huaianWithOneCellChanged() throws IOException {
    String text = Files.readString(Path.of("examples/huaian-2024.txt"), StandardCharsets.UTF_8);
    String row = "一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119";
    if (!text.contains(row)) {
      throw new IllegalStateException("examples/huaian-2024.txt no longer has the row " + row);
    }
    return text.replace(row, "一、本年新收政府信息公开申请数量 | 3001 | 54 | 0 | 0 | 61 | 4 | 3119");
  }
}
