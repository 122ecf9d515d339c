package org.nianbao.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundles: Chinese is the base bundle, English the only translation. The platform's
 * default locale never decides the language: a clerk's report in Chinese on an English machine
 * still gets Chinese unless English is asked for.
 */
public final class Messages {
  private static final String BUNDLE = "org.nianbao.messages";
  private static final Messages CHINESE = load(Locale.ROOT);
  private static final Messages ENGLISH = load(Locale.ENGLISH);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  private static Messages load(Locale locale) {
    ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES);
    return new Messages(ResourceBundle.getBundle(BUNDLE, locale, noFallback), locale);
  }

  /** English for any English locale, Chinese for everything else. */
  public static Messages forLocale(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
  }

  public Locale locale() {
    return locale == Locale.ROOT ? Locale.CHINESE : locale;
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
