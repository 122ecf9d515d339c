package org.nianbao.internal.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.internal.Messages;
import org.nianbao.internal.html.HtmlReport;
import org.nianbao.internal.json.ReportJson;

/**
 * The page's files, from the jar: {@code index.html} with its words filled in from the message
 * bundles ({@code page.*} keys), {@code page.js}, {@code page.css}, the icon, and the words
 * themselves as JSON for the page's language switch. Every word of the page is in the bundles once.
 */
final class PageAssets {
  record Asset(String file, String type) {}

  private static final Map<String, Asset> ASSETS = Map.of(
      "/", new Asset("index.html", "text/html; charset=utf-8"),
      "/index.html", new Asset("index.html", "text/html; charset=utf-8"),
      "/page.js", new Asset("page.js", "text/javascript; charset=utf-8"),
      "/page.css", new Asset("page.css", "text/css; charset=utf-8"),
      "/icon.svg", new Asset("icon.svg", "image/svg+xml"),
      "/report.css", new Asset(null, "text/css; charset=utf-8"),
      "/api/words", new Asset(null, "application/json; charset=utf-8"));

  private static final Pattern WORD = Pattern.compile("\\{\\{([a-z][\\w.]*)}}");

  private final Map<String, String> files = new LinkedHashMap<>();

  Asset find(String path) {
    return ASSETS.get(path);
  }

  String content(Asset asset, Locale locale) {
    Messages messages = Messages.forLocale(locale);
    if (asset.file() == null) {
      // the tables are the HTML report's, styled as in the report itself
      return asset.type().startsWith("text/css") ? HtmlReport.styles() : words(messages);
    }
    String text = file(asset.file());
    if (!asset.file().equals("index.html")) {
      return text;
    }
    Matcher word = WORD.matcher(text);
    StringBuilder page = new StringBuilder();
    while (word.find()) {
      String key = word.group(1);
      String value = key.equals("lang") ? (locale.getLanguage().equals("en") ? "en" : "zh") : messages.text(key);
      word.appendReplacement(page, Matcher.quoteReplacement(escape(value)));
    }
    return word.appendTail(page).toString();
  }

  /** The page's words in one language, {@code {"page.title": "…", …}}. */
  private static String words(Messages messages) {
    Map<String, String> words = new LinkedHashMap<>();
    // the severities and the verdict as the command line words them
    for (String prefix : new String[] {"page.", "cli.severity.", "cli.summary."}) {
      for (String key : messages.keys(prefix)) {
        words.put(key, messages.text(key));
      }
    }
    try {
      return ReportJson.MAPPER.writeValueAsString(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized String file(String name) {
    return files.computeIfAbsent(name, PageAssets::read);
  }

  private static String read(String name) {
    String path = "/org/nianbao/web/" + name;
    try (InputStream in = PageAssets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from nianbao's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(path + " cannot be read from nianbao's jar", e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
