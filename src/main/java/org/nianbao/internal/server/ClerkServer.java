package org.nianbao.internal.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.nianbao.ReportDocument;
import org.nianbao.ReportReadException;
import org.nianbao.ReportValidator;
import org.nianbao.Reports;
import org.nianbao.TimeLimitExceededException;
import org.nianbao.ValidationResult;
import org.nianbao.internal.Limits;
import org.nianbao.internal.html.HtmlReport;

/**
 * {@code nianbao serve}: the clerk's page and the HTTP API it posts to, on the JDK's own server.
 *
 * <p>The API answers what the command line prints for the same bytes and source name: {@code
 * /api/check} the JSON of {@code check --format json}, {@code /api/report} the canonical JSON of
 * {@code extract}, {@code /api/html} the HTML report. Nothing is written to disk and nothing is
 * fetched; every asset of the page comes from the jar.
 */
public final class ClerkServer implements AutoCloseable {
  /** Requests waiting for a thread; past this the server's own thread runs them, slowing new arrivals. */
  private static final int QUEUE = 256;

  private final HttpServer http;
  private final ThreadPoolExecutor pool;
  private final PageAssets assets = new PageAssets();
  /** One validator per language, shared by every request: a validator is thread-safe. */
  private final Map<Locale, ReportValidator> validators;

  private ClerkServer(HttpServer http, ThreadPoolExecutor pool, Map<Locale, ReportValidator> validators) {
    this.http = http;
    this.pool = pool;
    this.validators = validators;
  }

  /** Starts serving with the catalog's rules as they are; see {@link #start(InetSocketAddress, int, Map)}. */
  public static ClerkServer start(InetSocketAddress address, int threads) throws IOException {
    return start(address, threads, Map.of(
        Locale.CHINESE, ReportValidator.builder().locale(Locale.CHINESE).build(),
        Locale.ENGLISH, ReportValidator.builder().locale(Locale.ENGLISH).build()));
  }

  /**
   * Starts serving on an address; port 0 takes a free one (see {@link #address()}).
   *
   * @param address where to listen, 127.0.0.1 unless the user asked otherwise
   * @param threads how many requests are worked on at once
   * @param validators the validator of each language, {@link Locale#CHINESE} and {@link
   *     Locale#ENGLISH}: configured as the command line asks (rules disabled, severities, rule packs)
   */
  public static ClerkServer start(InetSocketAddress address, int threads, Map<Locale, ReportValidator> validators)
      throws IOException {
    Objects.requireNonNull(validators.get(Locale.CHINESE), "a Chinese validator");
    Objects.requireNonNull(validators.get(Locale.ENGLISH), "an English validator");
    // A client that stops sending in the middle of a request would otherwise hold a thread for
    // ever: the JDK's server reads these once, when it is first used (seconds).
    System.setProperty("sun.net.httpserver.maxReqTime",
        System.getProperty("sun.net.httpserver.maxReqTime", String.valueOf(2 * Reports.TIME_PER_REPORT.toSeconds())));
    // small answers, sent at once: without it each waits for the client's delayed acknowledgement
    System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
    System.setProperty("sun.net.httpserver.maxRspTime",
        System.getProperty("sun.net.httpserver.maxRspTime", String.valueOf(2 * Reports.TIME_PER_REPORT.toSeconds())));
    HttpServer http = HttpServer.create(address, 0);
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(QUEUE), task -> {
          Thread thread = new Thread(task, "nianbao-serve");
          thread.setDaemon(true);
          return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    ClerkServer server = new ClerkServer(http, pool, Map.copyOf(validators));
    http.createContext("/", server::handle);
    http.setExecutor(pool);
    http.start();
    return server;
  }

  /** The address the server listens on, with the port it was given. */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  @Override
  public void close() {
    http.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        route(exchange);
      } catch (HttpProblem problem) {
        sendError(exchange, problem.status, problem.getMessage());
      } catch (RuntimeException | StackOverflowError bug) {
        // a fault of ours, not the user's: one line, as the command line gives it
        sendError(exchange, 500, "internal error: " + bug.getClass().getSimpleName()
            + (bug.getMessage() == null ? "" : ": " + bug.getMessage()));
      }
    }
  }

  private void route(HttpExchange exchange) throws HttpProblem, IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.startsWith("/api/") && !path.equals("/api/words")) {
      Answer answer = switch (path) {
        case "/api/check" -> Answer.CHECK;
        case "/api/report" -> Answer.REPORT;
        case "/api/html" -> Answer.HTML;
        default -> throw new HttpProblem(404, "no such endpoint: " + path
            + " (POST /api/check, /api/report or /api/html)");
      };
      requireMethod(exchange, "POST");
      answer(exchange, answer);
      return;
    }
    PageAssets.Asset asset = assets.find(path);
    if (asset == null) {
      throw new HttpProblem(404, "not found: " + path);
    }
    requireMethod(exchange, "GET");
    // the page is Chinese unless asked for in English, whatever language the browser prefers
    Locale locale = Upload.locale(query(exchange, "lang"), null);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    send(exchange, 200, asset.type(), assets.content(asset, locale));
  }

  private static void requireMethod(HttpExchange exchange, String method) throws HttpProblem {
    if (!exchange.getRequestMethod().equals(method)) {
      exchange.getResponseHeaders().set("Allow", method);
      throw new HttpProblem(405, exchange.getRequestMethod() + " is not allowed on "
          + exchange.getRequestURI().getPath() + ": use " + method);
    }
  }

  private enum Answer { CHECK, REPORT, HTML }

  private void answer(HttpExchange exchange, Answer answer) throws HttpProblem, IOException {
    Upload upload = Upload.describe(exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders())
        .read(exchange.getRequestHeaders(), exchange.getRequestBody());
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    ReportDocument document;
    try (InputStream in = new ByteArrayInputStream(upload.bytes())) {
      document = Reports.load(in, upload.source());
    } catch (ReportReadException e) {
      throw new HttpProblem(422, e.getMessage());
    }
    if (answer == Answer.REPORT) {
      send(exchange, 200, "application/json; charset=utf-8", Reports.toJson(document.report()));
      return;
    }
    ValidationResult result;
    try {
      result = validators.get(upload.locale()).validate(document);
    } catch (TimeLimitExceededException e) {
      throw new HttpProblem(504, e.getMessage() == null ? upload.source() + ": took longer than "
          + Limits.seconds(Reports.TIME_PER_REPORT) + " (time per report) to check" : e.getMessage());
    }
    if (answer == Answer.CHECK) {
      send(exchange, 200, "application/json; charset=utf-8", result.toJson(upload.source()));
    } else {
      send(exchange, 200, "text/html; charset=utf-8", upload.fragment()
          ? HtmlReport.fragment(result, upload.source(), upload.locale())
          : HtmlReport.document(result, upload.source(), upload.locale()));
    }
  }

  private static String query(HttpExchange exchange, String name) throws HttpProblem {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return null;
    }
    for (String pair : raw.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }

  private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    StringWriter json = new StringWriter();
    try (JsonGenerator gen = org.nianbao.internal.json.ReportJson.MAPPER.getFactory().createGenerator(json)) {
      gen.writeStartObject();
      gen.writeStringField("error", oneLine(message));
      gen.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    send(exchange, status, "application/json; charset=utf-8", json + "\n");
  }

  /** A message on one line: a wrapped message's line breaks become spaces. */
  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Content-Security-Policy", "default-src 'self'");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
