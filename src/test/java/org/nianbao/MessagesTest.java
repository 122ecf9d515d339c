package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The two message bundles say the same things, and every rule has its title and basis in both. */
class MessagesTest {

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(load("messages_en.properties").stringPropertyNames())
        .isEqualTo(load("messages.properties").stringPropertyNames());
  }

  @Test
  void everyRuleHasATitleAndABasisCitingARegulationInBothLanguages() {
    for (Rule rule : Rule.values()) {
      for (Locale locale : new Locale[] {Locale.CHINESE, Locale.ENGLISH}) {
        assertThat(rule.title(locale)).as(rule.id()).isNotBlank();
        assertThat(rule.basis(locale)).as(rule.id()).containsAnyOf("国办公开办函", "条例", "Regulations");
      }
    }
  }

  @Test
  void theLanguageIsChineseUnlessEnglishIsAsked() {
    assertThat(Rule.T3_BALANCE.title(Locale.GERMAN)).isEqualTo(Rule.T3_BALANCE.title(Locale.CHINESE));
    assertThat(Rule.T3_BALANCE.title(Locale.US)).startsWith("Table 3");
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/org/nianbao/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @org.junit.jupiter.api.Test
  void aValidatorSaysTheLanguageItWritesNotTheOneAskedFor() {
    // only zh and en have messages: French gets Chinese, and the validator says so
    org.assertj.core.api.Assertions.assertThat(ReportValidator.builder().locale(java.util.Locale.FRENCH).build().locale())
        .isEqualTo(java.util.Locale.CHINESE);
    org.assertj.core.api.Assertions.assertThat(ReportValidator.builder().locale(java.util.Locale.UK).build().locale())
        .isEqualTo(java.util.Locale.ENGLISH);
    org.assertj.core.api.Assertions.assertThat(ReportValidator.create().locale()).isEqualTo(java.util.Locale.CHINESE);
  }
}
