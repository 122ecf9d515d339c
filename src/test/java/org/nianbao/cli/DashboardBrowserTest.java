package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The dashboard of {@code batch --html DIR} in Debian's chromium, headless, opened from the disk as
 * a supervisor would open it: it renders without a console message (a blocked resource or a
 * Content-Security-Policy violation would log one), shows the summary's counts and draws its
 * charts. The system's chromedriver is used, never Selenium Manager; without chromium the test is
 * skipped, except in CI. The screenshot goes to target/screenshots/.
 */
class DashboardBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    browser = Chromium.start(1366, 900);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theDashboardRendersWithoutAConsoleMessageAndShowsTheSummarysCounts(@TempDir Path dir) throws IOException {
    DashboardTest.Batch b = DashboardTest.run(dir);
    browser.get(b.out().resolve("index.html").toUri().toString());
    assertThat(browser.getTitle()).isEqualTo("8 份政府信息公开工作年度报告：汇总");

    List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(console).filteredOn(e -> e.getLevel().intValue() >= Level.INFO.intValue())
        .extracting(LogEntry::getMessage).isEmpty();

    assertThat(shown("files")).isEqualTo(b.summary().get("files").asText()).isEqualTo("8");
    assertThat(shown("read")).isEqualTo(b.summary().get("read").asText());
    assertThat(shown("valid")).isEqualTo(b.summary().get("valid").asText()).isEqualTo("1");
    assertThat(shown("unreadable")).isEqualTo(Integer.toString(b.summary().get("unreadable").size()));
    // each bar is drawn, and its number printed beside it is the summary's count for its rule
    List<WebElement> bars = browser.findElements(By.cssSelector("#rules g.rule"));
    assertThat(bars).hasSize(b.summary().get("findings").size());
    for (WebElement bar : bars) {
      String rule = bar.getAttribute("data-rule");
      long count = b.summary().get("findings").get(rule).asLong();
      assertThat(bar.findElements(By.tagName("text")).get(1).getText()).isEqualTo(Long.toString(count));
      double width = Double.parseDouble(bar.findElement(By.tagName("rect")).getAttribute("width"));
      assertThat(width > 0).as(rule).isEqualTo(count > 0);
    }
    // the box plots are laid out: a box has a size on the screen
    WebElement box = browser.findElement(By.cssSelector("g.boxplot[data-figure=newRequests][data-year=\"2024\"] rect.box"));
    assertThat(box.getRect().getWidth()).isPositive();
    Files.write(SCREENSHOTS.resolve("dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static String shown(String total) {
    return browser.findElement(By.cssSelector("#totals [data-total=" + total + "] dd")).getText();
  }
}
