package org.nianbao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SimplifiedTest {

  /** A report's opening and table labels as a 繁體 page shows them, line for line with {@link #SIMPLIFIED}. */
  private static final String TRADITIONAL = String.join("\n",
      "根據《中華人民共和國政府信息公開條例》（以下簡稱《條例》）規定，現公布本縣2023年度政府信息公開工作年度報告。"
          + "本報告所列數據的統計期限自2023年1月1日起至2023年12月31日止。",
      "一、總體情況",
      "2023年，本縣各鄉鎮於政府網站公開信息後，及時更新臺賬，在專欄裡製作政策解讀。",
      "二、主動公開政府信息情況",
      "第二十條第（一）項",
      "信息內容\t本年制發件數\t本年廢止件數\t現行有效件數",
      "行政規範性文件\t3\t0\t101",
      "行政許可\t行政處罰\t行政強制\t行政事業性收費\t本年收費金額（單位：萬元）",
      "三、收到和處理政府信息公開申請情況",
      "自然人\t商業企業\t科研機構\t社會公益組織\t法律服務機構\t其他\t總計",
      "一、本年新收政府資訊公開申請數量",
      "二、上年結轉政府信息公開申請數量",
      "三、本年度辦理結果",
      "（一）予以公開",
      "（二）部分公開（區分處理的，只計這一情形，不計其他情形）",
      "（三）不予公開",
      "1.屬於國家秘密",
      "4.保護第三方合法權益",
      "（四）無法提供",
      "1.本機關不掌握相關政府信息",
      "2.沒有現成信息需要另行製作",
      "3.補正後申請內容仍不明確",
      "（五）不予處理",
      "1.信訪舉報投訴類申請",
      "4.無正當理由大量反覆申請",
      "5.要求行政機關確認或重新出具已獲取信息",
      "（六）其他處理",
      "1.申請人無正當理由逾期不補正、行政機關不再處理其政府信息公開申請",
      "（七）總計",
      "四、結轉下年度繼續辦理",
      "四、政府信息公開行政復議、行政訴訟情況",
      "行政復議\t行政訴訟",
      "結果維持\t結果糾正\t其他結果\t尚未審結\t總計",
      "未經復議直接起訴\t復議後起訴",
      "五、存在的主要問題及改進情況",
      "六、其他需要報告的事項");

  /** The same lines in the simplified wording of the notice (国办公开办函〔2021〕30号), typed from it. */
  private static final String SIMPLIFIED = String.join("\n",
      "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布本县2023年度政府信息公开工作年度报告。"
          + "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
      "一、总体情况",
      "2023年，本县各乡镇于政府网站公开信息后，及时更新台账，在专栏里制作政策解读。",
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
      "行政规范性文件\t3\t0\t101",
      "行政许可\t行政处罚\t行政强制\t行政事业性收费\t本年收费金额（单位：万元）",
      "三、收到和处理政府信息公开申请情况",
      "自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计",
      "一、本年新收政府信息公开申请数量",
      "二、上年结转政府信息公开申请数量",
      "三、本年度办理结果",
      "（一）予以公开",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      "（三）不予公开",
      "1.属于国家秘密",
      "4.保护第三方合法权益",
      "（四）无法提供",
      "1.本机关不掌握相关政府信息",
      "2.没有现成信息需要另行制作",
      "3.补正后申请内容仍不明确",
      "（五）不予处理",
      "1.信访举报投诉类申请",
      "4.无正当理由大量反复申请",
      "5.要求行政机关确认或重新出具已获取信息",
      "（六）其他处理",
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "（七）总计",
      "四、结转下年度继续办理",
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议\t行政诉讼",
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
      "未经复议直接起诉\t复议后起诉",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项");

  @Test
  void aTraditionalReportReadsAsTheTemplatesSimplifiedWording() {
    assertThat(Simplified.available()).isTrue();
    assertThat(Simplified.looksTraditional(TRADITIONAL)).isTrue();
    assertThat(Simplified.toSimplified(TRADITIONAL).split("\n", -1))
        .containsExactly(SIMPLIFIED.split("\n", -1));
  }

  @Test
  void theTaiwanWordForInformationIsReadAsTheTemplatesWord() {
    assertThat(Simplified.toSimplified("政府資訊公開")).isEqualTo("政府信息公开");
    // only that word: the Taiwan phrase table would make 文件 文档 and 查询 查找
    assertThat(Simplified.toSimplified("行政規範性文件、屬於行政查詢事項"))
        .isEqualTo("行政规范性文件、属于行政查询事项");
  }

  @Test
  void simplifiedTextIsReturnedAsItIs() throws Exception {
    for (String example : List.of("examples/huaian-2024.txt", "examples/xingjing-2020.txt")) {
      String text = Files.readString(Path.of(example), StandardCharsets.UTF_8);
      assertThat(Simplified.looksTraditional(text)).as(example).isFalse();
      assertThat(Simplified.toSimplified(text)).isSameAs(text);
    }
    assertThat(Simplified.looksTraditional(SIMPLIFIED)).isFalse();
    assertThat(Simplified.toSimplified(SIMPLIFIED)).isSameAs(SIMPLIFIED);
    assertThat(Simplified.toSimplified("")).isEmpty();
  }

  @Test
  @Timeout(10)
  void tellingSimplifiedTextIsCheap() {
    String big = SIMPLIFIED.repeat(10_000); // about 10 MB
    long start = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      assertThat(Simplified.toSimplified(big)).isSameAs(big);
    }
    assertThat((System.nanoTime() - start) / 5 / 1_000_000).as("ms per 10 MB").isLessThan(1_000);
  }

  @Test
  void eachMarkerIsAFrequentCharacterThatSimplifiedTextDoesNotUse() {
    assertThat(Simplified.TRADITIONAL_ONLY.length()).isBetween(50, 100);
    assertThat(Simplified.TRADITIONAL_ONLY.chars().distinct().count())
        .isEqualTo(Simplified.TRADITIONAL_ONLY.length());
    for (char c : Simplified.TRADITIONAL_ONLY.toCharArray()) {
      String one = String.valueOf(c);
      assertThat(Simplified.looksTraditional(one)).as(one).isTrue();
      assertThat(Simplified.convert(one)).as(one).isNotEqualTo(one).hasSize(1);
    }
    for (String word : List.of("資", "訊", "報", "關", "於", "後", "裡", "臺", "縣", "鄉", "鎮", "製", "復")) {
      assertThat(Simplified.TRADITIONAL_ONLY).contains(word);
    }
  }

  @Test
  void aFalseAlarmCostsNothing() throws Exception {
    // the library leaves simplified text as it is: a simplified report with one stray 於 loses nothing
    for (String example : List.of("examples/huaian-2024.txt", "examples/xingjing-2020.txt")) {
      String text = Files.readString(Path.of(example), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        assertThat(Simplified.convert(line)).isEqualTo(line);
      }
      assertThat(Simplified.toSimplified(text + "於")).isEqualTo(text + "于");
    }
  }

  @Test
  void linesWithoutAMarkerAreConvertedToo() {
    assertThat(Simplified.toSimplified("於是\n鬆綁覆蓋\n")).isEqualTo("于是\n松绑覆盖\n");
  }

  @Test
  void lineBreaksAndUntouchedLinesAreKeptExactly() {
    String text = "標題\r\n\r\n一、總體情況\r未見\n\nabc 123\t \n於\n";
    String expected = "标题\r\n\r\n一、总体情况\r未见\n\nabc 123\t \n于\n";
    assertThat(Simplified.toSimplified(text)).isEqualTo(expected);
    String mixed = "（一）予以公開\n（二）部分公开\n";
    String converted = Simplified.toSimplified(mixed);
    assertThat(converted).isEqualTo("（一）予以公开\n（二）部分公开\n");
    assertThat(converted.lines().count()).isEqualTo(mixed.lines().count());
  }

  @Test
  @Timeout(60)
  void aScrapedPageOnOneHugeLineIsConvertedInPieces() {
    String unit = "行政復議與行政訴訟的結果維持，大量反覆申請。";
    String line = unit.repeat(3_000_000 / unit.length()) + "反覆申請";
    String converted = Simplified.toSimplified(line + "\n第二行");
    String simplifiedUnit = "行政复议与行政诉讼的结果维持，大量反复申请。";
    assertThat(converted).isEqualTo(simplifiedUnit.repeat(3_000_000 / unit.length()) + "反复申请" + "\n第二行");
  }

  @Test
  void piecesEndAfterPunctuationSoPhrasesStayWhole() {
    String line = "申".repeat(Simplified.PIECE - 10) + "，" + "反覆申請".repeat(100);
    assertThat(Simplified.pieceEnd(line, 0)).isEqualTo(Simplified.PIECE - 9);
    String han = "申".repeat(Simplified.PIECE * 3);
    assertThat(Simplified.pieceEnd(han, 0)).isEqualTo(Simplified.PIECE);
    assertThat(Simplified.pieceEnd("短", 0)).isEqualTo(1);
    String surrogate = "申".repeat(Simplified.PIECE - 1) + "\uD840\uDC00" + "申".repeat(10);
    assertThat(Simplified.pieceEnd(surrogate, 0)).isEqualTo(Simplified.PIECE - 1);
  }

  @Test
  void convertsTheSameFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> Simplified.toSimplified(TRADITIONAL)));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(SIMPLIFIED);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- the library is optional and loaded only for traditional text ----

  @Test
  void simplifiedTextDoesNotLoadTheLibrary() throws Exception {
    String simplified = probe(List.of("-verbose:class"), classPath(), "simplified");
    assertThat(simplified).contains("result=unchanged").doesNotContain("com.github.houbb");
    String traditional = probe(List.of("-verbose:class"), classPath(), "traditional");
    assertThat(traditional).contains("result=converted").contains("com.github.houbb.opencc4j");
  }

  @Test
  void withoutTheLibraryTraditionalTextIsReadAsItIs() throws Exception {
    String withoutIt = classPath().stream().filter(e -> !e.contains("opencc4j"))
        .collect(Collectors.joining(File.pathSeparator));
    assertThat(probe(List.of(), List.of(withoutIt), "traditional"))
        .contains("available=false").contains("result=unchanged").doesNotContain("Exception");
  }

  @Test
  void aLibraryThatCannotLoadItsOwnDependenciesIsTreatedAsAbsent() throws Exception {
    String withoutHeaven = classPath().stream().filter(e -> !e.contains("heaven"))
        .collect(Collectors.joining(File.pathSeparator));
    assertThat(probe(List.of(), List.of(withoutHeaven), "traditional"))
        .contains("result=unchanged").contains("after=false").doesNotContain("Exception");
  }

  private static List<String> classPath() {
    return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
  }

  private static String probe(List<String> options, List<String> classPath, String kind) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), Probe.class.getName(), kind));
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor()).as(output).isZero();
    return output;
  }

  /** Runs in a fresh JVM: converts one text and says, in ASCII, what happened. */
  static final class Probe {
    public static void main(String[] args) {
      String text = args[0].equals("traditional") ? "（三）不予公開\n行政復議" : "（三）不予公开\n行政复议";
      System.out.println("available=" + Simplified.available());
      String result = Simplified.toSimplified(text);
      System.out.println("result=" + (result.equals(text) ? "unchanged" : "converted"));
      System.out.println("after=" + Simplified.available());
    }
  }
}
