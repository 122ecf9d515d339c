package org.nianbao.internal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Reports;
import org.nianbao.testing.DocxRendering;
import org.nianbao.testing.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The clerk's page in Debian's chromium, headless, driven as a clerk would: paste a report with one
 * wrong cell, see it marked, apply the fix, switch to English, choose a Word file, paste a report
 * holding {@code <script>}. The system's chromedriver is used, never Selenium Manager (nothing is
 * downloaded). Without chromium the test is skipped, except in CI, where it must run. Screenshots
 * of the main states go to target/screenshots/.
 */
class ClerkPageBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static ClerkServer server;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() throws IOException {
    browser = Chromium.start(1366, 768);
    server = ServerFixture.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openThePage() {
    browser.get(ServerFixture.uri(server, "/").toString());
    wait.until(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("ready"));
  }

  @Test
  void aWrongCellIsMarkedItsFixAppliedAndTheReportPassesInChineseThenInEnglish() throws IOException {
    paste(ServerFixture.huaianWithOneCellChanged());
    click("check");
    waitForResult();
    // 3001 + 54 + 0 + 0 + 61 + 4 = 3120 against a total of 3119 (t3.row_total: the row's total and
    // its six columns), and in the 商业企业 column 54 new + 0 carried over against 53 concluded + 0
    // carried forward (t3.balance: the column's four cells); 54 alone explains both
    assertThat(marked("error")).containsExactlyInAnyOrder(
        "/applications/newRequests/naturalPerson", "/applications/newRequests/commercialEnterprise",
        "/applications/newRequests/researchInstitution", "/applications/newRequests/publicInterestOrganization",
        "/applications/newRequests/legalServiceOrganization", "/applications/newRequests/otherOrganization",
        "/applications/newRequests/total", "/applications/carriedOver/commercialEnterprise",
        "/applications/outcomes/total/commercialEnterprise", "/applications/carriedForward/commercialEnterprise");
    List<WebElement> fixed = browser.findElements(By.cssSelector("#report td[data-fix]"));
    assertThat(fixed).hasSize(1);
    assertThat(fixed.get(0).getAttribute("data-pointer")).isEqualTo("/applications/newRequests/commercialEnterprise");
    assertThat(fixed.get(0).getAttribute("data-fix")).isEqualTo("53");
    assertThat(text("verdict")).startsWith("不通过：2 个错误");

    // hovering the cell shows the rule, the message and the fix
    script("arguments[0].scrollIntoView({block: 'center'})", fixed.get(0));
    new Actions(browser).moveToElement(fixed.get(0)).perform();
    wait.until(d -> d.findElement(By.id("tip")).isDisplayed());
    assertThat(text("tip")).contains("t3.row_total", "t3.balance", "应为 53", "改为 53");
    screenshot("1-marked-cell");

    // the source line: a click selects line 41 of the pasted text
    browser.findElements(By.cssSelector("#report button.show-line")).get(0).click();
    assertThat(script("const t = document.getElementById('text');"
        + " return t.value.substring(t.selectionStart, t.selectionEnd);"))
        .isEqualTo("一、本年新收政府信息公开申请数量 | 3001 | 54 | 0 | 0 | 61 | 4 | 3119");

    browser.findElements(By.cssSelector("#report button.apply-fix")).get(0).click();
    wait.until(d -> text("verdict").startsWith("通过"));
    assertThat(text("verdict")).isEqualTo("通过：0 个错误，0 个警告，0 条提示。");
    assertThat(marked("error")).isEmpty();
    assertThat((String) script("return document.querySelector('#report td[data-pointer=\"/applications/newRequests/"
        + "commercialEnterprise\"]').textContent.trim()")).startsWith("53");
    screenshot("2-fixed");

    click("language");
    wait.until(d -> text("verdict").startsWith("valid: 0 errors"));
    assertThat(text("check")).isEqualTo("Check");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    screenshot("3-english");
  }

  @Test
  void editingACellChecksTheCanonicalJsonAgain() throws IOException {
    paste(ServerFixture.huaianWithOneCellChanged());
    click("check");
    waitForResult();
    WebElement cell = browser.findElement(By.cssSelector("#report td[data-pointer=\"/applications/newRequests/total\"]"));
    cell.click();
    WebElement input = wait.until(d -> d.findElement(By.cssSelector("#report td input.cell-input")));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3120", Keys.ENTER);
    // with the total 3120 the row adds up; but the 商业企业 column still does not balance (54 new + 0
    // carried over against 53 concluded + 0 carried forward), and now neither does the 总计 column
    // (3120 + 34 = 3154 against 3050 + 103 = 3153): t3.balance twice, on their four cells each; and
    // the text's "全市共受理政府信息公开申请 3119 件" no longer agrees with the table (text.applications)
    wait.until(d -> d.findElement(By.id("edited")).isDisplayed() && text("verdict").startsWith("不通过：2 个错误"));
    assertThat(marked("error")).containsExactlyInAnyOrder("/applications/newRequests/commercialEnterprise",
        "/applications/carriedOver/commercialEnterprise", "/applications/outcomes/total/commercialEnterprise",
        "/applications/carriedForward/commercialEnterprise", "/applications/newRequests/total",
        "/applications/carriedOver/total", "/applications/outcomes/total/total", "/applications/carriedForward/total");
    assertThat(browser.findElements(By.cssSelector("#report li[data-rule]"))).extracting(li -> li.getAttribute("data-rule"))
        .containsExactly("t3.balance", "t3.balance", "text.applications");

    // typing 53 into the 商业企业 cell and the total back to 3119: the report passes
    for (String[] edit : new String[][] {{"/applications/newRequests/commercialEnterprise", "53"},
        {"/applications/newRequests/total", "3119"}}) {
      String before = shown();
      browser.findElement(By.cssSelector("#report td[data-pointer=\"" + edit[0] + "\"]")).click();
      WebElement field = wait.until(d -> d.findElement(By.cssSelector("#report td input.cell-input")));
      field.sendKeys(Keys.chord(Keys.CONTROL, "a"), edit[1], Keys.ENTER);
      wait.until(d -> !shown().equals(before));
    }
    assertThat(text("verdict")).isEqualTo("通过：0 个错误，0 个警告，0 条提示。");
    screenshot("6-edited");
  }

  @Test
  void aWordDocumentIsChosenAndChecked() throws Exception {
    Path docx = Files.write(dir.resolve("淮安 2024.docx"),
        DocxRendering.render(Reports.load(Path.of("examples/huaian-2024.json")).report()));
    browser.findElement(By.id("file")).sendKeys(docx.toAbsolutePath().toString());
    waitForResult();
    assertThat(text("verdict")).isEqualTo("通过：0 个错误，0 个警告，0 条提示。");
    assertThat(text("report")).contains("淮安市人民政府", "2024", "淮安 2024.docx");
    assertThat(text("file-name")).isEqualTo("文件：淮安 2024.docx");
    screenshot("4-docx");
  }

  @Test
  void aWordDocumentDroppedOnThePageIsChecked() throws Exception {
    byte[] docx = DocxRendering.render(Reports.load(Path.of("examples/xingjing-2020.json")).report());
    // what the browser does with a file dropped from the desktop: a drop event carrying it
    script("const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
        + " const file = new File([bytes], 'xingjing.docx');"
        + " const dropped = new DataTransfer(); dropped.items.add(file);"
        + " document.getElementById('drop').dispatchEvent(new DragEvent('drop',"
        + " {dataTransfer: dropped, bubbles: true, cancelable: true}));",
        java.util.Base64.getEncoder().encodeToString(docx));
    waitForResult();
    assertThat(text("file-name")).isEqualTo("文件：xingjing.docx");
    assertThat(text("verdict")).isEqualTo("通过：0 个错误，0 个警告，0 条提示。");
    assertThat(text("report")).contains("银川市西夏区兴泾镇人民政府", "2020");
  }

  @Test
  void aReportHoldingScriptIsShownAsTextAndNothingRuns() throws IOException {
    String row = "一、本年新收政府信息公开申请数量 | 3001 | 54 | 0 | 0 | 61 | 4 | 3119";
    paste(ServerFixture.huaianWithOneCellChanged().replace(row, row + "<script>alert(1)</script>"));
    click("check");
    waitForResult();
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.findElements(By.cssSelector("#report script"))).isEmpty();
    assertThat(browser.findElement(By.id("report")).getText()).contains("<script>alert(1)</script>");
    screenshot("5-script-as-text");
  }

  private static void paste(String text) {
    // what a paste does: the text lands in the text area, which hears about it
    script("const t = document.getElementById('text'); t.value = arguments[0];"
        + " t.dispatchEvent(new Event('input', {bubbles: true}));", text);
  }

  private static void click(String id) {
    browser.findElement(By.id(id)).click();
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static void waitForResult() {
    wait.until(d -> d.findElement(By.id("result")).isDisplayed() && !text("verdict").isEmpty()
        && text("status").isEmpty());
  }

  /** How many answers the page has shown. */
  private static String shown() {
    return String.valueOf(browser.findElement(By.tagName("body")).getAttribute("data-shown"));
  }

  private static Set<String> marked(String severity) {
    return browser.findElements(By.cssSelector("#report td.finding." + severity)).stream()
        .map(td -> td.getAttribute("data-pointer")).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(code, arguments);
  }

  private static void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
