package org.nianbao.cli;

import java.util.Locale;

/** {@code --lang}: the language of messages and labels. */
enum Language {
  zh(Locale.CHINESE),
  en(Locale.ENGLISH);

  final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }
}
