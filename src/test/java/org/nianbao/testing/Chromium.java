package org.nianbao.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's chromium, headless, through the system's chromedriver: never Selenium Manager, which
 * would look for (and download) a browser and a driver. Without chromium a browser test is
 * skipped, except in CI, where it must run ({@code .ci/run} installs it).
 */
public final class Chromium {
  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /**
   * A headless browser of {@code width} × {@code height}, in Chinese, keeping its console log;
   * skips the calling test when chromium is missing outside CI.
   */
  public static ChromeDriver start(int width, int height) {
    boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must run the browser tests: " + BROWSER + " and " + DRIVER
          + " are missing (apt-get install -y chromium chromium-driver)");
    }
    Assumptions.assumeTrue(installed, "chromium and chromedriver are not installed"
        + " (apt-get install -y chromium chromium-driver)");
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=" + width + "," + height, "--lang=zh-CN", "--no-first-run", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(width, height));
    return browser;
  }
}
