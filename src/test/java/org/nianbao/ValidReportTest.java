package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.TestReports;

/**
 * {@link ValidReport} under Hibernate Validator: one violation per cell, the rule id in the
 * template and the payload, the language from the interpolator. The test JVM runs in en_US.
 */
class ValidReportTest {
  /** huaian-2024's table 4 review row is upheld 72, corrected 64, other 178, pending 37: 351. */
  private static final Report REVIEW_TOTAL_350 =
      TestReports.with(TestReports.tables("huaian-2024"), Map.of("/reviewLitigation/review/total", 350));
  private static final List<String> REVIEW_ROW = List.of("reviewLitigation.review.upheld",
      "reviewLitigation.review.corrected", "reviewLitigation.review.other", "reviewLitigation.review.pending",
      "reviewLitigation.review.total");
  private static final String ZH_T4 = "「表四 行政复议」：总计为 350，而结果维持、结果纠正、其他结果、尚未审结之和为 351（相差 -1）";
  private static final String EN_T4 =
      "Table 4, administrative review: the total is 350, but upheld, corrected, other and pending add up to 351 (off by -1)";

  /**
   * What a web service receives: the report inside an upload. {@code Report} carries {@code
   * @ValidReport} itself, so {@code @Valid} brings both its rules and its cells' constraints.
   */
  record Upload(@Valid Report report) {}

  /**
   * A holder that asks for warnings too, in English. Without {@code @Valid}: with it, the
   * report's own {@code @ValidReport} would report its errors a second time.
   */
  record StrictEnglishUpload(@ValidReport(threshold = Severity.WARNING, language = "en") Report report) {}

  @Test
  void aFindingWithFiveCellsIsFiveViolationsEachCarryingTheRuleAndTheFinding() {
    withValidator(Function.identity(), validator -> {
      Set<ConstraintViolation<Report>> violations = validator.validate(REVIEW_TOTAL_350);
      assertThat(violations).extracting(v -> v.getPropertyPath().toString())
          .containsExactlyInAnyOrderElementsOf(REVIEW_ROW);
      assertThat(violations).allSatisfy(v -> {
        assertThat(v.getMessageTemplate()).isEqualTo("{nianbao.t4.total}");
        assertThat(v.getMessage()).startsWith(EN_T4);
        HibernateConstraintViolation<?> hibernate = v.unwrap(HibernateConstraintViolation.class);
        Finding finding = hibernate.getDynamicPayload(Finding.class);
        assertThat(finding.rule()).isEqualTo(Rule.T4_TOTAL);
        assertThat(finding.pointers()).contains("/" + v.getPropertyPath().toString().replace('.', '/'));
      });
    });
  }

  @Test
  void hibernatesDefaultLocaleChoosesChineseForRulesAndCellConstraintsAlike() {
    Report report = TestReports.with(REVIEW_TOTAL_350,
        Map.of("/activeDisclosure/licensing/administrativeLicensing/decisions", "{x} ${y}"));
    withValidator(c -> c.defaultLocale(Locale.CHINA), validator -> {
      Map<String, String> messages = messagesByPath(validator.validate(report));
      assertThat(messages).containsEntry("activeDisclosure.licensing.administrativeLicensing.decisions",
          "应为数量：零或正整数；不适用的填“/”");
      assertThat(messages).hasSize(6);
      REVIEW_ROW.forEach(cell -> assertThat(messages.get(cell)).startsWith(ZH_T4));
    });
  }

  @Test
  void theJvmsDefaultLocaleChoosesTheLanguageOfAFactoryBuiltAfterIt() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      withValidator(Function.identity(), validator -> assertThat(messagesByPath(validator.validate(REVIEW_TOTAL_350))
          .get("reviewLitigation.review.total")).startsWith(ZH_T4));
      Locale.setDefault(Locale.UK);
      withValidator(Function.identity(), validator -> assertThat(messagesByPath(validator.validate(REVIEW_TOTAL_350))
          .get("reviewLitigation.review.total")).startsWith(EN_T4));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anInterpolatorAskedForALocaleUsesIt() {
    // as Spring's LocaleContextMessageInterpolator does with the request's Accept-Language
    MessageInterpolator hibernate = new ResourceBundleMessageInterpolator();
    MessageInterpolator chinese = new FixedLocale(hibernate, Locale.SIMPLIFIED_CHINESE);
    withValidator(c -> c.messageInterpolator(chinese), validator -> assertThat(
        messagesByPath(validator.validate(REVIEW_TOTAL_350)).get("reviewLitigation.review.upheld")).startsWith(ZH_T4));
  }

  @Test
  void anApplicationRewordsOneRuleInItsOwnBundleInEachLanguage() {
    // its bundle is English at the root and Chinese in _zh, as an application's must be for a JVM in en_US
    MessageInterpolator application = new ResourceBundleMessageInterpolator(
        new PlatformResourceBundleLocator("org/nianbao/beanvalidation/ApplicationMessages"));
    withValidator(c -> c.messageInterpolator(application), validator -> assertThat(
        messagesByPath(validator.validate(REVIEW_TOTAL_350)))
        .containsEntry("reviewLitigation.review.total", "Table 4 does not add up (t4.total) at /reviewLitigation/review/total")
        .containsEntry("reviewLitigation.review.upheld",
            "Table 4 does not add up (t4.total) at /reviewLitigation/review/upheld"));
    MessageInterpolator chinese = new FixedLocale(application, Locale.SIMPLIFIED_CHINESE);
    withValidator(c -> c.messageInterpolator(chinese), validator -> assertThat(
        messagesByPath(validator.validate(REVIEW_TOTAL_350)))
        .containsEntry("reviewLitigation.review.total", "合计不符（t4.total）：表四 行政复议 × 总计"));
  }

  @Test
  void anApplicationsWordingUsesTheFindingsValues() {
    // the review row adds up to 351 where its total says 350: expected 351, actual 350
    MessageInterpolator application = new ResourceBundleMessageInterpolator(
        new PlatformResourceBundleLocator("org/nianbao/beanvalidation/ParameterMessages"));
    withValidator(c -> c.messageInterpolator(application), validator -> assertThat(
        messagesByPath(validator.validate(REVIEW_TOTAL_350)))
        .containsEntry("reviewLitigation.review.total", "Review total should be 351, is 350 (350 against 351, off by -1)"));
  }

  /** A holder that checks a province's rule too, warnings included. */
  record JiangsuUpload(@ValidReport(rules = LocalRuleTest.PendingShare.class, threshold = Severity.WARNING)
      Report report) {}

  @Test
  void aLocalRuleIsReportedInTheInterpolatorsLanguage() {
    // huaian-2024's tables: 37 of 351 reviews pending, more than a tenth; no built-in rule finds anything
    JiangsuUpload upload = new JiangsuUpload(TestReports.tables("huaian-2024"));
    String english = "37 administrative reviews are pending, more than a tenth of the 351 in total."
        + " (Basis: Jiangsu notice 2025 No. 1)";
    withValidator(Function.identity(), validator -> {
      Set<ConstraintViolation<JiangsuUpload>> violations = validator.validate(upload);
      assertThat(messagesByPath(violations)).containsOnly(Map.entry("report.reviewLitigation.review.pending", english),
          Map.entry("report.reviewLitigation.review.total", english));
      assertThat(violations).allSatisfy(v -> {
        assertThat(v.getMessageTemplate()).isEqualTo("{nianbao.finding}");
        HibernateConstraintViolation<?> hibernate = v.unwrap(HibernateConstraintViolation.class);
        Finding finding = hibernate.getDynamicPayload(Finding.class);
        assertThat(finding.rule().id()).isEqualTo("js.t4.pending_share");
      });
    });
    withValidator(c -> c.defaultLocale(Locale.CHINA), validator -> assertThat(messagesByPath(validator.validate(upload)))
        .containsOnly(Map.entry("report.reviewLitigation.review.pending", "行政复议尚未审结 37 件，超过总计 351 件的十分之一。（依据：苏政公开办〔2025〕1号）"),
            Map.entry("report.reviewLitigation.review.total", "行政复议尚未审结 37 件，超过总计 351 件的十分之一。（依据：苏政公开办〔2025〕1号）")));
  }

  @Test
  void aWarningIsNoViolationUnlessTheThresholdSaysSo() {
    // pending blank: the row implies 37, a cell.blank warning and nothing else
    Map<String, Object> blank = new HashMap<>();
    blank.put("/reviewLitigation/review/pending", null);
    Report report = TestReports.with(TestReports.tables("huaian-2024"), blank);
    assertThat(ReportValidator.create().validate(report).findings()).extracting(Finding::rule, Finding::severity)
        .containsExactly(tuple(Rule.CELL_BLANK, Severity.WARNING));
    withValidator(Function.identity(), validator -> {
      assertThat(validator.validate(report)).isEmpty();
      assertThat(validator.validate(new StrictEnglishUpload(report)))
          .extracting(v -> v.getPropertyPath().toString(), v -> v.getMessageTemplate())
          .containsExactly(tuple("report.reviewLitigation.review.pending", "{nianbao.cell.blank}"));
    });
  }

  @Test
  void anExplicitLanguageOverridesTheInterpolatorsLocale() {
    withValidator(c -> c.defaultLocale(Locale.CHINA), validator -> assertThat(
        validator.validate(new StrictEnglishUpload(REVIEW_TOTAL_350)))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrderElementsOf(REVIEW_ROW.stream().map(cell -> "report." + cell).toList())
        .isNotEmpty());
    withValidator(c -> c.defaultLocale(Locale.CHINA), validator -> assertThat(
        validator.validate(new StrictEnglishUpload(REVIEW_TOTAL_350)))
        .allSatisfy(v -> assertThat(v.getMessage()).startsWith(EN_T4)));
  }

  @Test
  void aHolderOfAReportIsValidatedInBothLocales() {
    Upload upload = new Upload(TestReports.with(REVIEW_TOTAL_350,
        Map.of("/activeDisclosure/licensing/administrativeLicensing/decisions", "七十二")));
    for (Locale locale : List.of(Locale.CHINA, Locale.US)) {
      withValidator(c -> c.defaultLocale(locale), validator -> {
        Map<String, String> messages = messagesByPath(validator.validate(upload));
        String count = locale == Locale.CHINA ? "应为数量：零或正整数；不适用的填“/”"
            : "must be a count: a whole number, zero or more; \"/\" where it does not apply";
        assertThat(messages).as(locale.toString()).containsEntry("report.activeDisclosure.licensing.administrativeLicensing.decisions", count);
        assertThat(messages.get("report.reviewLitigation.review.total")).as(locale.toString())
            .startsWith(locale == Locale.CHINA ? "「表四 行政复议」：总计为 350" : "Table 4, administrative review: the total is 350");
      });
    }
    withValidator(Function.identity(), validator -> assertThat(validator.validate(
        new Upload(TestReports.example("huaian-2024")))).isEmpty());
  }

  @Test
  void aFindingWithoutCellsIsOneViolationOnTheReport() {
    Report xingjing = TestReports.example("xingjing-2020");
    String preamble = xingjing.narrative().preamble().get(1).text();
    assertThat(preamble).contains("自2020年1月1日至2020年12月31日");
    Report report = TestReports.with(xingjing,
        Map.of("/narrative/preamble/1/text", preamble.replace("至2020年12月31日", "至2020年12月21日")));
    withValidator(Function.identity(), validator -> assertThat(validator.validate(report))
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessageTemplate,
            v -> v.getMessage().startsWith("The statistics period \"")
                && v.getMessage().contains("is not 1 January to 31 December 2020"))
        .containsExactly(tuple("", "{nianbao.doc.period}", true)));
  }

  @Test
  void textQuotedInAMessageIsNotInterpolated() {
    // the sixth heading numbered 五 is a doc.sections warning quoting the heading as written
    Report report = TestReports.with(TestReports.example("huaian-2024"),
        Map.of("/narrative/sections/5/heading", "五、其他需要报告的事项{rule}${1+1}\\{x\\}"));
    String quoted = ReportValidator.builder().locale(Locale.ENGLISH).build().validate(report).findings().stream()
        .filter(f -> f.rule() == Rule.DOC_SECTIONS).findFirst().orElseThrow().message();
    assertThat(quoted).startsWith("The heading \"五、其他需要报告的事项{rule}${1+1}\\{x\\}\" has the wrong number");
    withValidator(Function.identity(), validator -> assertThat(validator.validate(new StrictEnglishUpload(report)))
        .extracting(ConstraintViolation::getMessage).containsExactly(quoted));
  }

  @Test
  void everyRuleHasAMessageKey() throws Exception {
    Properties bundle = new Properties();
    try (var in = getClass().getResourceAsStream("/ContributorValidationMessages.properties")) {
      bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    for (Rule rule : Rule.values()) {
      assertThat(bundle.getProperty("nianbao." + rule.id())).as(rule.id()).isEqualTo("{nianbao.finding}");
    }
  }

  @Test
  void theCellConstraintsHaveAChineseBundleOfTheirOwn() {
    // without a _zh bundle, a plain ResourceBundle lookup for Chinese in an en_US JVM falls back to English
    var chinese = java.util.ResourceBundle.getBundle("ContributorValidationMessages", Locale.CHINESE);
    assertThat(chinese.getLocale()).isEqualTo(Locale.CHINESE);
    assertThat(chinese.getString("org.nianbao.Count.message")).isEqualTo("应为数量：零或正整数；不适用的填“/”");
    assertThat(chinese.getString("nianbao.finding")).isEqualTo("{messageZh}");
    var english = java.util.ResourceBundle.getBundle("ContributorValidationMessages", Locale.ENGLISH);
    assertThat(english.getString("org.nianbao.Change.message")).isEqualTo("must be a change: a whole number");
    assertThat(english.getString("nianbao.finding")).isEqualTo("{messageEn}");
  }

  private static <T> Map<String, String> messagesByPath(Set<ConstraintViolation<T>> violations) {
    Map<String, String> messages = new HashMap<>();
    for (ConstraintViolation<T> v : violations) {
      assertThat(messages.put(v.getPropertyPath().toString(), v.getMessage())).as("twice at " + v.getPropertyPath())
          .isNull();
    }
    return messages;
  }

  private static void withValidator(
      Function<org.hibernate.validator.HibernateValidatorConfiguration, org.hibernate.validator.HibernateValidatorConfiguration> configure,
      java.util.function.Consumer<Validator> use) {
    try (ValidatorFactory factory = configure.apply(Validation.byProvider(HibernateValidator.class).configure())
        .buildValidatorFactory()) {
      use.accept(factory.getValidator());
    }
  }

  /** Interpolates in one locale, whatever the default. */
  private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }
}
