package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.nianbao.ReportValidator;
import org.nianbao.internal.server.ClerkServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the clerk's page: paste or drop a report, see the wrong cells in its tables, fix them.",
        "Also an HTTP API: POST a report's bytes to /api/check (the JSON of check --format json),"
            + " /api/report (canonical JSON) or /api/html (the HTML report)."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0 takes a free one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Mixin
  RuleOptions rules = new RuleOptions();

  @Option(names = "--threads", paramLabel = "N",
      description = "Reports checked at once (default: twice the number of processors).")
  Integer threads;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535 || threads != null && threads < 1) {
      err.println("nianbao: " + (threads != null && threads < 1 ? "--threads must be at least 1"
          : "--port must be 0 to 65535, not " + port));
      return Main.USAGE_OR_INPUT;
    }
    ClerkServer server;
    try {
      InetAddress address = InetAddress.getByName(bind);
      // the packs are loaded, and the rule ids checked, before the port is taken: a bad pack is exit 2
      Map<Locale, ReportValidator> validators = Map.of(Locale.CHINESE, rules.validator(Locale.CHINESE),
          Locale.ENGLISH, rules.validator(Locale.ENGLISH));
      server = ClerkServer.start(new InetSocketAddress(address, port),
          threads != null ? threads : 2 * Runtime.getRuntime().availableProcessors(), validators);
      if (!address.isLoopbackAddress()) {
        err.println("nianbao: listening on " + bind + ": anyone who can reach this machine can use the page");
      }
    } catch (UnknownHostException e) {
      err.println("nianbao: --bind " + Main.oneLine(bind) + ": no such address");
      return Main.USAGE_OR_INPUT;
    } catch (IOException e) {
      err.println("nianbao: cannot listen on " + Main.oneLine(bind) + ":" + port + ": " + Main.oneLine(e.getMessage()));
      return Main.USAGE_OR_INPUT;
    }
    InetSocketAddress listening = server.address();
    String host = listening.getAddress().getHostAddress();
    out.println("nianbao: the clerk's page is at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + listening.getPort() + "/ (Ctrl-C stops)");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    stopped.await();
    return Main.OK;
  }
}
