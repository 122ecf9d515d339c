package org.nianbao.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The message bundles: Chinese is the base bundle, English the only translation. The platform's
 * default locale never decides the language: a clerk's report in Chinese on an English machine
 * still gets Chinese unless English is asked for.
 */
public final class Messages {
  private static final String BUNDLE = "org.nianbao.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  // Read directly rather than through ResourceBundle.getBundle: its no-fallback Control (so the
  // default locale never picks the language) is refused in a named module. Each language is read
  // on first use, and the Chinese bundle once: a check in Chinese never parses the English one.
  private static final class Chinese {
    static final Messages MESSAGES = new Messages(Bundle.read("messages.properties", null), Locale.ROOT);
  }

  private static final class English {
    static final Messages MESSAGES =
        new Messages(Bundle.read("messages_en.properties", Chinese.MESSAGES.bundle), Locale.ENGLISH);
  }

  /** A properties bundle of this module; keys it lacks come from its parent. */
  private static final class Bundle extends PropertyResourceBundle {
    private Bundle(InputStream in, ResourceBundle parent) throws IOException {
      super(in);
      setParent(parent);
    }

    static ResourceBundle read(String name, ResourceBundle parent) {
      String path = "/org/nianbao/" + name;
      try (InputStream in = Messages.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(path + " is missing from nianbao's jar");
        }
        return new Bundle(in, parent);
      } catch (IOException e) {
        throw new UncheckedIOException(path + " cannot be read from nianbao's jar", e);
      }
    }
  }

  /** English for any English locale, Chinese for everything else. */
  public static Messages forLocale(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? English.MESSAGES : Chinese.MESSAGES;
  }

  public Locale locale() {
    return locale == Locale.ROOT ? Locale.CHINESE : locale;
  }

  /** The keys that start with a prefix, in this bundle or its parent, sorted (the page's words, say). */
  public java.util.SortedSet<String> keys(String prefix) {
    java.util.SortedSet<String> keys = new java.util.TreeSet<>();
    for (String key : bundle.keySet()) {
      if (key.startsWith(prefix)) {
        keys.add(key);
      }
    }
    return keys;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message " + key + " is missing from " + BUNDLE, e);
    }
  }

  /** Formats a message; arguments are pre-formatted strings, so no locale-dependent digit grouping. */
  public String format(String key, Object... arguments) {
    MessageFormat format = new MessageFormat(text(key), locale());
    return format.format(arguments);
  }
}
