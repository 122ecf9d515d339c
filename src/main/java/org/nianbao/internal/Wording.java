package org.nianbao.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nianbao.Finding;
import org.nianbao.RuleDefinition;

/**
 * Words a finding: the one place where a message key and its arguments become text in a language.
 * A key is looked up in the rule's own wording first (a local rule's messages), then in the
 * bundles. Arguments are written out before formatting, so that no number gets locale-dependent
 * digit grouping.
 */
public final class Wording {
  private Wording() {}

  /** The message of a finding, citing the rule's basis. */
  public static String message(RuleDefinition rule, String key, List<Object> arguments, Locale locale) {
    Messages messages = Messages.forLocale(locale);
    Locale language = messages.locale();
    String text = format(pattern(rule, key, language), arguments, rule, language);
    return new MessageFormat(messages.text("basis"), language)
        .format(new Object[] {text, rule.basis(language)});
  }

  /** A part of a message from the bundles alone, e.g. a cell's label, in a language. */
  public static String phrase(Finding.Phrase phrase, Locale locale) {
    return write(phrase, null, Messages.forLocale(locale).locale());
  }

  private static String format(String pattern, List<Object> arguments, RuleDefinition rule, Locale language) {
    Object[] written = new Object[arguments.size()];
    for (int i = 0; i < written.length; i++) {
      written[i] = write(arguments.get(i), rule, language);
    }
    return new MessageFormat(pattern, language).format(written);
  }

  private static String write(Object argument, RuleDefinition rule, Locale language) {
    if (argument instanceof String s) {
      return s;
    }
    if (argument instanceof BigDecimal n) {
      return Numbers.plain(n);
    }
    if (argument instanceof Number n) {
      return n.toString();
    }
    if (argument instanceof Finding.Phrase p) {
      String pattern = pattern(rule, p.key(), language);
      // a bare phrase is text as written; only one with arguments is a pattern
      return p.arguments().isEmpty() ? pattern : format(pattern, p.arguments(), rule, language);
    }
    Finding.PhraseList list = (Finding.PhraseList) argument;
    List<String> items = new ArrayList<>(list.items().size());
    list.items().forEach(item -> items.add(write(item, rule, language)));
    return String.join(pattern(rule, list.separatorKey(), language), items);
  }

  /** The wording of a key: the rule's own, else the bundles'; {@code rule} is null for the bundles alone. */
  private static String pattern(RuleDefinition rule, String key, Locale language) {
    Optional<String> own = rule == null ? Optional.empty() : rule.message(key, language);
    return own.orElseGet(() -> {
      Messages messages = Messages.forLocale(language);
      if (!messages.has(key)) {
        throw new IllegalStateException((rule == null ? "the bundles have" : "rule " + rule.id() + " has")
            + " no message " + key + " in " + language.getDisplayLanguage(Locale.ENGLISH));
      }
      return messages.text(key);
    });
  }
}
